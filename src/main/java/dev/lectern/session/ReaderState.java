package dev.lectern.session;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one reader (the local user, or an SSH key's fingerprint) keeps between sessions:
 * position and marks per reading key, command history, the reading list. Saves are merges,
 * never replacements, so that two sessions of one reader — on one server or on two sharing
 * a database — lose nothing: each mark is kept on its own, and a position is replaced only by
 * one moved to at the same time or later.
 */
public interface ReaderState {
    /** Most history lines given back; older ones may be dropped. */
    int HISTORY_KEPT = 500;

    /**
     * Where a document was left: the position, when it was moved there, the marks and when each
     * was set ({@link Instant#EPOCH} for a time never recorded, which any recorded one beats).
     */
    record Reading(Position position, Instant movedAt, Map<Character, Position> marks, Map<Character, Instant> marksSetAt) {
        public Reading {
            marks = Map.copyOf(marks);
            Map<Character, Instant> times = new HashMap<>();
            for (Character letter : marks.keySet()) {
                times.put(letter, marksSetAt.getOrDefault(letter, Instant.EPOCH));
            }
            marksSetAt = Map.copyOf(times);
        }

        /** Marks all set when the position was moved to. */
        public Reading(Position position, Instant movedAt, Map<Character, Position> marks) {
            this(position, movedAt, marks, setAt(marks, movedAt));
        }

        public Instant markSetAt(char letter) {
            return marksSetAt.getOrDefault(letter, Instant.EPOCH);
        }

        /**
         * This reading saved over {@code stored} (null for none): the more recent move's
         * position (this one's on a tie), every mark of both, for each letter the one set more
         * recently (this one's on a tie). The one merge every store makes.
         */
        public Reading over(Reading stored) {
            if (stored == null) {
                return this;
            }
            boolean moved = !movedAt.isBefore(stored.movedAt);
            Map<Character, Position> mergedMarks = new HashMap<>(stored.marks);
            Map<Character, Instant> mergedTimes = new HashMap<>(stored.marksSetAt);
            marks.forEach((letter, mark) -> {
                if (!stored.marks.containsKey(letter) || !markSetAt(letter).isBefore(stored.markSetAt(letter))) {
                    mergedMarks.put(letter, mark);
                    mergedTimes.put(letter, markSetAt(letter));
                }
            });
            return new Reading(moved ? position : stored.position, moved ? movedAt : stored.movedAt, mergedMarks, mergedTimes);
        }

        static Map<Character, Instant> setAt(Map<Character, Position> marks, Instant time) {
            Map<Character, Instant> times = new HashMap<>();
            marks.keySet().forEach(letter -> times.put(letter, time));
            return times;
        }
    }

    /** The reading saved for {@code readingKey}, or null when there is none. */
    Reading reading(String readingKey) throws IOException;

    /**
     * Merges {@code reading} into what is saved (see {@link Reading#over}): the position wins if
     * it was moved to no earlier than the saved one; each mark given replaces that letter's mark
     * unless the saved one was set later; other marks stay. Times are kept to the microsecond
     * (PostgreSQL's precision), in every implementation alike.
     */
    void save(String readingKey, Reading reading) throws IOException;

    /** Saves a position moved to at {@code movedAt}, with marks set then too. */
    default void save(String readingKey, Position position, Instant movedAt, Map<Character, Position> marks) throws IOException {
        save(readingKey, new Reading(position, movedAt, marks));
    }

    /** The command lines run, oldest first, at most {@link #HISTORY_KEPT}. */
    List<String> history() throws IOException;

    void addToHistory(String commandLine) throws IOException;

    /** An article of the reading list: its reading key, and when it was saved (to the millisecond at least). */
    record Kept(String readingKey, Instant savedAt) {
    }

    /** The saved articles, in the order they were saved. */
    List<Kept> readingList() throws IOException;

    /** Saves an article, now; saving one already saved changes nothing (it keeps its first date). */
    void addToReadingList(String readingKey) throws IOException;

    void removeFromReadingList(String readingKey) throws IOException;

    /** Every reader's state in one place: a state directory or a database. */
    interface Store extends AutoCloseable {
        /** The state of the reader known as {@code identity} (e.g. {@code SHA256:...}). */
        ReaderState reader(String identity);

        /** Where the state is kept, for the start-up line (no password in it). */
        String describe();

        @Override
        void close();
    }
}
