package dev.lectern.layout;

import java.util.Arrays;

/**
 * Wraps a paragraph to a width in terminal columns. Lines break at spaces only, so a word that
 * fits a line is never cut; a word wider than the line is cut by columns. French typography is
 * kept: the space after « and the space before », :, ;, ! and ? bind their neighbours, as do
 * no-break spaces. A newline in the text is a hard break.
 */
public final class LineWrapper {
    private final String text;
    private final int width;
    private int[] bounds = new int[16];
    private int count;
    private int lineStart = -1;
    private int lineEnd;
    private int lineWidth;

    private LineWrapper(String text, int width) {
        this.text = text;
        this.width = Math.max(1, width);
    }

    public static WrappedText wrap(String text, int width) {
        LineWrapper wrapper = new LineWrapper(text, width);
        wrapper.run();
        return new WrappedText(text, wrapper.bounds, wrapper.count);
    }

    private void run() {
        int segmentStart = 0;
        while (segmentStart <= text.length()) {
            int segmentEnd = text.indexOf('\n', segmentStart);
            if (segmentEnd < 0) {
                segmentEnd = text.length();
            }
            wrapSegment(segmentStart, segmentEnd);
            segmentStart = segmentEnd + 1;
        }
    }

    /** One hard line: greedy fill, keeping its leading indentation. */
    private void wrapSegment(int start, int end) {
        int i = start;
        boolean first = true;
        while (i < end) {
            int gapStart = i;
            while (i < end && text.charAt(i) == ' ' && isBreakableRun(i, end)) {
                i = runEnd(i, end);
            }
            if (i >= end) {
                break;
            }
            int wordStart = i;
            int wordWidth = 0;
            while (i < end) {
                char c = text.charAt(i);
                if (c == ' ') {
                    if (isBreakableRun(i, end)) {
                        break;
                    }
                    int runEnd = runEnd(i, end);
                    wordWidth += runEnd - i;
                    i = runEnd;
                    continue;
                }
                int cp = text.codePointAt(i);
                wordWidth += DisplayWidth.of(cp);
                i += Character.charCount(cp);
            }
            int gap = wordStart - gapStart;
            if (first) {
                placeWord(gapStart, i, wordWidth + gap);
                first = false;
            } else if (lineStart >= 0 && lineWidth + gap + wordWidth <= width) {
                lineEnd = i;
                lineWidth += gap + wordWidth;
            } else {
                emitCurrent();
                placeWord(wordStart, i, wordWidth);
            }
        }
        if (first) {
            emit(start, start);
        } else {
            emitCurrent();
        }
    }

    /** Starts a line with a word, cutting it by columns when it is wider than the line. */
    private void placeWord(int start, int end, int wordWidth) {
        if (wordWidth <= width) {
            lineStart = start;
            lineEnd = end;
            lineWidth = wordWidth;
            return;
        }
        int chunkStart = start;
        int chunkWidth = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            int w = DisplayWidth.of(cp);
            if (chunkWidth + w > width && i > chunkStart) {
                emit(chunkStart, i);
                chunkStart = i;
                chunkWidth = 0;
            }
            chunkWidth += w;
            i += Character.charCount(cp);
        }
        lineStart = chunkStart;
        lineEnd = end;
        lineWidth = chunkWidth;
    }

    private int runEnd(int i, int end) {
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** A run of spaces is a break opportunity unless French typography binds it. */
    private boolean isBreakableRun(int runStart, int end) {
        int after = runEnd(runStart, end);
        if (after >= end) {
            return true;
        }
        if (runStart > 0) {
            char before = text.charAt(runStart - 1);
            if (before == '«' || before == '‹') {
                return false;
            }
        }
        char next = text.charAt(after);
        return !(next == '»' || next == '›' || next == ':' || next == ';' || next == '!' || next == '?');
    }

    private void emitCurrent() {
        if (lineStart >= 0) {
            emit(lineStart, lineEnd);
            lineStart = -1;
        }
    }

    private void emit(int start, int end) {
        if (2 * count + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * count] = start;
        bounds[2 * count + 1] = end;
        count++;
    }
}
