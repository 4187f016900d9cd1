package dev.lectern.tui;

import java.util.Arrays;

/**
 * What each row of the text area showed in the last two frames (which line of which
 * paragraph), to tell when a step simply moved the text up or down: the terminal can then
 * scroll it, and only the rows that came into view are sent.
 */
final class ScrollingText {
    private static final long BLANK = -1;
    private long[] previous = new long[0];
    private long[] current = new long[0];
    private int width = -1;

    /** Starts a frame of {@code rows} text rows wrapped at {@code wrapWidth}. */
    void startFrame(int rows, int wrapWidth) {
        previous = wrapWidth == width ? current : new long[0]; // rewrapped lines are other lines
        width = wrapWidth;
        current = new long[rows];
        Arrays.fill(current, BLANK);
    }

    void showsLine(int row, int paragraph, int line) {
        current[row] = ((long) paragraph << 32) | line;
    }

    void showsHeading(int row, int paragraph, int line) {
        current[row] = ((long) paragraph << 32) | (1L << 31) | line;
    }

    /** How the rows moved since the last frame, or null when they did not simply move. */
    Page.Scroll scroll() {
        if (previous.length != current.length) {
            return null;
        }
        // The first row also shown last time tells how far the text moved (a step back brings new rows on top).
        int distance = 0;
        for (int row = 0; row < current.length && distance == 0; row++) {
            int was = current[row] == BLANK ? -1 : indexOf(previous, current[row]);
            if (was == row) {
                return null;
            }
            if (was >= 0) {
                distance = was - row;
            }
        }
        if (distance == 0) {
            return null;
        }
        int kept = 0;
        for (int row = 0; row < current.length; row++) {
            int from = row + distance;
            if (from >= 0 && from < previous.length && current[row] != BLANK && current[row] == previous[from]) {
                kept++;
            }
        }
        // Worth it only when a good part of the screen is kept.
        return kept >= Math.max(2, current.length / 4) ? new Page.Scroll(0, current.length - 1, distance) : null;
    }

    private static int indexOf(long[] rows, long key) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == key) {
                return i;
            }
        }
        return -1;
    }
}
