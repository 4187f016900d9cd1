package dev.lectern.tui;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingInputStream;

/**
 * The keyboard as Lanterna reads it, taken from standard input only when the screen loop asks.
 * While the reader waits for a key, one thread blocks in a one-byte read of the tty, so a key
 * is seen the moment it arrives (raw mode's read timeout, 100 ms, only makes the thread look
 * again). Otherwise bytes are read only when the tty says they are there (FIONREAD, through
 * available()). Either way nothing is read ahead: the thread stops after each key until the
 * loop waits again, so keys typed after q stay in the tty for the shell, as with less. Enter
 * arrives as CR in raw mode, while Lanterna's decoder knows only LF: CR is turned into LF.
 *
 * <p>A served reader's keys come the same way from its terminal's own input (see
 * {@link #of(Terminal)}), where the end of the input is the hang-up.
 */
final class KeyboardInput extends InputStream {
    private static final long PROMPT_POLL_MILLIS = 2;
    /** A read that comes back empty sooner than this did not wait for the tty's timeout. */
    private static final long EMPTY_READ_NANOS = 20_000_000;
    /** Never closed here: locally it is the process's standard input; a served one its terminal closes. */
    private final InputStream tty;
    private final ArrayDeque<Integer> queued = new ArrayDeque<>();
    /** True while the loop waits for a key: the key thread may read one. */
    private boolean keyWanted;
    /** True while the key thread is inside a read: then only it takes bytes from the tty. */
    private boolean reading;
    private Thread keyThread;
    /** Set by {@link #wake()}: the loop has something other than a key to see to. */
    private boolean woken;
    /** Set by {@link #close()}: the reader is going; no more reads. */
    private boolean closed;
    /** True while the command line has the keyboard (see {@link #forPrompt()}). */
    private volatile boolean promptOpen;
    private volatile boolean hungUp;
    /** Set by {@link #end()}: the reader is stopping; no key will be wanted again. */
    private volatile boolean ended;

    /** The keyboard of the process's own tty (standard input), read in raw mode. */
    KeyboardInput() {
        this(new FileInputStream(FileDescriptor.in));
    }

    private KeyboardInput(InputStream tty) {
        this.tty = tty;
    }

    /**
     * The keyboard of a terminal that is not the process's (a served reader's channel, through
     * JLine's line discipline): a read waits at most as long as raw mode's timeout does, and the
     * end of the input, or an error, is the terminal going away.
     */
    static KeyboardInput of(Terminal terminal) {
        if (!(terminal.input() instanceof NonBlockingInputStream keys)) {
            throw new IllegalArgumentException("the terminal's input cannot be read with a time-out: " + terminal.getName());
        }
        return new KeyboardInput(new InputStream() {
            @Override
            public int read() throws IOException {
                int c = keys.read(100);
                if (c == NonBlockingInputStream.READ_EXPIRED) {
                    return -1; // as raw mode's read timeout
                }
                if (c < 0) {
                    throw new IOException("the terminal's input has ended");
                }
                return c;
            }

            @Override
            public int available() throws IOException {
                return keys.available();
            }
        });
    }

    /** True once the terminal has gone away: there will be no more keys. */
    boolean hungUp() {
        return hungUp;
    }

