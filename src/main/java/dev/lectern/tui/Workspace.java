package dev.lectern.tui;

import dev.lectern.command.CommandSet;
import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentCache;
import dev.lectern.doc.FetchSettings;
import dev.lectern.doc.Library;
import dev.lectern.doc.Opening;
import dev.lectern.doc.UnreadableDocumentException;
import dev.lectern.doc.WebLibrary;
import dev.lectern.session.PlaceSaver;
import dev.lectern.session.PositionStore;
import dev.lectern.session.ReadLater;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What every page shares: where positions are kept (the local store or a served reader's state)
 * and the saver that writes them as the reader moves (both null when nothing is kept), the screen settings, the commands, how to fetch from
 * the web ({@code fetch} null where web addresses cannot be opened), the reading list (null
 * where there is none to save to), the documents open in the process ({@code documents}:
 * one reader's own locally, every reader's when served), and the served list of web addresses
 * whose articles are read ({@code web}; null for any other library).
 */
record Workspace(PositionStore store, ViewSettings view, CommandSet commands, PlaceSaver saver, FetchSettings fetch,
                 ReadLater readingList, DocumentCache documents, WebLibrary web) {
    /** Documents the local reader keeps open: the one read and a few it went back from. */
    static final int LOCAL_DOCUMENTS = 4;

    Workspace(PositionStore store, ViewSettings view, CommandSet commands) {
        this(store, view, commands, null, null);
    }

    Workspace(PositionStore store, ViewSettings view, CommandSet commands, FetchSettings fetch, ReadLater readingList) {
        this(store, view, commands, fetch, readingList, new DocumentCache(LOCAL_DOCUMENTS));
    }

    /** A reader of a process that serves several: {@code documents} is theirs in common. */
    Workspace(PositionStore places, ViewSettings view, CommandSet commands, FetchSettings fetch, ReadLater readingList,
              DocumentCache documents) {
        this(places, view, commands, fetch, readingList, documents, null);
    }

    Workspace(PositionStore places, ViewSettings view, CommandSet commands, FetchSettings fetch, ReadLater readingList,
              DocumentCache documents, WebLibrary web) {
        this(places, view, commands, places == null ? null : PlaceSaver.of(places), fetch, readingList, documents, web);
    }

    // ---- The one place pages ask the document cache: a document and what is worked out from
    // ---- it are loaded once and shared read-only by every reader of the process.

    /**
     * A file opened for reading, loaded once for every reader of it; a copy of a served web
     * library's article through that library, so that it keeps its address (its reading key).
     */
    Opening open(Path file) throws UnreadableDocumentException {
        int number = web == null || !Files.isRegularFile(file) ? 0 : web.numberOf(file.toString()); // never fetched here: see arriving
        return number > 0 ? Opening.complete(web.article(number)) : documents.open(file);
    }

    /**
     * The wait for {@code file} when it is the copy of a served web library's article not
     * fetched yet (its fetch then starts); null for any other file.
     */
    FetchingPage.Arrival arriving(Path file) {
        if (web == null || file == null || Files.isRegularFile(file)) {
            return null;
        }
        int number = web.numberOf(file.toString());
        return number > 0 ? FetchingPage.copyOf(web, number) : null;
    }

    /** A library entry's document: the one other readers have open, when they have. */
    Document open(Library.Entry entry) {
        return entry.file() == null ? entry.document() : documents.keep(entry.file(), entry.document());
    }

    /** What is worked out from {@code document} (its analysis, its search index), built once for all its readers. */
    <T> T shared(Document document, String kind, Supplier<T> build) {
        return documents.shared(document, kind, build);
    }
}
