package dev.lectern.session;

import java.io.IOException;
import java.time.Instant;
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

    /** Where a document was left: the position, when it was moved there, the marks. */
    record Reading(Position position, Instant movedAt, Map<Character, Position> marks) {
        public Reading {
            marks = Map.copyOf(marks);
        }
    }

    /** The reading saved for {@code readingKey}, or null when there is none. */
    Reading reading(String readingKey) throws IOException;

    /**
     * Merges into what is saved: the position wins if {@code movedAt} is not older than the
     * saved one's; each mark given replaces that letter's mark; other marks stay. Times are kept
     * to the microsecond (PostgreSQL's precision), in every implementation alike.
     */
    void save(String readingKey, Position position, Instant movedAt, Map<Character, Position> marks) throws IOException;

    /** The command lines run, oldest first, at most {@link #HISTORY_KEPT}. */
    List<String> history() throws IOException;

    void addToHistory(String commandLine) throws IOException;

    /** The saved articles (reading keys), in the order they were saved. */
    List<String> readingList() throws IOException;

    /** Saves an article; saving one already saved changes nothing. */
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
