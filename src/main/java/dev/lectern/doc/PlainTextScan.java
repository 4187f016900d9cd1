package dev.lectern.doc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.BitSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One pass over a plain-text file that finds its paragraphs as {@link PlainTextFormat} and
 * {@link DocumentLoader#parse} would, without keeping their text: where each one's bytes are and
 * how many characters it has once cleaned. Lines are decoded one at a time, each on its own
 * (a line end is never inside a multi-byte character); a paragraph whose cleaning would change
 * it (tabs inside a line, control characters, decomposed accents) is built whole to count it, and
 * dropped when nothing readable is left, as the eager parse drops it.
 */
final class PlainTextScan {
    /** Thrown when a line has a U+FFFD in a file not yet known to be UTF-8: the whole must be checked. */
    static final class NotCheckedUtf8 extends Exception {
        NotCheckedUtf8() {
            super(null, null, false, false);
        }
    }

    private final FileChannel channel;
    private final long textStart;
    private final long until;
    /**
     * Files longer than this many blocks (16 MB) are scanned in two halves at once. Below, while
     * the JIT still compiles the scan and the screen warms up, a second thread gained nothing:
     * the 10 MB file's total showed no sooner; the 100 MB one's, 1.7 s -> 1.3 s after start.
     */
    private static final int HALVES_FROM_BLOCKS = 16;
    private static final int SPLIT_WINDOW_BYTES = 64 * 1024;
    private final Charset charset;
    private final boolean stopAtReplacement;
    private final int blockBytes;

    // Every blank-line separated chunk found, the title's included.
    private long[] starts = new long[1024];
    private long[] ends = new long[1024];
    private int[] chars = new int[1024];
    private int count;
    private final BitSet unreadable = new BitSet();
    private int firstChunkLines;

    // The chunk being read.
    private long start;
    private long end;
    private int lines;
    private long simpleChars;
    private boolean complex;

    /**
     * @param stopAtReplacement for UTF-8 not yet checked: stop at the first U+FFFD, since the file
     *     may be Windows-1252 instead, which only a pass over the whole can tell
     */
    PlainTextScan(FileChannel channel, long textStart, Charset charset, boolean stopAtReplacement, int blockBytes) {
        this(channel, textStart, Long.MAX_VALUE, charset, stopAtReplacement, blockBytes);
    }

    /** The scan of {@code [textStart, until)} only: {@code until} just after a blank line, or the file's end. */
    private PlainTextScan(FileChannel channel, long textStart, long until, Charset charset, boolean stopAtReplacement,
                          int blockBytes) {
        this.blockBytes = blockBytes;
        this.channel = channel;
        this.textStart = textStart;
        this.until = until;
        this.charset = charset;
        this.stopAtReplacement = stopAtReplacement;
    }

    /**
     * Scans the whole file, a long one in two halves at once (the first search of a long article
     * waits for the scan): the second from the first blank line past the middle, each chunk then
     * being in one half whole. The halves' chunks are put end to end; what either throws is
     * thrown. A UTF-16 file, or one with no blank line near its middle, is scanned in one pass.
     * The result may be a new scan rather than this one.
     */
    PlainTextScan runInHalves() throws IOException, NotCheckedUtf8 {
        long size = channel.size();
        long split = unit() == 1 && size - textStart > HALVES_FROM_BLOCKS * (long) blockBytes
                ? blankLineAfter(textStart + (size - textStart) / 2) : -1;
        if (split < 0) {
            return run();
        }
        PlainTextScan secondHalf = new PlainTextScan(channel, split, Long.MAX_VALUE, charset, stopAtReplacement, blockBytes);
        CompletableFuture<PlainTextScan> later = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                later.complete(secondHalf.run());
            } catch (IOException | NotCheckedUtf8 | RuntimeException e) {
                later.completeExceptionally(e);
            }
        }, "lectern-scan");
        thread.setDaemon(true);
        thread.start();
        PlainTextScan firstHalf = new PlainTextScan(channel, textStart, split, charset, stopAtReplacement, blockBytes).run();
        try {
            return firstHalf.append(later.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof NotCheckedUtf8 replacement) {
                throw replacement;
            }
            if (e.getCause() instanceof IOException failed) {
                throw failed;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Just past the first blank line in the 64 KB from {@code from}, or -1. */
    private long blankLineAfter(long from) throws IOException {
        byte[] window = new byte[(int) Math.min(SPLIT_WINDOW_BYTES, channel.size() - from)];
        int read = 0;
        while (read < window.length) {
            int n = channel.read(ByteBuffer.wrap(window, read, window.length - read), from + read);
            if (n < 0) {
                break;
            }
            read += n;
        }
        int at = DocumentLoader.paragraphBreakAfter(Arrays.copyOf(window, read), 0);
        return at < 0 ? -1 : from + at;
    }

    /** Puts {@code later}'s chunks after this scan's. */
    private PlainTextScan append(PlainTextScan later) {
        if (count == 0) {
            firstChunkLines = later.firstChunkLines;
        }
        int total = count + later.count;
        if (total > starts.length) {
            starts = Arrays.copyOf(starts, total);
            ends = Arrays.copyOf(ends, total);
            chars = Arrays.copyOf(chars, total);
        }
        System.arraycopy(later.starts, 0, starts, count, later.count);
        System.arraycopy(later.ends, 0, ends, count, later.count);
        System.arraycopy(later.chars, 0, chars, count, later.count);
        for (int i = later.unreadable.nextSetBit(0); i >= 0; i = later.unreadable.nextSetBit(i + 1)) {
            unreadable.set(count + i);
        }
        count = total;
        return this;
    }

    private int unit() {
        return charset.name().startsWith("UTF-16") ? 2 : 1;
    }

    PlainTextScan run() throws IOException, NotCheckedUtf8 {
        int unit = unit();
        LineBlocks blocks = new LineBlocks(channel, textStart, until, unit, "UTF-16BE".equals(charset.name()), blockBytes);
        while (blocks.next()) {
            scanBlock(blocks);
        }
        endChunk();
        return this;
    }

    private void scanBlock(LineBlocks block) throws IOException, NotCheckedUtf8 {
        byte[] bytes = block.bytes();
        int length = block.length();
        int unit = block.unit();
        int lineStart = 0;
        int i = 0;
        while (i + unit <= length) {
            int c = unit == 1 ? bytes[i] & 0xFF : block.unitAt(i);
            if (unit == 2 && Character.isHighSurrogate((char) c)) {
                // The JDK's UTF-16 decoder takes a high surrogate with the unit after it, whatever
                // that is: a line feed there is swallowed into one U+FFFD, so it ends no line.
                i += 2 * unit;
            } else if (c == '\n' || c == '\r' || c == '\f') {
                int next = i + unit;
                if (c == '\r' && next + unit <= length && block.unitAt(next) == '\n') {
                    next += unit; // CRLF is one line end
                }
                line(block, lineStart, i, i + unit);
                if (c == '\f') {
                    endChunk(); // a form feed is a paragraph break
                }
                lineStart = next;
                i = next;
            } else {
                i += unit;
            }
        }
        if (lineStart < length) {
            line(block, lineStart, length, length); // the file's last line, with no line end
        }
    }

    /**
     * One line, {@code [from, to)} in the block; its paragraph's bytes run to {@code spanEnd}, past
     * the line end, so that decoding them alone ends as the whole file's decoding does.
     */
    private void line(LineBlocks block, int from, int to, int spanEnd) throws IOException, NotCheckedUtf8 {
        String line = new String(block.bytes(), from, to - from, charset);
        if (stopAtReplacement && line.indexOf('\uFFFD') >= 0) {
            throw new NotCheckedUtf8();
        }
        int first = 0;
        int last = line.length();
        while (first < last && Character.isWhitespace(line.charAt(first))) {
            first++;
        }
        while (last > first && Character.isWhitespace(line.charAt(last - 1))) {
            last--;
        }
        if (first == last) {
            endChunk();
            return;
        }
        if (lines == 0) {
            start = block.position() + from;
        }
        end = block.position() + spanEnd;
        lines++;
        if (!complex && TextSanitizer.isClean(line, first, last)) {
            simpleChars += last - first;
        } else {
            complex = true;
        }
    }

    private void endChunk() throws IOException {
        if (lines == 0) {
            return;
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            chars = Arrays.copyOf(chars, count * 2);
        }
        long length = simpleChars + lines - 1; // lines are joined by one space
        if (complex) {
            String text = TextSanitizer.clean(LazyParagraphs.chunkText(channel, start, (int) (end - start), charset));
            length = text.length();
            if (text.isBlank()) {
                unreadable.set(count);
            }
        }
        if (count == 0) {
            firstChunkLines = lines;
        }
        starts[count] = start;
        ends[count] = end;
        chars[count] = (int) length;
        count++;
        lines = 0;
        simpleChars = 0;
        complex = false;
    }

    int count() {
        return count;
    }

    int firstChunkLines() {
        return firstChunkLines;
    }

    /** The uncleaned text of chunk {@code i}, as {@link PlainTextFormat} cuts it. */
    String chunkText(int i) throws IOException {
        return LazyParagraphs.chunkText(channel, starts[i], (int) (ends[i] - starts[i]), charset);
    }

    /** The paragraphs: the chunks from {@code first} on, less those that cleaning leaves blank. */
    LazyParagraphs paragraphs(int first, long fileSize) {
        int kept = 0;
        long[] keptStarts = new long[count - first];
        int[] keptLengths = new int[count - first];
        long[] charsBefore = new long[count - first + 1];
        for (int i = first; i < count; i++) {
            if (!unreadable.get(i)) {
                keptStarts[kept] = starts[i];
                keptLengths[kept] = (int) (ends[i] - starts[i]);
                charsBefore[kept + 1] = charsBefore[kept] + chars[i];
                kept++;
            }
        }
        return new LazyParagraphs(channel, charset, fileSize, Arrays.copyOf(keptStarts, kept),
                Arrays.copyOf(keptLengths, kept), Arrays.copyOf(charsBefore, kept + 1));
    }
}
