package dev.lectern.doc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The paragraphs of a long plain-text file, read from the file when asked for: only where each
 * one's bytes are and its length are held (from {@link PlainTextScan}), so a 100 MB book costs a
 * few megabytes, not its text. The last paragraphs asked for are kept, since drawing a screen asks
 * for the same ones many times.
 */
final class LazyParagraphs extends ParagraphList {
    private static final int KEPT = 64;

    private final FileChannel channel;
    private final Charset charset;
    private final long fileSize;
    private final long[] starts;
    private final int[] lengths;
    private final long[] charsBefore;
    private final Map<Integer, Paragraph> recent = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Paragraph> eldest) {
            return size() > KEPT;
        }
    };

    LazyParagraphs(FileChannel channel, Charset charset, long fileSize, long[] starts, int[] lengths,
                   long[] charsBefore) {
        this.channel = channel;
        this.charset = charset;
        this.fileSize = fileSize;
        this.starts = starts;
        this.lengths = lengths;
        this.charsBefore = charsBefore;
    }

    @Override
    public int size() {
        return starts.length;
    }

    @Override
    public long charsBefore(int number) {
        return charsBefore[number - 1];
    }

    /** Plain text has no headings. */
    @Override
    public List<Section> sections() {
        return List.of();
    }

    @Override
    public Paragraph get(int index) {
        if (index < 0 || index >= starts.length) {
            throw new IndexOutOfBoundsException("paragraph index " + index + " of " + starts.length);
        }
        synchronized (recent) {
            Paragraph kept = recent.get(index);
            if (kept != null) {
                return kept;
            }
        }
        Paragraph paragraph = new Paragraph(index + 1, read(index));
        synchronized (recent) {
            recent.put(index, paragraph);
        }
        return paragraph;
    }

    /**
     * The paragraph's text. A file changed since it was opened could give anything: rather than
     * garbage or a crash, the reader is told.
     */
    private String read(int index) {
        try {
            if (channel.size() != fileSize) {
                return "[The file has changed since it was opened: open it again to read it.]";
            }
            return TextSanitizer.clean(chunkText(channel, starts[index], lengths[index], charset));
        } catch (IOException | IllegalStateException e) {
            return "[This paragraph could not be read again from the file: " + e.getMessage() + "]";
        }
    }

    /**
     * The text of the one paragraph whose bytes are {@code [start, start + length)}, uncleaned:
     * decoded, laid out and joined exactly as {@link DocumentLoader#parse} does the whole file.
     *
     * @throws IllegalStateException if the bytes are not one paragraph (the file has changed)
     */
    static String chunkText(FileChannel channel, long start, int length, Charset charset) throws IOException {
        byte[] bytes = new byte[length];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, start + buffer.position()) < 0) {
                throw new IllegalStateException("the file is shorter than when it was opened");
            }
        }
        String text = TextSanitizer.normaliseLayout(new String(bytes, charset));
        List<PlainTextFormat.Chunk> chunks = PlainTextFormat.splitParagraphs(text);
        if (chunks.size() != 1) {
            throw new IllegalStateException("the file has changed since it was opened");
        }
        return chunks.get(0).text();
    }
}
