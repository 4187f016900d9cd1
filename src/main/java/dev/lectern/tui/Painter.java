package dev.lectern.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.lectern.layout.DisplayWidth;

/** Draws styled, clipped text on a Lanterna surface; everything it puts is made drawable first. */
public final class Painter {
    private final TextGraphics graphics;
    private final Theme theme;
    private final Repertoire repertoire;

    public Painter(TextGraphics graphics, Theme theme) {
        this(graphics, theme, Repertoire.UNICODE);
    }

    /** {@code repertoire}: what the terminal drawn on can show. */
    Painter(TextGraphics graphics, Theme theme, Repertoire repertoire) {
        this.graphics = graphics;
        this.theme = theme;
        this.repertoire = repertoire;
    }

    public TerminalSize size() {
        return graphics.getSize();
    }

    public Theme theme() {
        return theme;
    }

    /** Puts text at a column and row, cut to at most {@code maxWidth} columns; returns columns used. */
    public int put(int column, int row, String text, Theme.Style style, int maxWidth) {
        if (maxWidth <= 0 || row < 0 || row >= size().getRows()) {
            return 0;
        }
        String shown = fit(Glyphs.drawable(text, repertoire), maxWidth);
        int at = column;
        for (int i = 0; i < shown.length(); i++) {
            Cell cell = theme.cell(style, shown.charAt(i));
            graphics.setCharacter(at, row, cell);
            at += cell.isDoubleWidth() ? 2 : 1;
        }
        return at - column;
    }

    /** Fills a rectangle with spaces in a style. */
    public void fill(int column, int row, int width, int height, Theme.Style style) {
        if (width <= 0 || height <= 0) {
            return;
        }
        Cell blank = theme.cell(style, ' ');
        for (int r = row; r < row + height; r++) {
            for (int c = column; c < column + width; c++) {
                graphics.setCharacter(c, r, blank);
            }
        }
    }

    /** Cuts text to a number of columns, never through a wide character. */
    static String fit(String text, int columns) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = DisplayWidth.of(cp);
            if (width + w > columns) {
                return text.substring(0, i);
            }
            width += w;
            i += Character.charCount(cp);
        }
        return text;
    }

    /** Shortens text to fit {@code columns}, ending with an ellipsis when it was cut. */
    public static String shorten(String text, int columns) {
        if (columns <= 0) {
            return "";
        }
        if (DisplayWidth.of(text) <= columns) {
            return text;
        }
        return fit(text, columns - 1) + "…";
    }
}
