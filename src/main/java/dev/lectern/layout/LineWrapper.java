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
                // Indentation is kept while the first word still fits after it: a word that fits
                // the line matters more than the indentation before it.
                boolean indent = gap + wordWidth <= width;
                placeWord(indent ? gapStart : wordStart, i, indent ? gap + wordWidth : wordWidth);
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

    /**
     * Starts a line with a word. A word wider than the line is a group that French typography
     * bound with spaces ("« bonjour » :"), or one long word: the group is broken at its spaces
     * first, since breaking a rule of typography costs less than cutting a word that fits, and
     * only a word still too wide is cut by columns.
     */
    private void placeWord(int start, int end, int wordWidth) {
        if (wordWidth <= width) {
            lineStart = start;
            lineEnd = end;
            lineWidth = wordWidth;
            return;
        }
        boolean started = false;
        int i = start;
        while (i < end) {
            int gapStart = i;
            i = runEnd(i, end);
            int pieceStart = i;
            int pieceWidth = 0;
            while (i < end && text.charAt(i) != ' ') {
                int cp = text.codePointAt(i);
                pieceWidth += DisplayWidth.of(cp);
                i += Character.charCount(cp);
            }
            int gap = pieceStart - gapStart;
            if (started && lineWidth + gap + pieceWidth <= width) {
                lineEnd = i;
                lineWidth += gap + pieceWidth;
            } else {
                emitCurrent();
                cutByColumns(pieceStart, i);
                started = true;
            }
        }
    }

    /** Starts a line with a word that has no spaces, cutting it when it is wider than the line. */
    private void cutByColumns(int start, int end) {
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
