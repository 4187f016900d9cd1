package dev.lectern.tui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import org.jline.utils.NonBlockingInputStream;

/**
 * JLine's keyboard stream as Lanterna wants it. Lanterna polls with {@code ready()}, which asks
 * {@code available()}; JLine's stream cannot answer that without a read that waits for the
 * tty's 100 ms read timeout, which made every key take 200 ms. So one thread reads the keyboard
 * and queues the bytes here, and availability is simply what is queued.
 * Enter arrives as CR in raw mode, while Lanterna's decoder knows only LF: CR is turned into LF.
 */
final class JLineInput extends InputStream {
    private final NonBlockingInputStream keyboard;
    private final ArrayDeque<Integer> queued = new ArrayDeque<>();
    private boolean ended;
    private volatile boolean closed;

    JLineInput(NonBlockingInputStream keyboard) {
        this.keyboard = keyboard;
        Thread reader = new Thread(this::pump, "lectern-keyboard");
        reader.setDaemon(true);
        reader.start();
    }

    private void pump() {
        try {
            while (!closed) {
                int c = keyboard.read(100);
                if (c == NonBlockingInputStream.READ_EXPIRED) {
                    continue;
                }
                synchronized (this) {
                    if (c < 0) {
                        ended = true;
                    } else {
                        queued.add(c == '\r' ? '\n' : c);
                    }
                    notifyAll();
                }
                if (c < 0) {
                    return;
                }
            }
        } catch (IOException hangUp) {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    /** Waits up to {@code millis} for a key; true when one is there (or the keyboard is gone). */
    synchronized boolean waitForInput(long millis) throws IOException {
        if (queued.isEmpty() && !ended) {
            try {
                wait(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return !queued.isEmpty() || ended;
    }

    @Override
    public synchronized int available() {
        return queued.size();
    }

    @Override
    public synchronized int read() throws IOException {
        while (queued.isEmpty() && !ended) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading the keyboard", e);
            }
        }
        return queued.isEmpty() ? -1 : queued.poll();
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

    @Override
    public void close() {
        closed = true;
    }
}
