package dev.lectern.doc;

import java.util.ArrayList;
import java.util.List;

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
        String title = fallbackTitle;
        int first = 0;
        if (!chunks.isEmpty() && chunks.get(0).lines() == 1 && chunks.get(0).text().length() <= MAX_TITLE_CHARS) {
            title = chunks.get(0).text();
            first = 1;
            if (chunks.size() > 1 && chunks.get(1).text().equals(title)) {
                first = 2;
            }
            if (first >= chunks.size()) {
                // A one-line file is still an article: its line is the title and also the text,
                // rather than a document with nothing to read.
                first = chunks.size() - 1;
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (Chunk chunk : chunks.subList(first, chunks.size())) {
            blocks.add(new Block(chunk.text(), null));
        }
        return new Body(title, blocks);
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
