package dev.lectern.shell;

import dev.lectern.command.CommandException;
import dev.lectern.command.CommandSet;
import dev.lectern.command.Pick;
import dev.lectern.command.ReaderContext;
import dev.lectern.command.WrapWidth;
import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.doc.Paragraph;
import dev.lectern.doc.UnreadableDocumentException;
import dev.lectern.layout.LineWrapper;
import dev.lectern.entities.EntityIndex;
import dev.lectern.glossary.Glossary;
import dev.lectern.glossary.GlossaryEntry;
import dev.lectern.glossary.UserGlossary;
import dev.lectern.search.Match;
import dev.lectern.search.SearchIndex;
import dev.lectern.search.SearchResult;
import dev.lectern.layout.WrappedText;
import dev.lectern.session.Position;
import dev.lectern.session.ReadingList;
import dev.lectern.session.ReadingSession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The line-mode reader: the same commands as the full-screen view, one line at a time, with
 * plain output a screen reader or a pipe can follow. After each move it prints the paragraph
 * it moved to. Where lines come from (a JLine prompt or a pipe) is the caller's business.
 */
public final class LineShell implements ReaderContext {
    private final CommandSet commands;
    private final PrintWriter out;
    private Document document;
    private ReadingSession session;
    private int width;
    private final int autoWidth;
    private boolean quit;
    private final ReadingList readingList;
    /** How {@code open URL} fetches; null where web addresses cannot be opened. */
    private dev.lectern.doc.FetchSettings fetch;

    public LineShell(Document document, CommandSet commands, PrintWriter out, int width) {
        this(document, commands, out, width, null);
    }

    public LineShell(Document document, CommandSet commands, PrintWriter out, int width, ReadingList readingList) {
        this.readingList = readingList;
        this.commands = commands;
        this.out = out;
        this.width = width;
        this.autoWidth = width;
        show(document);
    }

    private void show(Document shown) {
        document = shown;
        session = new ReadingSession(shown.size());
    }

    @Override
    public ReadingList readingList() {
        return readingList;
    }

    /** Lets {@code open URL} fetch articles from the web with these settings. */
    public void fetchWith(dev.lectern.doc.FetchSettings settings) {
        fetch = settings;
    }

    /** Runs one line; returns false once the reader asked to quit. */
    public boolean run(String line) {
        Position before = session.position();
        Document documentBefore = document;
        try {
            String message = commands.run(line, this);
            if (message != null) {
                printWrapped(message);
            }
        } catch (CommandException e) {
            printWrapped("Error: " + e.getMessage());
        }
        if (!quit && (document != documentBefore || !session.position().equals(before))) {
            printParagraph();
        }
        out.flush();
        return !quit;
    }

    /** The opening lines: the title, where the reader is, how to get help. */
    public void greet() {
        printWrapped(document.title() + " (" + document.size() + " paragraphs). Type help for the commands.");
        printParagraph();
        out.flush();
    }

    public List<String> complete(String line) {
        return commands.complete(line, this);
    }

    private void printParagraph() {
        Paragraph paragraph = document.paragraph(session.paragraph());
        out.println();
        if (paragraph.heading() != null) {
            printWrapped(paragraph.heading());
        }
        out.println("¶" + paragraph.number() + "/" + document.size());
        printWrapped(paragraph.text());
    }

    private void printWrapped(String text) {
        WrappedText lines = LineWrapper.wrap(text, width);
        for (int i = 0; i < lines.lineCount(); i++) {
            out.println(lines.line(i));
        }
    }

    @Override
    public Document document() {
        return document;
    }

    @Override
    public ReadingSession session() {
        return session;
    }

    @Override
    public void open(Path file) throws CommandException {
        try {
            show(DocumentLoader.load(file));
            printWrapped(document.title() + " (" + document.size() + " paragraphs).");
        } catch (UnreadableDocumentException e) {
            throw new CommandException(e.getMessage());
        }
    }

    /** Fetches the article and waits for it: the line mode has nothing else to show meanwhile. */
    @Override
    public void openWeb(java.net.URI address) throws CommandException {
        if (fetch == null) {
            throw new CommandException("Web addresses cannot be opened here.");
        }
        try {
            show(dev.lectern.doc.Download.fetch(address, fetch));
            printWrapped(document.title() + " (" + document.size() + " paragraphs).");
        } catch (UnreadableDocumentException e) {
            throw new CommandException(e.getMessage());
        }
    }

    @Override
    public void set(String option, String value) throws CommandException {
        if (!option.equals("wrap")) {
            throw new CommandException("The shell has one setting: wrap (a width, or auto).");
        }
        int columns = WrapWidth.parse(value);
        width = columns == WrapWidth.AUTO ? autoWidth : columns;
    }

    @Override
    public Map<String, List<String>> settings() {
        Map<String, List<String>> settings = new LinkedHashMap<>();
        settings.put("wrap", List.of("auto", "60", "72", "80", "100"));
        return settings;
    }

    @Override
    public void quit() {
        quit = true;
    }

    private SearchIndex searchIndex;
    private EntityIndex entityIndex;
    private Document indexed;

    @Override
    public EntityIndex entities() {
        if (indexed != document) {
            entityIndex = EntityIndex.build(document);
            indexed = document;
        }
        return entityIndex;
    }

    private Glossary glossary;
    private Document glossed;

    @Override
    public Glossary glossary() {
        if (glossed != document) {
            UserGlossary user = UserGlossary.forArticle(document);
            user.problems().forEach(problem -> printWrapped(problem.toString()));
            glossary = Glossary.build(document, user, entities());
            glossed = document;
        }
        return glossary;
    }

    @Override
    public void showGlossary(String title, List<GlossaryEntry> entries, boolean whole) {
        for (GlossaryEntry entry : entries) {
            printWrapped(entry.term() + (entry.aliases().isEmpty() || !whole ? "" : " (also " + String.join(", ", entry.aliases()) + ")")
                    + ": " + entry.definition());
            printWrapped("  — " + entry.origin() + (whole ? "; used in " + paragraphList(entry) : ""));
        }
    }

    private static String paragraphList(GlossaryEntry entry) {
        return entry.paragraphs().isEmpty() ? "no paragraph"
                : entry.paragraphs().stream().map(p -> "¶" + p).collect(java.util.stream.Collectors.joining(", "));
    }

    @Override
    public SearchIndex searchIndex() {
        if (searchIndex == null || searchIndex.document() != document) {
            searchIndex = SearchIndex.build(document);
        }
        return searchIndex;
    }

    @Override
    public void goToMatch(SearchResult result, Match match) {
        session.jumpTo(match.paragraph());
    }

    @Override
    public void showPicks(String title, List<Pick> picks) {
        printWrapped(title + ":");
        for (Pick pick : picks) {
            printWrapped("¶" + pick.paragraph() + "  " + pick.text());
        }
    }
}
