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
    /** True while the command line has the keyboard (see {@link #forPrompt()}). */
    private volatile boolean promptOpen;
    private volatile boolean hungUp;

    /** True once the terminal has gone away: there will be no more keys. */
    boolean hungUp() {
        return hungUp;
    }

    /** Waits up to {@code millis} for a key; true when one is there. */
    boolean waitForInput(long millis) throws IOException {
        if (promptOpen || hungUp) {
            return false;
        }
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
    private synchronized boolean pull() throws IOException {
        if (queued.isEmpty()) {
            // One byte at a time: what the decoder has not asked for stays in the tty.
            try {
                if (!hungUp && tty.available() > 0) {
                    int c = tty.read();
                    if (c >= 0) {
                        queued.add(c == '\r' ? '\n' : c);
                        lastKeyAt = System.nanoTime();
                    }
                }
            } catch (IOException goneAway) {
                hungUp = true; // the terminal hung up ("Illegal seek" from FIONREAD)
            }
        }
        return !queued.isEmpty();
    }

    @Override
    public synchronized int available() throws IOException {
        pull();
        return queued.size();
    }

    @Override
    public int read() throws IOException {
        while (!waitForInput(1000)) {
            // Lanterna only reads after available() said so; this wait is a safety net.
            if (hungUp) {
                return -1;
            }
        }
        synchronized (this) {
            return queued.poll();
        }
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        into[offset] = (byte) read();
        return 1;
    }

    /**
     * The keyboard for JLine's line editor. It hands out keys only while the prompt is open and
     * otherwise waits without touching the tty, so the editor's reading thread can never take a
     * key meant for the full-screen view, and the view never takes one meant for the editor.
     */
    InputStream forPrompt() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                while (true) {
                    synchronized (KeyboardInput.this) {
                        while (!promptOpen) {
                            try {
                                KeyboardInput.this.wait();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return -1;
                            }
                        }
                        if (pull()) {
                            return queued.poll();
                        }
                    }
                    sleep(FAST_POLL_MILLIS);
                }
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                int c = read();
                if (c < 0) {
                    return -1;
                }
                into[offset] = (byte) c;
                return 1;
            }
        };
    }

    /** Puts keys back in front of the queue: keys the view had decoded but not used. */
    synchronized void unread(byte[] keys) {
        for (int i = keys.length - 1; i >= 0; i--) {
            queued.addFirst(keys[i] & 0xFF);
        }
        notifyAll();
    }

    /** Gives the keyboard to the line editor (true) or back to the view (false). */
    synchronized void setPromptOpen(boolean open) {
        promptOpen = open;
        notifyAll();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
