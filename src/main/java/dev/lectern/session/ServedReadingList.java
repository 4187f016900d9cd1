package dev.lectern.session;

import dev.lectern.doc.Document;
import dev.lectern.doc.Library;
import dev.lectern.doc.UnreadableDocumentException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A served reader's reading list: the reading keys of the library's articles they saved, kept in
 * their own {@link ReaderState} (files or PostgreSQL), so that it follows them to any instance
 * sharing that state. Nothing is copied: a saved article is read from the library, and one that
 * has left the library is not listed (its key stays, and it shows again if the article comes back).
 */
public final class ServedReadingList implements ReadLater {
    /** The served library's articles as they are now (a web library's grow as they are fetched). */
    @FunctionalInterface
    public interface Articles {
        List<Library.Entry> list() throws UnreadableDocumentException;
    }

    private final ReaderState state;
    private final Articles library;

    public ServedReadingList(ReaderState state, Articles library) {
        this.state = state;
        this.library = library;
    }

    /** Saves the reading key of an article of the library; the state dates it. */
    @Override
    public Outcome keep(Document document, Instant now) throws IOException {
        String key = document.readingKey();
        if (key == null || !byKey(libraryArticles()).containsKey(key)) {
            throw new IOException("only the library's articles can be saved here");
        }
        if (state.readingList().stream().anyMatch(kept -> kept.readingKey().equals(key))) {
            return Outcome.ALREADY_SAVED;
        }
        state.addToReadingList(key);
        return Outcome.SAVED;
    }

    @Override
    public List<Library.Entry> articles() throws IOException {
        return saved(libraryArticles());
    }

    /** Takes the article's reading key off the list; the library's file is never touched. */
    @Override
    public void remove(Library.Entry saved) throws IOException {
        if (saved.document() != null && saved.document().readingKey() != null) {
            state.removeFromReadingList(saved.document().readingKey());
        }
    }

    /** The library as this reader sees it: their saved articles first, newest first, then the others in the library's order. */
    public List<Library.Entry> library() throws IOException {
        List<Library.Entry> all = libraryArticles();
        List<Library.Entry> shown = new ArrayList<>(saved(all));
        Set<String> savedKeys = new HashSet<>();
        shown.forEach(entry -> savedKeys.add(entry.document().readingKey()));
        for (Library.Entry entry : all) {
            if (!entry.readable() || !savedKeys.contains(entry.document().readingKey())) {
                shown.add(entry);
            }
        }
        return shown;
    }

    private List<Library.Entry> saved(List<Library.Entry> all) throws IOException {
        Map<String, Library.Entry> inLibrary = byKey(all);
        List<ReaderState.Kept> kept = state.readingList();
        List<Library.Entry> saved = new ArrayList<>();
        for (int i = kept.size() - 1; i >= 0; i--) {
            Library.Entry entry = inLibrary.get(kept.get(i).readingKey());
            if (entry != null) {
                saved.add(new Library.Entry(entry.file(), entry.document(), null, kept.get(i).savedAt()));
            }
        }
        return saved;
    }

    private List<Library.Entry> libraryArticles() throws IOException {
        try {
            return library.list();
        } catch (UnreadableDocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Map<String, Library.Entry> byKey(List<Library.Entry> entries) {
        Map<String, Library.Entry> byKey = new LinkedHashMap<>();
        for (Library.Entry entry : entries) {
            if (entry.readable() && entry.document().readingKey() != null) {
                byKey.putIfAbsent(entry.document().readingKey(), entry);
            }
        }
        return byKey;
    }
}
