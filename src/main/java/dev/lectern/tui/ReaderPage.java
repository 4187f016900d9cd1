package dev.lectern.tui;

import dev.lectern.command.CommandException;
import dev.lectern.command.ContentsCommand;
import dev.lectern.command.JumpCommand;
import dev.lectern.command.Pick;
import dev.lectern.command.SearchCommand;
import dev.lectern.command.WrapWidth;
import dev.lectern.entities.Entity;
import dev.lectern.entities.EntityIndex;
import dev.lectern.entities.Mention;
import dev.lectern.glossary.Glossary;
import dev.lectern.glossary.GlossaryEntry;
import dev.lectern.glossary.TermOccurrence;
import dev.lectern.search.Match;
import dev.lectern.search.Query;
import dev.lectern.search.SearchIndex;
import dev.lectern.search.SearchProgress;
import dev.lectern.search.SearchResult;
import dev.lectern.search.SearchTooSlowException;
import dev.lectern.search.SlicedSearch;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import dev.lectern.command.ReaderContext;
import dev.lectern.doc.Document;
import dev.lectern.doc.Download;
import dev.lectern.doc.Opening;
import dev.lectern.doc.UnreadableDocumentException;
import dev.lectern.doc.Paragraph;
import dev.lectern.doc.Section;
import dev.lectern.keymap.Key;
import dev.lectern.layout.DisplayWidth;
import dev.lectern.layout.LineWrapper;
import dev.lectern.layout.WrappedText;
import dev.lectern.session.Action;
import dev.lectern.session.PageLayout;
import dev.lectern.session.Position;
import dev.lectern.session.PositionStore;
import dev.lectern.session.ReadingSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An open article. The current paragraph sits at the top of the page, numbered and marked by a
 * bar; the paragraphs after it follow dimmed. A paragraph taller than the page scrolls within
 * itself first. The status bar gives the title, ¶ current/total, percent read and messages.
 */
