package dev.lectern.tui;

import dev.lectern.keymap.Key;
import dev.lectern.session.Action;

/** One screen of the app: the library, an open article, or an overlay drawn on top of them. */
interface Page {
    void draw(Painter painter);

    /** Handles a key; {@code action} is what the keymap binds to it, or null. */
    Reply handle(Key key, Action action);

    /** Called from the screen loop between keys; true when the page changed and needs drawing. */
    default boolean tick() {
        return false;
    }

    /** True while work in the background (a search) will change the page soon. */
    default boolean busy() {
        return false;
    }

    /**
     * Before {@link #draw} on a screen of {@code size}: when the next frame's rows
     * {@code firstRow..lastRow} are the last frame's moved by {@code distance} rows (up when
     * positive), so that the terminal can scroll them instead of being sent them again; null
     * otherwise.
     */
    default Scroll scrollBeforeDrawing(com.googlecode.lanterna.TerminalSize size) {
        return null;
    }

    record Scroll(int firstRow, int lastRow, int distance) {
    }

    /**
     * After {@link #tick}: the change of page that work in the background asks for (a fetched
     * article taking this page's place), or null. Asked of the top page only.
     */
    default Reply pendingReply() {
        return null;
    }

    /** Ctrl-C: true when the page stops its own work (a fetch) instead of the reader quitting. */
    default boolean interrupt() {
        return false;
    }

    /** Overlays are drawn over the page below them. */
    default boolean isOverlay() {
        return false;
    }

    /**
     * Called after every key and tick: a page with a reading place hands it to the saver when
     * it has changed (see {@link dev.lectern.session.PlaceSaver}).
     */
    default void keepPlace() {
    }

    /** Called once when the page is closed or the app ends, to save state; returns a warning or null. */
    default String leave() {
        return null;
    }

    /** What the app should do after a key. */
    record Reply(Kind kind, Page page, Prompt prompt) {
        enum Kind { DONE, UNHANDLED, CLOSE, OPEN, REPLACE, REPLACE_UNDER, PROMPT, QUIT_ALL }

        static final Reply DONE = new Reply(Kind.DONE, null, null);
        static final Reply UNHANDLED = new Reply(Kind.UNHANDLED, null, null);
        static final Reply CLOSE = new Reply(Kind.CLOSE, null, null);
        static final Reply QUIT_ALL = new Reply(Kind.QUIT_ALL, null, null);

        /** Puts a page on top of this one. */
        static Reply open(Page page) {
            return new Reply(Kind.OPEN, page, null);
        }

        /** Puts a page in this one's place (another article opened from the command line). */
        static Reply replace(Page page) {
            return new Reply(Kind.REPLACE, page, null);
        }

        /** Closes this overlay and puts a page in place of the one under it (a fetched article). */
        static Reply replaceUnder(Page page) {
            return new Reply(Kind.REPLACE_UNDER, page, null);
        }

        /** Asks a line on the bottom row, then hands it to the prompt's answer. */
        static Reply ask(Prompt prompt) {
            return new Reply(Kind.PROMPT, null, prompt);
        }
    }
}
