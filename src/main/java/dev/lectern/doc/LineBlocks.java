package dev.lectern.doc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Reads a file from some position on in blocks of about a megabyte that each end just after a
 * line feed (or at the file's end). A line feed never starts a multi-byte character, nor a
 * malformed sequence the decoder replaces (in UTF-16 it can end one, after a lone high
 * surrogate), so each block decodes on its own exactly as it does within the whole file. A line
 * longer than a block makes the block grow to hold it.
 */
final class LineBlocks {
    static final int BLOCK_BYTES = 1 << 20;

    private final FileChannel channel;
    /** Bytes per code unit: 1, or 2 for UTF-16, whose line feed is two bytes. */
    private final int unit;
    private final boolean bigEndian;
    private byte[] buffer;
    private int filled;
    private int length;
    private long position;
    private final long until;
    private boolean atEnd;

    /** {@code blockBytes} is {@link #BLOCK_BYTES} but in tests, which cut blocks small to cross their ends often. */
    LineBlocks(FileChannel channel, long from, int unit, boolean bigEndian, int blockBytes) {
        this(channel, from, Long.MAX_VALUE, unit, bigEndian, blockBytes);
    }

    /** The blocks of {@code [from, until)} only, {@code until} just after a line feed or the file's end. */
    LineBlocks(FileChannel channel, long from, long until, int unit, boolean bigEndian, int blockBytes) {
        this.channel = channel;
        this.buffer = new byte[blockBytes];
        this.position = from;
        this.until = until;
        this.unit = unit;
        this.bigEndian = bigEndian;
    }

    /** Moves to the next block; false when the file has no more. */
    boolean next() throws IOException {
        System.arraycopy(buffer, length, buffer, 0, filled - length);
        filled -= length;
        position += length;
        length = 0;
        while (true) {
            fill();
            if (filled == 0) {
                return false;
            }
            if (atEnd) {
                length = filled;
                return true;
            }
            int cut = afterLastLineFeed();
            if (cut > 0) {
                length = cut;
                return true;
            }
            buffer = Arrays.copyOf(buffer, buffer.length * 2); // one line longer than the buffer
        }
    }

    private void fill() throws IOException {
        while (filled < buffer.length && !atEnd) {
            int room = (int) Math.min(buffer.length - filled, until - (position + filled));
            int read = room <= 0 ? -1 : channel.read(ByteBuffer.wrap(buffer, filled, room), position + filled);
            if (read < 0) {
                atEnd = true;
            } else {
                filled += read;
            }
        }
    }

    private int afterLastLineFeed() {
        for (int i = (filled / unit - 1) * unit; i >= 0; i -= unit) {
            if (unitAt(i) == '\n') {
                return i + unit;
            }
        }
        return -1;
    }

    /** The code unit at {@code i} in the block (a byte, or a UTF-16 char). */
    int unitAt(int i) {
        if (unit == 1) {
            return buffer[i] & 0xFF;
        }
        int first = buffer[i] & 0xFF;
        int second = buffer[i + 1] & 0xFF;
        return bigEndian ? first << 8 | second : second << 8 | first;
    }

    byte[] bytes() {
        return buffer;
    }

    /** The block is {@code bytes()[0, length())}. */
    int length() {
        return length;
    }

    /** Where the block starts in the file. */
    long position() {
        return position;
    }

    int unit() {
        return unit;
    }
}
