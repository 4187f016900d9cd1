package dev.lectern.tui;

/**
 * What `set` can change for the whole screen: the theme and the longest line of text; and what
 * the terminal can show, which is fixed.
 */
final class ViewSettings {
    private final Repertoire repertoire;
    private Theme theme;
    /** The most columns a line of text may take, or 0 for the whole text area. */
    private int wrapLimit;

    ViewSettings(Theme theme) {
        this(theme, Repertoire.UNICODE);
    }

    ViewSettings(Theme theme, Repertoire repertoire) {
        this.theme = theme;
        this.repertoire = repertoire;
    }

    Repertoire repertoire() {
        return repertoire;
    }

    Theme theme() {
        return theme;
    }

    void theme(Theme theme) {
        this.theme = theme;
    }

    int wrapLimit() {
        return wrapLimit;
    }

    void wrapLimit(int columns) {
        this.wrapLimit = columns;
    }
}
