package dev.lectern.session;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Saves the reader's place as they read, not only when they quit: a move is written on a
 * background thread once the reader has kept still for {@code quietMillis}, and at the latest
 * {@code longestMillis} after the first move not yet written (someone holding j still has their
 * place saved). So a SIGKILL or a power cut loses at most the last second of reading.
 *
 * <p>The latest place of each document is kept here, outside the screen's lock, so whatever
 * stops the reader (a signal, a hang-up) can write it with {@link #flush()} without waiting for
 * the screen. The thread runs only while something waits to be written, and never keeps the
 * process alive.
 */
public final class PlaceSaver {
    /** Where the places go: {@link PositionStore#save(String, PositionStore.Saved)}. */
    public interface Destination {
        void save(String key, PositionStore.Saved place) throws IOException;
    }

    public static final long QUIET_MILLIS = 500;
    public static final long LONGEST_MILLIS = 1_000;
    private final Destination destination;
    private final long quietMillis;
    private final long longestMillis;
    private final Map<String, PositionStore.Saved> pending = new LinkedHashMap<>();
    private long firstPendingMove;
    private long lastMove;
    private Thread writer;
    /** One write at a time, so a flush returns only after a write under way has ended too. */
    private final Object writing = new Object();

    public PlaceSaver(Destination destination, long quietMillis, long longestMillis) {
        this.destination = destination;
        this.quietMillis = quietMillis;
        this.longestMillis = Math.max(quietMillis, longestMillis);
    }

    /** The saver the reader uses: 500 ms after the last move, a second after the first at most. */
    public static PlaceSaver of(PositionStore store) {
        return new PlaceSaver(store::save, QUIET_MILLIS, LONGEST_MILLIS);
    }

    /** The reader is now at {@code place} in the document {@code key}: it will be written soon. */
    public synchronized void moved(String key, PositionStore.Saved place) {
        long now = System.nanoTime();
        if (pending.isEmpty()) {
            firstPendingMove = now;
        }
        lastMove = now;
        pending.put(key, place);
        if (writer == null) {
            writer = new Thread(this::writeWhenStill, "lectern-place-saver");
            writer.setDaemon(true);
            writer.start();
        }
        notifyAll();
    }

    /** Writes at once whatever waits; returns when it is written: null, or what went wrong. */
    public String flush() {
        synchronized (writing) {
            return write(take());
        }
    }

    private synchronized Map<String, PositionStore.Saved> take() {
        Map<String, PositionStore.Saved> taken = new LinkedHashMap<>(pending);
        pending.clear();
        notifyAll(); // a writer waiting for these sees there is nothing left and ends
        return taken;
    }

    private void writeWhenStill() {
        while (true) {
            synchronized (this) {
                if (!waitUntilDue()) {
                    writer = null;
                    return;
                }
            }
            // Not waited for with the write lock held: a flush meanwhile writes at once.
            synchronized (writing) {
                write(take());
            }
        }
    }

    /** Waits until the pending places are due; false when there is nothing left to write. */
    private boolean waitUntilDue() {
        while (!pending.isEmpty()) {
            long due = Math.min(lastMove + quietMillis * 1_000_000, firstPendingMove + longestMillis * 1_000_000);
            long left = due - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
        return false;
    }

    /** Writes each place; returns the problem of the last that failed, or null. */
    private String write(Map<String, PositionStore.Saved> places) {
        String problem = null;
        for (Map.Entry<String, PositionStore.Saved> place : places.entrySet()) {
            try {
                destination.save(place.getKey(), place.getValue());
            } catch (IOException | RuntimeException e) {
                // Saved again at the next move and when the article is closed, which reports it.
                problem = String.valueOf(e.getMessage());
            }
        }
        return problem;
    }
}
