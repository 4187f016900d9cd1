package dev.lectern.tui;

import com.googlecode.lanterna.TextCharacter;

/**
 * One character in one look, made once and reused for every frame (see {@link Theme#cell}).
 * Lanterna's own characters are costly to make (a break iterator and an interned string each)
 * and to ask about (their width is worked out from Unicode blocks at every call, several times
 * per cell and frame); a cell knows its width.
 */
final class Cell extends TextCharacter {
    private final boolean wide;
    private final Theme.Look look;

    @SuppressWarnings("deprecation") // the constructor that takes a char: a cell is always one char
    Cell(char character, Theme.Look look) {
        super(character, look.foreground(), look.background(), look.modifiers());
        this.wide = super.isDoubleWidth();
        this.look = look;
    }

    /** The look this cell was made in, shared by every cell of its style: identity is the quick comparison. */
    Theme.Look look() {
        return look;
    }

    @Override
    public boolean isDoubleWidth() {
        return wide;
    }
}
