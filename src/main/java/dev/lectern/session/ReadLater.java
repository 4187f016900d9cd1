package dev.lectern.session;

import dev.lectern.doc.Document;
import dev.lectern.doc.Library;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The reading list as {@code :save} and the library screen use it, wherever it is kept: the
 * local reader's copies under the data directory ({@link ReadingList}), or a served reader's
 * reading keys in their own state ({@link ServedReadingList}).
 */
public interface ReadLater {
    /** What {@link #keep} did. */
    enum Outcome {
        SAVED,
        /** Saved before: its copy was replaced by the article as read now. */
        UPDATED,
        /** Saved before, and nothing changed. */
        ALREADY_SAVED
    }

    /** Keeps {@code document}, the article being read; an IOException says in one line why it could not. */
    Outcome keep(Document document, Instant now) throws IOException;

    /** The saved articles as library entries (each with when it was saved), newest first. */
    List<Library.Entry> articles() throws IOException;

    /** Takes a saved article (one of {@link #articles}) off the list. */
    void remove(Library.Entry saved) throws IOException;
}
