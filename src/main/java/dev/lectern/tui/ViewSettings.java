package dev.lectern.tui;

/**
 * What `set` can change for the whole screen: the theme and the longest line of text; and what
 * the terminal can show, which is fixed.
 */
final class ViewSettings {
    private final Repertoire repertoire;
    private final Theme startTheme;
    private Theme theme;
    /** The most columns a line of text may take, or 0 for the whole text area. */
    private int wrapLimit;

    ViewSettings(Theme theme) {
        this(theme, Repertoire.UNICODE);
    }

    ViewSettings(Theme theme, Repertoire repertoire) {
        this.theme = theme;
        this.startTheme = theme;
        this.repertoire = repertoire;
    }

    /** True while nothing was `set`: the screen looks as a new start would draw it. */
    boolean asAtStart() {
        return theme == startTheme && wrapLimit == 0;
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
