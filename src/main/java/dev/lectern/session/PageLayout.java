package dev.lectern.session;

/**
 * What the session needs to know of the screen to scroll a paragraph taller than the page:
 * how the current width cuts a paragraph into lines and how many lines the page holds.
 */
public interface PageLayout {
    int lineCount(int paragraph);

    /** The line of {@code paragraph} that holds character {@code offset}. */
    int lineAt(int paragraph, int offset);

    /** The character offset where line {@code line} of {@code paragraph} starts. */
    int lineStart(int paragraph, int line);

    /** Lines of text the page shows at once. */
    int pageHeight();
}
