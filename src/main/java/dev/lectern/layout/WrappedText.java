package dev.lectern.layout;

/**
 * A paragraph cut into screen lines. Lines are kept as offsets into the paragraph's text, not
 * copies, so that a very long paragraph costs two ints a line.
 */
public final class WrappedText {
    private final String text;
    private final int[] bounds;
    private final int count;

    WrappedText(String text, int[] bounds, int count) {
        this.text = text;
        this.bounds = bounds;
        this.count = count;
    }

    public int lineCount() {
        return count;
    }

    public String line(int index) {
        return text.substring(start(index), end(index));
    }

    public int start(int index) {
        check(index);
        return bounds[2 * index];
    }

    public int end(int index) {
        check(index);
        return bounds[2 * index + 1];
    }

    /** The line that holds character {@code offset}: the last line starting at or before it. */
    public int lineAt(int offset) {
        int low = 0;
        int high = count - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (bounds[2 * mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private void check(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("line " + index + " of " + count);
        }
    }
}
