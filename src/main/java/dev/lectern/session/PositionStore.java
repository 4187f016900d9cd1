package dev.lectern.session;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The reading position and marks of each document, as the full-screen reader keeps them: the
 * view over a {@link ReaderState} in the reader's terms (times in epoch milliseconds, 0 for
 * none). Locally that is a {@link FileReaderState} on the state directory, one small file per
 * document under {@code positions/}, keyed by the document's reading key (its absolute path, or
 * its web address for an article from the web); a served reader's is its own ReaderState.
 *
 * <p>Several readers may read the same document at once, so a save is a merge, not a
 * replacement (see {@link ReaderState.Reading#over}): the position most recently <em>moved
 * to</em> wins and every mark is kept, the most recently set one for a letter.
 */
public final class PositionStore {
    /**
     * A document's saved state: the position and when the reader moved there, the marks and when
     * each was set (milliseconds since the epoch; 0 for a state saved before times were kept).
     */
    public record Saved(Position position, Map<Character, Position> marks, long movedAt,
                        Map<Character, Long> marksSetAt) {
        public Saved {
            marks = Map.copyOf(marks);
            marksSetAt = Map.copyOf(marksSetAt);
        }

        /** A state without times: it loses to any timed one. */
        public Saved(Position position, Map<Character, Position> marks) {
            this(position, marks, 0, Map.of());
        }

        long markSetAt(char letter) {
            return marksSetAt.getOrDefault(letter, 0L);
        }

        // Written out, as Position's: the generated ones are linked at their first call by ~20
        // method-handle classes the JVM spins then (~50 ms), and the reader's first tick, just
        // after the first frame, compares places (a key pressed then waited for it).
        @Override
        public boolean equals(Object other) {
            return other instanceof Saved that && movedAt == that.movedAt && position.equals(that.position)
                    && marks.equals(that.marks) && marksSetAt.equals(that.marksSetAt);
        }

        @Override
        public int hashCode() {
            return ((position.hashCode() * 31 + marks.hashCode()) * 31 + Long.hashCode(movedAt)) * 31 + marksSetAt.hashCode();
        }

        ReaderState.Reading toReading() {
            Map<Character, Instant> times = new HashMap<>();
            marks.keySet().forEach(letter -> times.put(letter, Instant.ofEpochMilli(markSetAt(letter))));
            return new ReaderState.Reading(position, Instant.ofEpochMilli(movedAt), marks, times);
        }

        static Saved of(ReaderState.Reading reading) {
            Map<Character, Long> times = new HashMap<>();
            reading.marksSetAt().forEach((letter, time) -> {
                if (time.toEpochMilli() != 0) {
                    times.put(letter, time.toEpochMilli());
                }
            });
            return new Saved(reading.position(), reading.marks(), reading.movedAt().toEpochMilli(), times);
        }
    }

    private final ReaderState state;

    /** The local reader's positions, under {@code stateDirectory/positions/}. */
    public PositionStore(Path stateDirectory) {
        this(new FileReaderState(stateDirectory));
    }

    /** The positions of one reader's state, wherever it is kept (a served reader's). */
    public PositionStore(ReaderState state) {
        this.state = state;
    }

    /** The default state directory: $XDG_STATE_HOME/lectern, else ~/.local/state/lectern. */
    public static Path defaultStateDirectory(Map<String, String> environment) {
        String xdg = environment.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "lectern");
        }
        return Path.of(System.getProperty("user.home"), ".local", "state", "lectern");
    }

    /** Nothing saved gives null; an unreadable or corrupt file gives an IOException saying so. */
    public Saved load(Path document) throws IOException {
        return load(keyOf(document));
    }

    /** As {@link #load(Path)}, for a document's reading key (see {@code Document.readingKey()}). */
    public Saved load(String key) throws IOException {
        ReaderState.Reading reading = state.reading(key);
        return reading == null ? null : Saved.of(reading);
    }

    /** Saves a position moved to and marks set just now (see {@link #save(String, Saved)}). */
    public void save(Path document, Position position, Map<Character, Position> marks) throws IOException {
        save(keyOf(document), position, marks);
    }

    /** Saves a position moved to and marks set just now (see {@link #save(String, Saved)}). */
    public void save(String key, Position position, Map<Character, Position> marks) throws IOException {
        long now = System.currentTimeMillis();
        Map<Character, Long> setAt = new HashMap<>();
        marks.keySet().forEach(letter -> setAt.put(letter, now));
        save(key, new Saved(position, marks, now, setAt));
    }

    /** Merges {@code state} into what is saved for {@code key} (see the class comment). */
    public void save(String key, Saved saved) throws IOException {
        state.save(key, saved.toReading());
    }

    /**
     * How much of a document has been read, in percent of its characters through the end of
     * the saved paragraph (as the reader's status bar counts); null when it was never opened.
     */
    public Integer percentRead(dev.lectern.doc.Document document) throws IOException {
        Saved saved = document.readingKey() == null ? null : load(document.readingKey());
        if (saved == null) {
            return null;
        }
        int paragraph = Math.min(saved.position().paragraph(), document.size());
        long read = document.charsBefore(paragraph + 1);
        long total = document.charsBefore(document.size() + 1);
        return (int) Math.round(100.0 * read / Math.max(1, total));
    }

    private static String keyOf(Path document) {
        return document.toAbsolutePath().normalize().toString();
    }

    /**
     * The file that keeps the place of the article read under {@code key} (its reading key), for
     * the launcher's instant screen; null when the places are not kept in files.
     */
    public Path fileFor(String key) {
        return state instanceof FileReaderState files ? files.positionFile(key) : null;
    }
}
