package dev.lectern.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Plain text: paragraphs are separated by blank lines and reflowed; the first line is the title
 * when it stands alone and is short. Many exported articles repeat the title as their first
 * paragraph: that copy is shown once.
 */
final class PlainTextFormat implements DocumentFormat {
    private static final int MAX_TITLE_CHARS = 200;

    @Override
    public boolean reads(String fileName) {
        return true;
    }

    @Override
    public Body parse(String text, String fallbackTitle) {
        List<Chunk> chunks = splitParagraphs(text);
        int first = titleChunks(chunks.size(), chunks.isEmpty() ? 0 : chunks.get(0).lines(), i -> chunks.get(i).text());
        String title = !chunks.isEmpty() && isTitle(chunks.get(0).lines(), chunks.get(0).text())
                ? chunks.get(0).text() : fallbackTitle;
        List<Block> blocks = new ArrayList<>();
        for (Chunk chunk : chunks.subList(first, chunks.size())) {
            blocks.add(new Block(chunk.text(), null));
        }
        return new Body(title, blocks);
    }

    /** True when the first chunk, of {@code lines} lines, is the title. */
    static boolean isTitle(int lines, String text) {
        return lines == 1 && text.length() <= MAX_TITLE_CHARS;
    }

    /**
     * How many of the {@code count} first chunks are not paragraphs: the title and its copy. The
     * lazy loader shares this, asking for chunk texts ({@code chunkText}) only as needed.
     */
    static int titleChunks(int count, int firstChunkLines, IntFunction<String> chunkText) {
        if (count == 0 || firstChunkLines != 1) {
            return 0;
        }
        String title = chunkText.apply(0);
        if (!isTitle(firstChunkLines, title)) {
            return 0;
        }
        int first = 1;
        if (count > 1 && chunkText.apply(1).equals(title)) {
            first = 2;
        }
        // A one-line file is still an article: its line is the title and also the text,
        // rather than a document with nothing to read.
        return Math.min(first, count - 1);
    }

    /** A blank-line separated block: its lines joined by single spaces, and how many there were. */
    record Chunk(String text, int lines) {
    }

    static List<Chunk> splitParagraphs(String text) {
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int lines = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end).strip();
            if (line.isEmpty()) {
                if (lines > 0) {
                    chunks.add(new Chunk(current.toString(), lines));
                    current.setLength(0);
                    lines = 0;
                }
            } else {
                if (lines > 0) {
                    current.append(' ');
                }
                current.append(line);
                lines++;
            }
            start = end + 1;
        }
        if (lines > 0) {
            chunks.add(new Chunk(current.toString(), lines));
        }
        return chunks;
    }
}
