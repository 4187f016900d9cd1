package dev.lectern.tui;

/** What `set` can change for the whole screen: the theme and the longest line of text. */
final class ViewSettings {
    private Theme theme;
    /** The most columns a line of text may take, or 0 for the whole text area. */
    private int wrapLimit;

    ViewSettings(Theme theme) {
        this.theme = theme;
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
