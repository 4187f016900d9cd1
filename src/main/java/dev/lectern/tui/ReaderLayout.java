package dev.lectern.tui;

/**
 * Where things go on the reader's screen at a given size: the text column with its gutter of
 * paragraph numbers, the entity pane on the right (shown by default from 90 columns), and the
 * status bar on the last row.
 */
record ReaderLayout(int columns, int rows, boolean paneVisible, int paneWidth, int gutterWidth, int wrapLimit) {
    static final int PANE_AUTO_COLUMNS = 90;

    /**
     * {@code paneChoice} is the reader's toggle, or null to decide by width; {@code wrapLimit}
     * the longest line of text asked for with `set wrap`, or 0 for no limit.
     */
    static ReaderLayout of(int columns, int rows, Boolean paneChoice, int paragraphCount, int wrapLimit) {
        boolean pane = paneChoice != null ? paneChoice : columns >= PANE_AUTO_COLUMNS;
        int paneWidth = pane ? Math.min(36, Math.max(14, columns / (columns >= PANE_AUTO_COLUMNS ? 4 : 3))) : 0;
        int digits = Integer.toString(paragraphCount).length();
        return new ReaderLayout(columns, rows, pane, paneWidth, Math.max(3, digits) + 3, wrapLimit);
    }

    boolean tooSmall() {
        return columns < TooSmallNotice.MIN_COLUMNS || rows < TooSmallNotice.MIN_ROWS;
    }

    /** Columns left of the pane (and of its separator). */
    int textAreaWidth() {
        return paneVisible ? columns - paneWidth - 1 : columns;
    }

    /** Columns the paragraph text is wrapped to: the text area less the gutter and a margin. */
    int wrapWidth() {
        int available = Math.max(10, textAreaWidth() - gutterWidth - 1);
        return wrapLimit > 0 ? Math.min(wrapLimit, available) : available;
    }

    /** Rows for text: all but the status bar. */
    int textRows() {
        return rows - 1;
    }

    int statusRow() {
        return rows - 1;
    }
}
