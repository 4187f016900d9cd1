package dev.lectern.tui;

/** The box drawn around overlays, with a title in its top edge. */
final class Frames {
    private Frames() {
    }

    static void draw(Painter painter, int left, int top, int width, int height, String title) {
        String horizontal = "─".repeat(Math.max(0, width - 2));
        painter.put(left, top, "┌" + horizontal + "┐", Theme.Style.BORDER, width);
        painter.put(left, top + height - 1, "└" + horizontal + "┘", Theme.Style.BORDER, width);
        for (int y = top + 1; y < top + height - 1; y++) {
            painter.put(left, y, "│", Theme.Style.BORDER, 1);
            painter.put(left + width - 1, y, "│", Theme.Style.BORDER, 1);
        }
        painter.put(left + 2, top, title, Theme.Style.PANE_TITLE, width - 4);
    }
}
