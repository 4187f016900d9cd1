package dev.lectern.command;

import dev.lectern.doc.Document;
import dev.lectern.session.ReadingSession;
import java.nio.file.Path;

/**
 * What a command may see and do, whichever face runs it: the full-screen reader's prompt, the
 * line-mode shell or a one-shot command. Each face implements this its own way.
 */
public interface ReaderContext {
    Document document();

    ReadingSession session();

    /** Opens another article in place of the current one. */
    void open(Path file) throws CommandException;

    /** Fetches an article from the web to read in place of the current one. */
    default void openWeb(java.net.URI address) throws CommandException {
        throw new CommandException("Web addresses cannot be opened here.");
    }

    /** Changes a setting (pane, wrap, theme...); unknown names or values throw with a reason. */
    void set(String option, String value) throws CommandException;

    /** The settings this face knows, with their allowed values, for completion and help. */
    java.util.Map<String, java.util.List<String>> settings();

    void quit();

    /** The people, places, organisations and figures of the current document, found on first use. */
    dev.lectern.entities.EntityIndex entities();

    /** The glossary of the current document (its glossary.conf, acronyms, language notes), found on first use. */
    dev.lectern.glossary.Glossary glossary();

    /** Shows glossary entries: a list to choose from, or, when {@code whole}, the one entry in full. */
    void showGlossary(String title, java.util.List<dev.lectern.glossary.GlossaryEntry> entries, boolean whole);

    /** The search index of the current document, built on first use. */
    dev.lectern.search.SearchIndex searchIndex();

    /**
     * Goes to a search match, so that it is in view, and remembers the result for highlighting
     * and for the next / previous match.
     */
    void goToMatch(dev.lectern.search.SearchResult result, dev.lectern.search.Match match);

    /**
     * Runs a search and goes to its first match; returns the message to show. A face may run it
     * in the background (a regex over a long book) and report when it is done.
     */
    default String find(dev.lectern.search.Query query) throws CommandException {
        return SearchCommand.goToFirst(this, searchIndex().search(query));
    }

    /** The reading list {@code save} keeps articles in (the local one, or a served reader's); null where this face has none. */
    default dev.lectern.session.ReadLater readingList() {
        return null;
    }

    /**
     * What is worked out from the current document under the name {@code kind} (its summary),
     * built by {@code build}; a face serving several readers builds it once for all of them.
     */
    default <T> T shared(String kind, java.util.function.Supplier<T> build) {
        return build.get();
    }

    /** Shows a list taken from the article (a summary, its entities), each line with the paragraph it leads to. */
    void showPicks(String title, java.util.List<Pick> picks);

    /**
     * Shows the table of contents (sections in reading order); returns the message to show, or
     * null. A face that prints lists says in one line that there are none; the full-screen
     * reader shows its popup either way, the reader's section selected.
     */
    default String showContents(java.util.List<Pick> sections) {
        if (sections.isEmpty()) {
            return ContentsCommand.NO_SECTIONS;
        }
        showPicks("Contents", sections);
        return null;
    }
}