    /** Waits up to {@code millis} for a key; true when one is there. */
    synchronized boolean waitForInput(long millis) throws IOException {
        if (promptOpen || hungUp || ended) {
            return false;
        }
        if (pull()) {
            return true;
        }
        keyWanted = true;
        startKeyThread();
        notifyAll();
        long deadline = System.nanoTime() + millis * 1_000_000;
        long left;
        while (queued.isEmpty() && !hungUp && !ended && !promptOpen && !woken && (left = deadline - System.nanoTime()) > 0) {
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        woken = false;
        return !queued.isEmpty();
    }

    /**
     * No more reads, before the tty goes back to the shell: a read still under way (a signal
     * ended the wait for a key) is let finish within raw mode's read timeout, so that it cannot
     * go on in the shell's line mode and take a line typed there. Standard input stays open.
     */
    @Override
    public synchronized void close() {
        closed = true;
        keyWanted = false;
        notifyAll(); // the key thread and the editor's input pump end
        long deadline = System.nanoTime() + 250_000_000L; // raw mode's read timeout is 100 ms
        while (reading && System.nanoTime() < deadline) {
            try {
                wait(10); // the key thread notifies when its read returns
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * No more keys: the reader is stopping (a signal), whatever is on screen. A wait for a key
     * ends at once, and an open command line sees the end of its input, so the line editor
     * returns and the screen loop can save and leave.
     */
    synchronized void end() {
        ended = true;
        notifyAll();
    }

    /** Ends a wait for a key at once: a signal (resize, Ctrl-C, Ctrl-Z) has come. */
    synchronized void wake() {
        woken = true;
        notifyAll();
    }

    private void startKeyThread() {
        if (keyThread == null) {
            keyThread = new Thread(this::readKeys, "lectern-keys");
            keyThread.setDaemon(true);
            keyThread.start();
        }
    }

    /** The key thread: one blocking read at a time, and only while a key is wanted. */
    private void readKeys() {
        try {
            while (true) {
                synchronized (this) {
                    while (!keyWanted || promptOpen || hungUp || closed || ended) {
                        if (closed) {
                            return; // the reader has gone: a served one's thread must not outlive it
                        }
                        wait();
                    }
                    reading = true;
                }
                long started = System.nanoTime();
                int c;
                try {
                    c = tty.read(); // returns -1 when raw mode's read timeout passes without a key
                } catch (IOException goneAway) {
                    c = -2;
                }
                boolean emptyAtOnce = c == -1 && System.nanoTime() - started < EMPTY_READ_NANOS;
                synchronized (this) {
                    reading = false;
                    if (c >= 0) {
                        queue(c);
                        keyWanted = false;
                    } else if (c == -2 || emptyAtOnce && ttyGone()) {
                        hungUp = true;
                    }
                    notifyAll();
                }
                if (emptyAtOnce) {
                    Thread.sleep(PROMPT_POLL_MILLIS); // a tty that does not wait: do not spin
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean ttyGone() {
        try {
            tty.available();
            return false;
        } catch (IOException goneAway) {
            return true;
        }
    }

    private void queue(int c) {
        queued.add(c == '\r' ? (int) '\n' : c);
    }

    /** Moves a byte the tty holds into the queue without blocking; true when a key is queued. */
    private synchronized boolean pull() throws IOException {
        if (queued.isEmpty() && !reading && !hungUp) {
            // One byte at a time: what the decoder has not asked for stays in the tty.
            try {
                if (tty.available() > 0) {
                    int c = tty.read();
                    if (c >= 0) {
                        queue(c);
                        keyWanted = false; // the key the loop waited for: the thread must not read on
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
                        while (!promptOpen && !ended && !hungUp && !closed) {
                            try {
                                KeyboardInput.this.wait();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return -1;
                            }
                        }
                        if (ended || hungUp || closed) {
                            return -1; // the editor ends its line as at Ctrl-D, and the prompt closes
                        }
                        if (pull()) {
                            return queued.poll();
                        }
                    }
                    sleep(PROMPT_POLL_MILLIS);
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

    /**
     * Queues keys after everything typed so far, the bytes still in the tty included (a key's
     * sequence must not be cut in two): for keys the program sends itself.
     */
    synchronized void typeAfterPending(byte[] keys) {
        try {
            while (!reading && !hungUp && tty.available() > 0) {
                int c = tty.read();
                if (c < 0) {
                    break;
                }
                queue(c);
            }
        } catch (IOException goneAway) {
            hungUp = true;
        }
        for (byte key : keys) {
            queued.addLast(key & 0xFF);
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
