package dev.lectern.tui;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;

/**
 * The keyboard as Lanterna reads it, taken from standard input only when the screen loop asks.
 * Bytes are read only when the tty says they are there (FIONREAD, through available()), so
 * nothing waits for the raw tty's 100 ms read timeout, and nothing is read ahead: keys typed
 * after q stay in the tty for the shell, as with less. Waiting polls briefly, more slowly the
 * longer the reader is idle. Enter arrives as CR in raw mode, while Lanterna's decoder knows
 * only LF: CR is turned into LF.
 */
final class KeyboardInput extends InputStream {
    private static final long FAST_POLL_MILLIS = 2;
    private static final long SLOW_POLL_MILLIS = 20;
    /** Never closed: closing it would close the process's standard input. */
    private final FileInputStream tty = new FileInputStream(FileDescriptor.in);
    private final ArrayDeque<Integer> queued = new ArrayDeque<>();
    private long lastKeyAt = System.nanoTime();

    /** Waits up to {@code millis} for a key; true when one is there. */
    boolean waitForInput(long millis) throws IOException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (!pull()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            long idleMillis = (System.nanoTime() - lastKeyAt) / 1_000_000;
            sleep(idleMillis < 2_000 ? FAST_POLL_MILLIS : SLOW_POLL_MILLIS);
        }
        return true;
    }

    /** Moves whatever the tty holds into the queue without blocking; true when a key is queued. */
    private boolean pull() throws IOException {
        if (queued.isEmpty()) {
            // One byte at a time: what the decoder has not asked for stays in the tty.
            if (tty.available() > 0) {
                int c = tty.read();
                if (c >= 0) {
                    queued.add(c == '\r' ? '\n' : c);
                    lastKeyAt = System.nanoTime();
                }
            }
        }
        return !queued.isEmpty();
    }

    @Override
    public int available() throws IOException {
        pull();
        return queued.size();
    }

    @Override
    public int read() throws IOException {
        while (!waitForInput(1000)) {
            // Lanterna only reads after available() said so; this wait is a safety net.
        }
        return queued.poll();
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        into[offset] = (byte) read();
        return 1;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
