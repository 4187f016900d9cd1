package dev.lectern.tui;

/** What a page shows instead of a broken layout when the terminal is under 40x10. */
final class TooSmallNotice {
    static final int MIN_COLUMNS = 40;
    static final int MIN_ROWS = 10;

    private TooSmallNotice() {
    }

    static boolean applies(Painter painter) {
        return painter.size().getColumns() < MIN_COLUMNS || painter.size().getRows() < MIN_ROWS;
    }

    static void draw(Painter painter) {
        int columns = painter.size().getColumns();
        int rows = painter.size().getRows();
        painter.fill(0, 0, columns, rows, Theme.Style.CURRENT_TEXT);
        String[] lines = {"Terminal too small", "need " + MIN_COLUMNS + "x" + MIN_ROWS + ", have " + columns + "x" + rows};
        int top = Math.max(0, rows / 2 - 1);
        for (int i = 0; i < lines.length && top + i < rows; i++) {
            String line = Painter.shorten(lines[i], columns);
            int left = Math.max(0, (columns - line.length()) / 2);
            painter.put(left, top + i, line, i == 0 ? Theme.Style.NOTICE : Theme.Style.CURRENT_TEXT, columns);
        }
    }
}
