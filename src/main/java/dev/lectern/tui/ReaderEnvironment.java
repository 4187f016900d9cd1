package dev.lectern.tui;

import dev.lectern.command.CommandSet;
import dev.lectern.command.ReaderCommands;
import dev.lectern.doc.DocumentCache;
import dev.lectern.doc.FetchSettings;
import dev.lectern.doc.LibraryScope;
import dev.lectern.doc.WebLibrary;
import dev.lectern.keymap.Keymap;
import dev.lectern.session.PositionStore;
import dev.lectern.session.ReaderState;
import dev.lectern.session.ReadLater;
import java.util.List;
import java.util.Map;

/**
 * Everything a {@link TerminalReader} is given besides its terminal: the reader's environment
 * variables (locale, NO_COLOR), keymap and colour choice, where its places and command history
 * are kept, the commands it may run, how it fetches from the web (null: it cannot) and its
 * reading list (null: none), and notes to show on the first screen.
 */
public final class ReaderEnvironment {
    final Keymap keymap;
    final boolean noColor;
    final Map<String, String> environment;
    final PositionStore places;
    final PromptHistory history;
    final CommandSet commands;
    final FetchSettings fetch;
    final ReadLater readingList;
    final List<String> startNotes;
    /** The documents open in the process: the local reader's own, or shared by every served reader. */
    final DocumentCache documents;
    /** The served list of web addresses whose articles are read; null for any other library. */
    final WebLibrary web;

    private ReaderEnvironment(Keymap keymap, boolean noColor, Map<String, String> environment, PositionStore places,
            PromptHistory history, CommandSet commands, FetchSettings fetch, ReadLater readingList, List<String> startNotes,
            DocumentCache documents, WebLibrary web) {
        this.keymap = keymap;
        this.noColor = noColor;
        this.environment = Map.copyOf(environment);
        this.places = places;
        this.history = history;
        this.commands = commands;
        this.fetch = fetch;
        this.readingList = readingList;
        this.startNotes = List.copyOf(startNotes);
        this.documents = documents;
        this.web = web;
    }

    /** The local user's reader: their files, every command, the web. */
    static ReaderEnvironment local(FullScreen.Settings settings) {
        return new ReaderEnvironment(settings.keymap(), settings.noColor(), settings.environment(),
                settings.store(), PromptHistory.files(PositionStore.defaultStateDirectory(settings.environment())),
                ReaderCommands.standard(), settings.fetch(), settings.readingList(), settings.startNotes(),
                new DocumentCache(Workspace.LOCAL_DOCUMENTS), null);
    }

    /**
     * A reader served over SSH: {@code environment} holds only what their client may set (TERM,
     * LANG, LC_*, NO_COLOR); places and command history go to {@code state}, the reader's own;
     * {@code open} and its completion stay inside {@code library}; no web; {@code save} keeps
     * articles in {@code readingList}, the reader's own (kept in their state too);
     * {@code documents} are the server's, loaded and analysed once for all its readers; {@code web}
     * is the server's list of web addresses when that is the library (null otherwise), whose
     * articles not fetched yet are fetched when opened.
     */
    public static ReaderEnvironment served(Keymap keymap, Map<String, String> environment, ReaderState state, LibraryScope library,
            ReadLater readingList, DocumentCache documents, WebLibrary web) {
        return new ReaderEnvironment(keymap, false, environment, new PositionStore(state), PromptHistory.of(state),
                ReaderCommands.inLibrary(library), null, readingList, List.of(), documents, web);
    }
}
