package dev.lectern.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/**
 * How each part of the screen looks. The colour theme dims what is not being read; the
 * monochrome one (NO_COLOR, --no-color, or a terminal without colours) uses only bold, reverse
 * and underline, which every terminal down to a vt100 has.
 */
public final class Theme {
    /** The parts of the screen that have a look of their own. */
    public enum Style { TEXT, CURRENT_TEXT, NUMBER, CURRENT_NUMBER, HEADING, STATUS, PANE_TITLE, BORDER, SELECTED, NOTICE, MATCH, TERM, CURRENT_TERM }

    /** A foreground, background and modifiers. */
    public record Look(TextColor foreground, TextColor background, EnumSet<SGR> modifiers) {
        // Written out: a record's own equals runs through method handles, which the launcher's
        // C1-only JIT leaves slow, and the screen compares looks for every cell that changed.
        @Override
        public boolean equals(Object other) {
            return other instanceof Look look && foreground.equals(look.foreground) && background.equals(look.background)
                    && modifiers.equals(look.modifiers);
        }

        @Override
        public int hashCode() {
            return (foreground.hashCode() * 31 + background.hashCode()) * 31 + modifiers.hashCode();
        }
    }

    private final Map<Style, Look> looks;
    /** The cells drawn so far in each style: ASCII by code, the rest by style and character. */
    private final Cell[][] asciiCells = new Cell[Style.values().length][128];
    private final Map<Integer, Cell> otherCells = new HashMap<>();

    private Theme(Map<Style, Look> looks) {
        this.looks = looks;
    }

    public static Theme colour() {
        Map<Style, Look> looks = new EnumMap<>(Style.class);
        TextColor plain = TextColor.ANSI.DEFAULT;
        TextColor grey = TextColor.ANSI.BLACK_BRIGHT;
        looks.put(Style.TEXT, new Look(grey, plain, EnumSet.noneOf(SGR.class)));
        looks.put(Style.CURRENT_TEXT, new Look(plain, plain, EnumSet.noneOf(SGR.class)));
        looks.put(Style.NUMBER, new Look(grey, plain, EnumSet.noneOf(SGR.class)));
        looks.put(Style.CURRENT_NUMBER, new Look(TextColor.ANSI.YELLOW, plain, EnumSet.of(SGR.BOLD)));
        looks.put(Style.HEADING, new Look(TextColor.ANSI.CYAN, plain, EnumSet.of(SGR.BOLD)));
        looks.put(Style.STATUS, new Look(plain, plain, EnumSet.of(SGR.REVERSE)));
        looks.put(Style.PANE_TITLE, new Look(TextColor.ANSI.CYAN, plain, EnumSet.of(SGR.BOLD)));
        looks.put(Style.BORDER, new Look(grey, plain, EnumSet.noneOf(SGR.class)));
        looks.put(Style.SELECTED, new Look(plain, plain, EnumSet.of(SGR.REVERSE)));
        looks.put(Style.NOTICE, new Look(TextColor.ANSI.YELLOW, plain, EnumSet.of(SGR.BOLD)));
        looks.put(Style.MATCH, new Look(TextColor.ANSI.BLACK, TextColor.ANSI.YELLOW, EnumSet.noneOf(SGR.class)));
        looks.put(Style.TERM, new Look(grey, plain, EnumSet.of(SGR.UNDERLINE)));
        looks.put(Style.CURRENT_TERM, new Look(plain, plain, EnumSet.of(SGR.UNDERLINE)));
        return new Theme(looks);
    }

    public static Theme monochrome() {
        Map<Style, Look> looks = new EnumMap<>(Style.class);
        TextColor plain = TextColor.ANSI.DEFAULT;
        for (Style style : Style.values()) {
            looks.put(style, new Look(plain, plain, EnumSet.noneOf(SGR.class)));
        }
        looks.put(Style.CURRENT_NUMBER, new Look(plain, plain, EnumSet.of(SGR.REVERSE)));
        looks.put(Style.HEADING, new Look(plain, plain, EnumSet.of(SGR.BOLD, SGR.UNDERLINE)));
        looks.put(Style.STATUS, new Look(plain, plain, EnumSet.of(SGR.REVERSE)));
        looks.put(Style.PANE_TITLE, new Look(plain, plain, EnumSet.of(SGR.BOLD)));
        looks.put(Style.SELECTED, new Look(plain, plain, EnumSet.of(SGR.REVERSE)));
        looks.put(Style.NOTICE, new Look(plain, plain, EnumSet.of(SGR.BOLD)));
        looks.put(Style.MATCH, new Look(plain, plain, EnumSet.of(SGR.REVERSE, SGR.UNDERLINE)));
        looks.put(Style.TERM, new Look(plain, plain, EnumSet.of(SGR.UNDERLINE)));
        looks.put(Style.CURRENT_TERM, new Look(plain, plain, EnumSet.of(SGR.UNDERLINE)));
        return new Theme(looks);
    }

    public Look look(Style style) {
        return looks.get(style);
    }

    /** The character {@code c} in a style, one shared instance for every frame (drawing is single-threaded). */
    Cell cell(Style style, char c) {
        if (c < 128) {
            Cell[] cells = asciiCells[style.ordinal()];
            Cell cell = cells[c];
            if (cell == null) {
                cell = new Cell(c, look(style));
                cells[c] = cell;
            }
            return cell;
        }
        return otherCells.computeIfAbsent(style.ordinal() << 16 | c, key -> new Cell(c, look(style)));
    }
}