final class ReaderPage implements Page, PageLayout {
    private static final Set<Action> MOVES = EnumSet.of(Action.NEXT_PARAGRAPH, Action.PREVIOUS_PARAGRAPH,
            Action.FIRST_PARAGRAPH, Action.LAST_PARAGRAPH, Action.SET_MARK, Action.GO_TO_MARK);
    private Document document;
    /** A long file still loading behind its first screen, else null. */
    private Opening loading;
    private ReadingSession session;
    private final Workspace workspace;
    private final PositionStore store;
    /** Paragraphs wrapped lately: enough for a few screens back and forth, not a whole book read through. */
    private final Map<Integer, WrappedText> wrapped = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, WrappedText> eldest) {
            return size() > 256;
        }
    };
    private int wrappedWidth = -1;
    private ReaderLayout layout = ReaderLayout.of(80, 24, null, 1, 0);
    private Boolean paneChoice;
    private Action pendingMark;
    private String message;

    ReaderPage(Document document, Workspace workspace) {
        this(Opening.complete(document), workspace);
    }

    ReaderPage(Opening opening, Workspace workspace) {
        this.workspace = workspace;
        this.store = workspace.store();
        this.loading = opening.isComplete() ? null : opening;
        show(opening.start());
        this.session = new ReadingSession(document.size());
        List<String> notices = new ArrayList<>(document.notices());
        restore(notices);
        if (keptPlace == null) {
            keptPlace = new PositionStore.Saved(session.position(), session.marks());
        }
        message = notices.isEmpty() ? null : String.join(" ", notices);
    }

    private void show(Document shown) {
        document = shown;
        wrapped.clear();
    }

    /** The place last handed to the saver, or as it was opened: a move is a change from it. */
    private PositionStore.Saved keptPlace;

    /** Saved marks while a long file loads: some may lie beyond its first part. */
    private Map<Character, Position> savedMarks;

    private void restore(List<String> notices) {
        if (store == null || document.readingKey() == null) {
            return;
        }
        try {
            PositionStore.Saved saved = store.load(document.readingKey());
            if (saved == null) {
                return;
            }
            if (saved.position().paragraph() > document.size() && loading != null) {
                finishLoading(); // the saved place is beyond the first screen's part: wait for it
            }
            session.restore(saved.position(), saved.marks());
            // Opening is not moving: the place keeps the time it was moved to.
            keptPlace = new PositionStore.Saved(session.position(), session.marks(), saved.movedAt(), saved.marksSetAt());
            if (loading != null) {
                savedMarks = saved.marks(); // put back unclamped once the whole has loaded
            }
        } catch (IOException e) {
            notices.add("Could not restore the reading position: " + e.getMessage() + ".");
        }
    }

    /** Takes the whole document once it has loaded; true when the page changed. */
    @Override
    public boolean tick() {
        boolean changed = tickSearch() | tickAnalysis();
        if (loading == null || !loading.loadRest().isDone()) {
            return changed; // the first tick comes after the first screen: loading starts then
        }
        finishLoading();
        return true;
    }

    @Override
    public boolean busy() {
        return searching != null;
    }

    /** Starts analysing the article once the first screen is up; true when a part of it has just arrived. */
    private boolean tickAnalysis() {
        if (loading != null) {
            return false; // wait for the whole article
        }
        if (analysis == null) {
            // Not while a search runs: the search has both cores (see ArticleAnalysis.giveWay).
            if (searching == null && !tooLongToAnalyse()) {
                analysis = analysisOf(document);
                // It starts as the first screen is read: it keeps still as after a key, so that
                // the first key pressed at first sight is answered on a free core.
                analysis.keyPressed();
            }
            return false;
        }
        boolean changed = false;
        if (!analysis.done() && analysis.percent() != shownAnalysisPercent) {
            shownAnalysisPercent = analysis.percent(); // the status bar shows it
            changed = true;
        }
        if (!entitiesShown && (analysis.entitiesIfReady() != null || analysis.failed())) {
            entitiesShown = true;
            changed = true;
        }
        if (!glossaryShown && analysis.done()) {
            glossaryShown = true;
            changed = true;
            if (!analysis.problems().isEmpty() && message == null) {
                message = analysis.problems().get(0) + (analysis.problems().size() > 1
                        ? " (and " + (analysis.problems().size() - 1) + " more)" : "");
            }
        }
        return changed;
    }

    private boolean entitiesShown;
    private boolean glossaryShown;
    private int shownAnalysisPercent = -1;

    /**
     * The entities and glossary of 10 MB take about 3-4 s of one of the two cores and keep the
     * whole text's tokens in memory meanwhile; longer articles (a 100 MB book) are not analysed
     * on their own: the pane says so, and a command that needs the analysis still gets it.
     */
    static final long MOST_CHARACTERS_ANALYSED = 12_000_000;

    private boolean tooLongToAnalyse() {
        return document.charsBefore(document.size() + 1) > MOST_CHARACTERS_ANALYSED;
    }

    /** The analysis; started now when {@code wait} (a command needs it) and not yet under way. */
    private ArticleAnalysis analysis(boolean wait) {
        if (wait && analysis == null) {
            finishLoading();
            analysis = analysisOf(document);
        }
        return analysis;
    }

    /** The article's analysis, shared with every other reader of it (see {@link Workspace#shared}). */
    private ArticleAnalysis analysisOf(Document analysed) {
        return workspace.shared(analysed, "analysis", () -> ArticleAnalysis.start(analysed));
    }

    /** The article's search index, shared with every other reader of it. */
    private SearchIndex searchIndexOf(Document indexed) {
        return workspace.shared(indexed, "search index", () -> SearchIndex.build(indexed));
    }

    /** The entities when found, else null; waits for them when {@code wait} (a command needs them). */
    private EntityIndex entityIndex(boolean wait) {
        ArticleAnalysis current = analysis(wait);
        if (current == null) {
            return null;
        }
        return wait ? current.entities() : current.entitiesIfReady();
    }

    /** d: the glossary terms of the paragraph being read, in a popup. */
    private Reply openGlossary() {
        Glossary glossary = analysis == null ? null : analysis.glossaryIfReady();
        int here = session.paragraph();
        if (glossary == null) {
            message = analysis == null && loading == null && tooLongToAnalyse()
                    ? "No glossary yet: this article is too long to analyse on its own; :glossary builds it."
                    : analysis != null && analysis.failed() ? "Could not build the glossary." : "The glossary is still being built…";
            return Reply.DONE;
        }
        List<GlossaryEntry> entries = glossary.entriesIn(here);
        if (entries.isEmpty()) {
            message = "No glossary terms in ¶" + here + ". :glossary lists the article's.";
            return Reply.DONE;
        }
        return Reply.open(GlossaryOverlay.list("Glossary · ¶" + here, entries, here, session::jumpTo));
    }

    /** Shows a finished search, or how far a long one has got; true when the page changed. */
    private boolean tickSearch() {
        if (searching == null) {
            return false;
        }
        if (!searching.result().isDone()) {
            int total = searching.total().get();
            int percent = total == 0 ? 0 : 100 * searching.done().get() / total;
            if (percent == searching.shownPercent().getAndSet(percent)) {
                return false;
            }
            message = (searching.sliced() ? SLICED_SEARCH : "Searching…") + " " + percent + "% (Esc stops)";
            return true;
        }
        Searching finished = searching;
        searching = null;
        try {
            message = SearchCommand.goToFirst(commands, finished.result().join());
        } catch (CommandException e) {
            message = e.getMessage();
        } catch (java.util.concurrent.CancellationException | java.util.concurrent.CompletionException e) {
            message = finished.cancelled().get() ? "Search stopped."
                    : e.getCause() instanceof SearchTooSlowException tooSlow ? tooSlow.getMessage()
                    : "Search failed: " + e.getMessage();
        }
        return true;
    }

    /** Waits for the rest of a long file and shows it, keeping the place and the marks. */
    private void finishLoading() {
        if (loading == null) {
            return;
        }
        try {
            Document whole = loading.whole();
            loading = null;
            int firstPartSize = document.size();
            show(whole);
            session = session.resizedTo(whole.size());
            if (savedMarks != null) {
                // A saved mark was clamped to the first part's end; unless the reader has moved
                // it since, it goes back where it was saved.
                Map<Character, Position> marks = new HashMap<>(session.marks());
                savedMarks.forEach((letter, mark) -> {
                    Position clamped = mark.paragraph() > firstPartSize ? new Position(firstPartSize, 0) : mark;
                    if (clamped.equals(marks.get(letter))) {
                        marks.put(letter, mark);
                    }
                });
                session.restore(session.position(), marks);
                savedMarks = null;
            }
            if (!whole.notices().isEmpty()) {
                message = String.join(" ", whole.notices());
            }
        } catch (UnreadableDocumentException | RuntimeException e) {
            loading = null;
            message = "Could not read the rest of the article: " + e.getMessage();
        }
    }

    /** Puts start-up notes (keymap problems...) on the status bar. */
    void addNotes(List<String> notes) {
        if (!notes.isEmpty()) {
            message = (message == null ? "" : message + " ") + String.join(" ", notes);
        }
    }

    ReadingSession session() {
        return session;
    }

    /** The article shown (its first part while a long file loads). */
    Document document() {
        return document;
    }

    /** True while the pane and the view are as a new start lays them out (nothing toggled or `set`). */
    boolean laidOutAsAtStart() {
        return paneChoice == null && workspace.view().asAtStart();
    }

    @Override
    public void keepPlace() {
        if (workspace.saver() == null || document.readingKey() == null) {
            return;
        }
        PositionStore.Saved place = placeNow();
        if (!place.equals(keptPlace)) {
            keptPlace = place;
            workspace.saver().moved(document.readingKey(), place);
        }
    }

    /** The place now, each part stamped with the time it last changed (now, if since {@link #keptPlace}). */
    private PositionStore.Saved placeNow() {
        long now = System.currentTimeMillis();
        Position position = session.position();
        long movedAt = position.equals(keptPlace.position()) ? keptPlace.movedAt() : now;
        Map<Character, Position> marks = session.marks();
        Map<Character, Long> setAt = new HashMap<>();
        marks.forEach((letter, mark) -> {
            long time = mark.equals(keptPlace.marks().get(letter)) ? keptPlace.marksSetAt().getOrDefault(letter, 0L) : now;
            if (time != 0) {
                setAt.put(letter, time);
            }
        });
        return new PositionStore.Saved(position, marks, movedAt, setAt);
    }

    @Override
    public String leave() {
        if (store == null || document.readingKey() == null) {
            return null;
        }
        finishLoading(); // marks beyond the first part must not be saved cut short
        keptPlace = placeNow();
        String problem;
        if (workspace.saver() != null) {
            // Through the saver: one write, which takes the place of the one it had waiting.
            workspace.saver().moved(document.readingKey(), keptPlace);
            problem = workspace.saver().flush();
        } else {
            try {
                store.save(document.readingKey(), keptPlace);
                problem = null;
            } catch (IOException e) {
                problem = e.getMessage();
            }
        }
        return problem == null ? null : "could not save the reading position of " + document.readingKey() + ": " + problem;
    }

    // ---- keys

    @Override
    public Reply handle(Key key, Action action) {
        message = null;
        if (analysis != null && !analysis.done()) {
            analysis.keyPressed();
        }
        if (pendingMark != null) {
            return finishMark(key);
        }
        if (action != null && (paneFocus || (action == Action.FOCUS_PANE && entityIndex(false) != null))) {
            Reply reply = handleInPane(action);
            if (reply != null) {
                return reply;
            }
        }
        if (highlighted != null && action == Action.CLOSE) {
            highlighted = null;
            return Reply.DONE;
        }
        if (searching != null && action == Action.CLOSE) {
            searching.cancelled().set(true);
            message = "Search stopped.";
            return Reply.DONE;
        }
        if (action == null) {
            message = "Key " + key + " does nothing here. Press ? for help.";
            return Reply.DONE;
        }
        if (layout.tooSmall() && MOVES.contains(action)) {
            return Reply.DONE; // nothing can be seen to move: keep the place until the terminal grows
        }
        switch (action) {
            case NEXT_PARAGRAPH -> {
                if (session.paragraph() == document.size()) {
                    finishLoading();
                }
                if (!session.next(this)) {
                    message = "End of the article.";
                }
            }
            case PREVIOUS_PARAGRAPH -> {
                if (!session.previous(this)) {
                    message = "Start of the article.";
                }
            }
            case FIRST_PARAGRAPH -> session.first();
            case LAST_PARAGRAPH -> {
                finishLoading();
                session.last();
            }
            case SET_MARK, GO_TO_MARK -> {
                pendingMark = action;
                message = action == Action.SET_MARK ? "Set mark: type a letter" : "Go to mark: type a letter (' for back)";
            }
            case TOGGLE_PANE -> paneChoice = !layout.paneVisible();
            case GLOSSARY -> {
                return openGlossary();
            }
            case TABLE_OF_CONTENTS -> {
                if (loading != null && !loading.loadRest().isDone()) {
                    // A long book's contents need its whole scan: say so rather than freeze the keys.
                    message = "The table of contents is ready once the whole book is read (see loading).";
                    return Reply.DONE;
                }
                return runCommand("toc");
            }
            case SEARCH -> {
                return Reply.ask(new Prompt("/", "search.history", typed -> List.of(),
                        line -> line == null ? Reply.DONE : line.isBlank() ? stepMatch(true) : runCommand("search " + line)));
            }
            case NEXT_MATCH, PREVIOUS_MATCH -> {
                return stepMatch(action == Action.NEXT_MATCH);
            }
            case COMMAND_LINE -> {
                return Reply.ask(new Prompt(":", "commands.history",
                        typed -> workspace.commands().complete(typed, commands), this::runCommand));
            }
            default -> {
                return Reply.UNHANDLED;
            }
        }
        return Reply.DONE;
    }

    private Reply finishMark(Key key) {
        Action action = pendingMark;
        pendingMark = null;
        String name = key.name();
        if (name.codePointCount(0, name.length()) != 1) {
            message = "Cancelled.";
            return Reply.DONE;
        }
        char letter = name.charAt(0);
        if (action == Action.SET_MARK) {
            if (!Character.isLetter(letter)) {
                message = "Marks are letters.";
            } else {
                session.setMark(letter);
                message = "Mark " + letter + " set at ¶" + session.paragraph() + ".";
            }
        } else if (!session.goToMark(letter)) {
            message = letter == '\'' ? "No earlier position yet." : "No mark " + letter + ".";
        }
        return Reply.DONE;
    }

    // ---- the command line

    /** What the command line's commands see of this page. */
    private final CommandTarget commands = new CommandTarget();
    private volatile SearchIndex searchIndex;
    /** The article's entities and glossary, found on another thread after the first screen; null until then. */
    private ArticleAnalysis analysis;
    /** A search running in the background, or null. */
    private Searching searching;

    /** A search under way: its result to come, how far it is, and how to stop it. */
    private record Searching(CompletableFuture<SearchResult> result, AtomicBoolean cancelled, AtomicInteger done,
                             AtomicInteger total, AtomicInteger shownPercent, boolean sliced) {
    }

    /** A very long article keeps no search index (see SlicedSearch): each search reads it all. */
    private static final String SLICED_SEARCH = "Searching the whole article (too long to keep an index)…";
    private SearchResult search;
    private Match currentMatch;
    private boolean quitRequested;
    private Page replacement;
    private Page popup;

    // ---- the entity pane

    private boolean paneFocus;
    private int paneSelected;
    /** The entity whose mentions are highlighted in the text, or null. */
    private Entity highlighted;

    /** Keys while the pane has the focus; null to let the reader handle the key. */
    private Reply handleInPane(Action action) {
        EntityIndex index = entityIndex(false);
        if (index == null) {
            paneFocus = false;
            return null;
        }
        List<EntityPane.Line> lines = EntityPane.lines(index, session.paragraph());
        switch (action) {
            case FOCUS_PANE -> {
                paneFocus = !paneFocus;
                if (paneFocus) {
                    if (!layout.paneVisible()) {
                        paneChoice = true;
                    }
                    paneSelected = EntityPane.move(lines, paneSelected, 0);
                    highlighted = lines.get(paneSelected).entity();
                }
                message = paneFocus ? "Entity pane: j/k select, Enter goes to the next mention, Tab back" : null;
            }
            case NEXT_PARAGRAPH, PREVIOUS_PARAGRAPH -> {
                paneSelected = EntityPane.move(lines, paneSelected, action == Action.NEXT_PARAGRAPH ? 1 : -1);
                highlighted = lines.get(paneSelected).entity();
            }
            case OPEN -> {
                highlighted = lines.get(EntityPane.move(lines, paneSelected, 0)).entity();
                message = JumpCommand.toNextMention(session, highlighted);
                paneSelected = indexOf(EntityPane.lines(index, session.paragraph()), highlighted);
            }
            case CLOSE -> paneFocus = false;
            default -> {
                return null;
            }
        }
        return Reply.DONE;
    }

    private static int indexOf(List<EntityPane.Line> lines, Entity entity) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).entity() != null && lines.get(i).entity().name().equals(entity.name())) {
                return i;
            }
        }
        return 0;
    }

    /** n and N: the next or previous match of the last search, going round the ends. */
    private Reply stepMatch(boolean forward) {
        if (search == null) {
            message = "No search yet: / searches.";
            return Reply.DONE;
        }
        Optional<SearchResult.Step> step = forward ? search.next(currentMatch.paragraph(), currentMatch.start())
                : search.previous(currentMatch.paragraph(), currentMatch.start());
        step.ifPresent(found -> {
            commands.goToMatch(search, found.match());
            message = SearchCommand.describe(found);
        });
        return Reply.DONE;
    }

    private Reply runCommand(String line) {
        if (line == null) {
            return Reply.DONE;
        }
        try {
            message = workspace.commands().run(line, commands);
        } catch (CommandException e) {
            message = e.getMessage();
        }
        if (quitRequested) {
            return Reply.QUIT_ALL;
        }
        if (replacement != null) {
            Page next = replacement;
            replacement = null;
            return Reply.replace(next);
        }
        if (popup != null) {
            Page shown = popup;
            popup = null;
            return Reply.open(shown);
        }
        return Reply.DONE;
    }

    private final class CommandTarget implements ReaderContext {
        @Override
        public dev.lectern.session.ReadLater readingList() {
            return workspace.readingList();
        }

        @Override
        public Document document() {
            finishLoading(); // commands work on the whole article
            return document;
        }

        @Override
        public <T> T shared(String kind, java.util.function.Supplier<T> build) {
            finishLoading();
            return workspace.shared(document, kind, build);
        }

        @Override
        public ReadingSession session() {
            finishLoading();
            return session;
        }

        @Override
        public void open(java.nio.file.Path file) throws CommandException {
            FetchingPage.Arrival coming = workspace.arriving(file);
            if (coming != null) { // a served web library's article not fetched yet
                popup = FetchingPage.overArticle(coming, workspace, note -> message = note);
                return;
            }
            try {
                replacement = new ReaderPage(workspace.open(file), workspace);
            } catch (UnreadableDocumentException e) {
                throw new CommandException(e.getMessage());
            }
        }

        @Override
        public void openWeb(java.net.URI address) throws CommandException {
            if (workspace.fetch() == null) {
                throw new CommandException("Web addresses cannot be opened here.");
            }
            popup = FetchingPage.overArticle(Download.start(address, workspace.fetch()), workspace, note -> message = note);
        }

        @Override
        public void set(String option, String value) throws CommandException {
            switch (option) {
                case "pane" -> paneChoice = switch (value) {
                    case "on" -> Boolean.TRUE;
                    case "off" -> Boolean.FALSE;
                    case "auto" -> null;
                    default -> throw new CommandException("pane is on, off or auto.");
                };
                case "wrap" -> workspace.view().wrapLimit(WrapWidth.parse(value));
                case "theme" -> workspace.view().theme(switch (value) {
                    case "colour", "color" -> Theme.colour();
                    case "mono" -> Theme.monochrome();
                    default -> throw new CommandException("theme is colour or mono.");
                });
                default -> throw new CommandException("No setting '" + option + "': pane, wrap or theme.");
            }
        }

        @Override
        public Map<String, List<String>> settings() {
            Map<String, List<String>> settings = new java.util.LinkedHashMap<>();
            settings.put("pane", List.of("on", "off", "auto"));
            settings.put("wrap", List.of("auto", "60", "72", "80", "100"));
            settings.put("theme", List.of("colour", "mono"));
            return settings;
        }

        @Override
        public void quit() {
            quitRequested = true;
        }

        @Override
        public EntityIndex entities() {
            EntityIndex index = entityIndex(true);
            return index != null ? index : EntityIndex.build(document); // the analysis failed: its error again, or a result
        }

        @Override
        public Glossary glossary() {
            Glossary glossary = analysis(true).glossary();
            return glossary != null ? glossary : Glossary.empty();
        }

        @Override
        public void showGlossary(String title, List<GlossaryEntry> entries, boolean whole) {
            int here = session.paragraph();
            popup = whole ? GlossaryOverlay.entry(entries.get(0), here, session::jumpTo)
                    : GlossaryOverlay.list(title, entries, here, session::jumpTo);
        }

        @Override
        public SearchIndex searchIndex() {
            finishLoading();
            if (searchIndex == null || searchIndex.document() != document) {
                searchIndex = searchIndexOf(document);
            }
            return searchIndex;
        }

        @Override
        public String find(Query query) {
            finishLoading();
            if (searching != null) {
                searching.cancelled().set(true);
            }
            Document searched = document;
            SearchIndex built = searchIndex;
            AtomicBoolean cancelled = new AtomicBoolean();
            AtomicInteger done = new AtomicInteger();
            AtomicInteger total = new AtomicInteger();
            CompletableFuture<SearchResult> result = new CompletableFuture<>();
            boolean sliced = SlicedSearch.isNeededFor(searched);
            Runnable search = () -> {
                try {
                    SearchProgress progress = (d, t) -> {
                        done.set(d);
                        total.set(t);
                    };
                    if (sliced) {
                        result.complete(SlicedSearch.search(searched, query, cancelled::get, progress));
                        return;
                    }
                    SearchIndex index = built != null && built.document() == searched ? built : searchIndexOf(searched);
                    searchIndex = index;
                    result.complete(index.search(query, cancelled::get, progress));
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            };
            ArticleAnalysis running = analysis != null && !analysis.done() ? analysis : null;
            Thread worker = new Thread(() -> {
                if (running == null) {
                    search.run();
                } else {
                    running.giveWay(search);
                }
            }, "lectern-search");
            worker.setDaemon(true);
            worker.start();
            searching = new Searching(result, cancelled, done, total, new AtomicInteger(-1), sliced);
            return sliced ? SLICED_SEARCH : "Searching…";
        }

        @Override
        public void goToMatch(SearchResult result, Match match) {
            search = result;
            currentMatch = match;
            // The paragraph from its start when the match is on its first page, else from the match's line.
            WrappedText lines = wrap(match.paragraph());
            int line = lines.lineAt(match.start());
            int offset = line < Math.max(1, layout.textRows() - 3) ? 0 : lines.start(line);
            session.jumpTo(match.paragraph(), offset);
        }

        @Override
        public void showPicks(String title, List<Pick> picks) {
            popup = new PickListOverlay(title, picks, paragraph -> session.jumpTo(paragraph));
        }

        @Override
        public String showContents(List<Pick> sections) {
            int here = 0; // the section being read is selected, as an e-book reader's contents do
            for (int i = 0; i < sections.size() && sections.get(i).paragraph() <= session.paragraph(); i++) {
                here = i;
            }
            popup = PickListOverlay.compact("Contents", sections, paragraph -> session.jumpTo(paragraph),
                    ContentsCommand.NO_SECTIONS, here);
            return null;
        }
    }

    // ---- layout for the session

    private WrappedText wrap(int paragraph) {
        int width = layout.wrapWidth();
        if (width != wrappedWidth) {
            wrapped.clear();
            wrappedWidth = width;
        }
        return wrapped.computeIfAbsent(paragraph, p -> LineWrapper.wrap(document.paragraph(p).text(), width));
    }

    /**
     * The lines above a paragraph: its section heading; above the first paragraph of an article
     * that names its author, site or date (one from the web), the title with those credits under it.
     */
    private List<String> headingLines(Paragraph paragraph) {
        List<String> lines = new ArrayList<>();
        String credits = paragraph.number() == 1 ? document.metadata().credits() : "";
        if (!credits.isEmpty()) {
            addWrapped(lines, document.title());
            addWrapped(lines, credits);
            if (paragraph.heading() != null) {
                lines.add("");
            }
        }
        if (paragraph.heading() != null) {
            addWrapped(lines, paragraph.heading());
        }
        return lines;
    }

    private void addWrapped(List<String> lines, String text) {
        WrappedText wrappedText = LineWrapper.wrap(text, layout.wrapWidth());
        for (int i = 0; i < wrappedText.lineCount(); i++) {
            lines.add(wrappedText.line(i));
        }
    }

    @Override
    public int lineCount(int paragraph) {
        return wrap(paragraph).lineCount();
    }

    @Override
    public int lineAt(int paragraph, int offset) {
        return wrap(paragraph).lineAt(offset);
    }

    @Override
    public int lineStart(int paragraph, int line) {
        return wrap(paragraph).start(line);
    }

    @Override
    public int pageHeight() {
        int headingRows = headingLines(document.paragraph(session.paragraph())).size();
        return Math.max(1, layout.textRows() - (headingRows == 0 ? 0 : headingRows + 1));
    }

    // ---- drawing

    @Override
    public void draw(Painter painter) {
        int cols = painter.size().getColumns();
        int rows = painter.size().getRows();
        layout = ReaderLayout.of(cols, rows, paneChoice, document.size(), workspace.view().wrapLimit());
        painter.fill(0, 0, cols, rows, Theme.Style.CURRENT_TEXT);
        if (layout.tooSmall()) {
            TooSmallNotice.draw(painter);
            scrolling.startFrame(0, -1);
            return;
        }
        scrolling.startFrame(layout.textRows(), layout.wrapWidth());
        int lastShownOffset = drawText(painter);
        if (layout.paneVisible()) {
            drawPane(painter);
        }
        drawStatus(painter, lastShownOffset);
    }

    private final ScrollingText scrolling = new ScrollingText();

    @Override
    public Scroll scrollBeforeDrawing(com.googlecode.lanterna.TerminalSize size) {
        layout = ReaderLayout.of(size.getColumns(), size.getRows(), paneChoice, document.size(), workspace.view().wrapLimit());
        if (layout.tooSmall()) {
            return null;
        }
        scrolling.startFrame(layout.textRows(), layout.wrapWidth());
        drawText(null); // where each line will be, nothing painted
        return scrolling.scroll();
    }

    /**
     * Draws the current paragraph and those after it; returns the offset just past the current
     * one's last shown line. With no painter, only notes which line goes on which row.
     */
    private int drawText(Painter painter) {
        int row = 0;
        int bottom = layout.textRows();
        int gutter = layout.gutterWidth();
        int width = layout.wrapWidth();
        int current = session.paragraph();
        int currentEnd = 0;
        for (int p = current; p <= document.size() && row < bottom; p++) {
            boolean isCurrent = p == current;
            Paragraph paragraph = document.paragraph(p);
            List<String> headings = headingLines(paragraph);
            for (int k = 0; k < headings.size() && row < bottom; k++, row++) {
                scrolling.showsHeading(row, p, k);
                if (painter != null) {
                    painter.put(gutter, row, headings.get(k), Theme.Style.HEADING, width);
                }
            }
            if (!headings.isEmpty()) {
                row++;
            }
            WrappedText lines = wrap(p);
            int first = isCurrent ? lines.lineAt(session.position().offset()) : 0;
            Theme.Style text = isCurrent ? Theme.Style.CURRENT_TEXT : Theme.Style.TEXT;
            for (int line = first; line < lines.lineCount() && row < bottom; line++, row++) {
                scrolling.showsLine(row, p, line);
                if (isCurrent) {
                    currentEnd = lines.end(line);
                }
                if (painter == null) {
                    continue;
                }
                if (line == first) {
                    String number = Integer.toString(p);
                    painter.put(gutter - 1 - number.length(), row, number,
                            isCurrent ? Theme.Style.CURRENT_NUMBER : Theme.Style.NUMBER, number.length());
                }
                if (isCurrent) {
                    painter.put(0, row, "│", Theme.Style.BORDER, 1);
                }
                painter.put(gutter, row, lines.line(line), text, width);
                highlightMatches(painter, p, lines, line, row);
            }
            row++;
        }
        return currentEnd;
    }

    /** Draws the search matches and the selected entity's mentions on one screen line of paragraph {@code p}. */
    private void highlightMatches(Painter painter, int p, WrappedText lines, int line, int row) {
        Glossary glossary = analysis == null ? null : analysis.glossaryIfReady();
        if (glossary != null) {
            Theme.Style term = p == session.paragraph() ? Theme.Style.CURRENT_TERM : Theme.Style.TERM;
            for (TermOccurrence use : glossary.occurrencesIn(p)) {
                highlight(painter, p, lines, line, row, use.start(), use.end(), term);
            }
        }
        if (search != null) {
            for (Match match : search.in(p)) {
                highlight(painter, p, lines, line, row, match.start(), match.end(), Theme.Style.MATCH);
            }
        }
        if (highlighted != null) {
            for (Mention mention : highlighted.occurrences()) {
                if (mention.paragraph() == p) {
                    highlight(painter, p, lines, line, row, mention.start(), mention.end(), Theme.Style.SELECTED);
                }
            }
        }
    }

    private void highlight(Painter painter, int p, WrappedText lines, int line, int row, int from, int to, Theme.Style style) {
        String text = document.paragraph(p).text();
        int lineStart = lines.start(line);
        int start = Math.max(from, lineStart);
        int end = Math.min(to, lines.end(line));
        if (start < end) {
            int column = layout.gutterWidth() + DisplayWidth.of(text, lineStart, start);
            painter.put(column, row, text.substring(start, end), style, layout.wrapWidth() - (column - layout.gutterWidth()));
        }
    }

    private void drawPane(Painter painter) {
        int left = layout.textAreaWidth();
        for (int row = 0; row < layout.textRows(); row++) {
            painter.put(left, row, "│", Theme.Style.BORDER, 1);
        }
        int width = layout.paneWidth() - 2;
        int bottom = layout.textRows();
        EntityIndex index = entityIndex(false);
        if (index == null) {
            painter.put(left + 2, 0, "Entities", Theme.Style.PANE_TITLE, width);
            String state = analysis != null && analysis.failed() ? "Could not analyse."
                    : loading == null && analysis == null && tooLongToAnalyse()
                    ? "Not analysed on its own: too long (over 12 MB). :entities or :glossary analyse it." : "analysing…";
            int row = 2;
            WrappedText lines = LineWrapper.wrap(state, width);
            for (int i = 0; i < lines.lineCount() && row < bottom; i++) {
                painter.put(left + 2, row++, lines.line(i), Theme.Style.TEXT, width);
            }
            return;
        }
        List<EntityPane.Line> lines = EntityPane.lines(index, session.paragraph());
        if (paneFocus) {
            paneSelected = EntityPane.move(lines, paneSelected, 0);
        }
        EntityPane.draw(painter, left + 2, 0, width, bottom, lines, paneSelected, paneFocus);
    }

    private void drawStatus(Painter painter, int currentEnd) {
        int row = layout.statusRow();
        int cols = layout.columns();
        painter.fill(0, row, cols, 1, Theme.Style.STATUS);
        int current = session.paragraph();
        long total = Math.max(1, document.charsBefore(document.size() + 1));
        long read = document.charsBefore(current) + currentEnd;
        int percent = (int) Math.min(100, Math.round(100.0 * read / total));
        String analysing = analysis != null && !analysis.done() && !analysis.failed()
                ? "analysing " + analysis.percent() + "% · " : "";
        String right = analysing + (loading == null ? "¶ " + current + "/" + document.size() + "  " + percent + "% "
                : "¶ " + current + "/…  loading ");
        int rightWidth = right.length();
        painter.put(cols - rightWidth, row, right, Theme.Style.STATUS, rightWidth);
        int room = cols - rightWidth - 2;
        String left = document.title();
        if (message == null) {
            Section section = document.sectionAt(current);
            left = titleAndSection(left, section == null ? null : section.title(), room);
        } else {
            int titleRoom = Math.max(12, room - DisplayWidth.of(message) - 3);
            left = Painter.shorten(left, titleRoom) + " · " + message;
        }
        painter.put(1, row, Painter.shorten(left, room), Theme.Style.STATUS, room);
    }

    /**
     * "Title › Section" in {@code room} columns: the section being read is what a narrow bar
     * keeps, so the title is shortened first, then both; with no room for two, the section alone.
     */
    static String titleAndSection(String title, String section, int room) {
        if (section == null) {
            return Painter.shorten(title, room);
        }
        String between = " › ";
        int sectionWidth = DisplayWidth.of(section);
        int titleRoom = room - between.length() - sectionWidth;
        if (titleRoom >= Math.min(DisplayWidth.of(title), 6)) {
            return Painter.shorten(title, titleRoom) + between + section;
        }
        if (room >= 30) {
            int sectionRoom = room * 2 / 3;
            return Painter.shorten(title, room - between.length() - sectionRoom) + between + Painter.shorten(section, sectionRoom);
        }
        return Painter.shorten(section, room);
    }
}
