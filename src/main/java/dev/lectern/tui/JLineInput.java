package dev.lectern.tui;

import java.io.IOException;
import java.io.InputStream;
import org.jline.utils.NonBlockingInputStream;

/**
 * JLine's keyboard stream as Lanterna wants it. Lanterna polls with {@code ready()}, which asks
 * {@code available()}; JLine's non-blocking stream answers that with 0, so it is answered here
 * by a 1 ms peek. Bytes are handed over one at a time so that nothing is read ahead of need.
 * Enter arrives as CR in raw mode, while Lanterna's decoder knows only LF: CR is turned into LF.
 */
final class JLineInput extends InputStream {
    private final NonBlockingInputStream in;

    JLineInput(NonBlockingInputStream in) {
        this.in = in;
    }

    /** Waits up to {@code millis} for a key; true when one is there. */
    boolean waitForInput(long millis) throws IOException {
        return in.peek(millis) >= 0;
    }

    @Override
    public int available() throws IOException {
        return in.peek(1) >= 0 ? 1 : 0;
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        return c == '\r' ? '\n' : c;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int c = read();
        if (c < 0) {
            return -1;
        }
        buffer[offset] = (byte) c;
        return 1;
    }
}
