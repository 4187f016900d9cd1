package dev.lectern.tui;

import dev.lectern.doc.Library;
import dev.lectern.keymap.Key;
import dev.lectern.session.Action;
import dev.lectern.session.PositionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.lectern.doc.Document;
import dev.lectern.layout.DisplayWidth;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The articles of a directory and of the reading list, with their site, language, length, how
 * far they have been read and when they were saved. {@code /} filters the list by title;
 * {@code D} removes a saved article once the reader says yes. A listing that can change under
 * the reader (a served reader's saves, a web library filling) is asked again whenever the reader
 * comes back from an article and after a removal.
 */
final class LibraryPage implements Page {
    private final String title;
    private List<Library.Entry> entries;
    /** Lists the articles again; null for a listing that only changes here (the local one). */
    private final Callable<List<Library.Entry>> again;
    /** An article was opened since the listing was made: list again when shown. */
    private boolean stale;
    /** The copies of a served web library's articles not fetched when the list was made, looked for once a second. */
    private List<Path> awaited = List.of();
    /** When the next look for them is due. */
    private long nextLook;
    private final Workspace workspace;
    private final PositionStore store;
    /** The entries shown: those whose title holds the filter, in the library's order. */
    private List<Library.Entry> shown;
    private String filter = "";
    /** The saved article waiting for a yes or no before it is removed; null when none. */
    private Library.Entry removing;
    private int selected;
    private int scroll;
    private String message;
    /** Progress figures read from the store, refreshed after an article was opened. */
    private final Map<Path, String> progress = new HashMap<>();

    LibraryPage(String title, List<Library.Entry> entries, Workspace workspace) {
        this(title, entries, workspace, null);
    }

    LibraryPage(String title, List<Library.Entry> entries, Workspace workspace, Callable<List<Library.Entry>> again) {
        this.title = title;
        this.again = again;
        this.entries = new ArrayList<>(entries);
        this.workspace = workspace;
        this.store = workspace.store();
        this.shown = List.copyOf(entries);
        this.awaited = again == null ? List.of() : notFetched();
    }

    /** Puts start-up notes (keymap problems...) on the status bar. */
    void addNotes(List<String> notes) {
        if (!notes.isEmpty()) {
            message = String.join(" ", notes);
        }
    }

    @Override
    public Reply handle(Key key, Action action) {
        message = null;
        if (removing != null) {
            return answerRemoval(key);
        }
        if (action == null) {
            message = "Key " + key + " does nothing here. Press ? for help.";
            return Reply.DONE;
        }
        switch (action) {
            case NEXT_PARAGRAPH -> selected = Math.min(shown.size() - 1, selected + 1);
            case PREVIOUS_PARAGRAPH -> selected = Math.max(0, selected - 1);
            case FIRST_PARAGRAPH -> selected = 0;
            case LAST_PARAGRAPH -> selected = shown.size() - 1;
            case SEARCH -> {
                return Reply.ask(new Prompt("/", "library.history", typed -> List.of(), this::filterBy));
            }
            case CLOSE -> {
                if (filter.isEmpty()) {
                    return Reply.UNHANDLED;
                }
                filterBy("");
            }
            case REMOVE_ARTICLE -> askRemoval();
            case OPEN -> {
                if (shown.isEmpty()) {
                    return Reply.DONE;
                }
                Library.Entry entry = shown.get(selected);
                FetchingPage.Arrival coming = entry.readable() ? null : workspace.arriving(entry.file());
                if (coming != null) { // a served web library's article not fetched yet: wait for it here
                    stale = again != null;
                    return Reply.open(FetchingPage.overLibrary(coming, workspace, note -> message = note));
                }
                if (!entry.readable()) {
                    message = entry.problem();
                    return Reply.DONE;
                }
                progress.clear();
                stale = again != null;
                return Reply.open(new ReaderPage(workspace.open(entry), workspace));
            }
            default -> {
                return Reply.UNHANDLED;
            }
        }
        return Reply.DONE;
    }

    /** The copies of a served web library's articles not fetched when the list was made. */
    private List<Path> notFetched() {
        if (workspace.web() == null) {
            return List.of();
        }
        return entries.stream().filter(entry -> !entry.readable() && entry.file() != null && !Files.exists(entry.file()))
                .map(Library.Entry::file).toList();
    }

    /** A served web library's articles arrive while the list is shown: once a second, look whether one has. */
    @Override
    public boolean tick() {
        if (again == null || awaited.isEmpty() || System.nanoTime() < nextLook) {
            return false;
        }
        nextLook = System.nanoTime() + 1_000_000_000L;
        if (awaited.stream().anyMatch(Files::isRegularFile)) {
            listAgain();
            return true;
        }
        return false;
    }

    /** Shows only the entries whose title holds {@code text} (case and accents ignored); empty shows all. */
    private Reply filterBy(String text) {
        if (text == null) {
            return Reply.DONE; // Esc at the prompt: the filter stays as it was
        }
        filter = text.strip();
        String wanted = folded(filter);
        shown = entries.stream().filter(e -> wanted.isEmpty() || folded(label(e)).contains(wanted)).toList();
        selected = 0;
        scroll = 0;
        if (shown.isEmpty()) {
            message = "No title holds \u201c" + filter + "\u201d. Esc shows them all.";
        }
        return Reply.DONE;
    }

    private void askRemoval() {
        if (shown.isEmpty()) {
            return;
        }
        Library.Entry entry = shown.get(selected);
        if (!entry.saved() || workspace.readingList() == null) {
            message = "Only articles of the reading list can be removed here.";
            return;
        }
        removing = entry;
    }

    private Reply answerRemoval(Key key) {
        Library.Entry entry = removing;
        removing = null;
        if (!key.name().equals("y") && !key.name().equals("Y")) {
            message = "Kept.";
            return Reply.DONE;
        }
        try {
            workspace.readingList().remove(entry);
        } catch (IOException e) {
            message = "Could not remove " + entry.file().getFileName() + ": " + e.getMessage();
            return Reply.DONE;
        }
        if (again != null) {
            listAgain();
        } else {
            entries.remove(entry);
            filterBy(filter);
        }
        message = "Removed \u201c" + Painter.shorten(label(entry), 40) + "\u201d from the reading list.";
        return Reply.DONE;
    }

    /**
     * The articles listed again, the filter applied, the same article selected when it is still
     * shown; when they cannot be listed, the old listing stays and the status bar says why.
     */
    private void listAgain() {
        stale = false;
        List<Library.Entry> listed;
        try {
            listed = again.call();
        } catch (Exception e) { // the state or the library unreachable: the reader keeps the old list
            message = "Could not list the library again: " + e.getMessage();
            return;
        }
        Path was = shown.isEmpty() ? null : shown.get(Math.min(selected, shown.size() - 1)).file();
        int at = selected;
        entries = new ArrayList<>(listed);
        awaited = notFetched();
        progress.clear();
        String kept = message;
        filterBy(filter);
        message = kept;
        selected = Math.max(0, Math.min(at, shown.size() - 1));
        for (int i = 0; i < shown.size(); i++) {
            if (java.util.Objects.equals(shown.get(i).file(), was)) {
                selected = i;
                break;
            }
        }
    }

    private static String label(Library.Entry entry) {
        return entry.readable() ? entry.document().title() : entry.file().getFileName().toString();
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    @Override
    public void draw(Painter painter) {
        if (stale) {
            listAgain(); // back from an article, which may have been saved
        }
        if (TooSmallNotice.applies(painter)) {
            TooSmallNotice.draw(painter);
            return;
        }
        int cols = painter.size().getColumns();
        int rows = painter.size().getRows();
        painter.fill(0, 0, cols, rows, Theme.Style.CURRENT_TEXT);
        String heading = "Library \u00b7 " + title + (filter.isEmpty() ? "" : " \u00b7 titles with \u201c" + filter + "\u201d");
        painter.put(1, 0, heading, Theme.Style.PANE_TITLE, cols - 2);
        // Site and saved date only where there is room: the title matters most on a narrow screen.
        boolean wide = cols >= 80;
        int figuresWidth = wide ? 25 + 30 : 25;
        int titleWidth = Math.max(10, cols - figuresWidth - 1);
        String header = String.format("%-" + titleWidth + "s", "Title")
                + (wide ? String.format(" %-18s", "Site") : "") + String.format(" %5s %6s %6s", "Lang", "\u00b6", "Read")
                + (wide ? String.format(" %10s", "Saved") : "");
        painter.put(1, 2, header, Theme.Style.HEADING, cols - 2);
        int listTop = 3;
        int listRows = Math.max(1, rows - listTop - 1);
        if (selected < scroll) {
            scroll = selected;
        } else if (selected >= scroll + listRows) {
            scroll = selected - listRows + 1;
        }
        for (int i = 0; i < listRows && scroll + i < shown.size(); i++) {
            int index = scroll + i;
            Library.Entry entry = shown.get(index);
            Theme.Style style = index == selected ? Theme.Style.SELECTED : Theme.Style.CURRENT_TEXT;
            int row = listTop + i;
            if (index == selected) {
                painter.fill(0, row, cols, 1, style);
            }
            if (entry.readable()) {
                Document document = entry.document();
                painter.put(1, row, Painter.shorten(document.title(), titleWidth), style, titleWidth);
                String site = document.metadata().siteName() != null ? document.metadata().siteName() : "";
                String figures = (wide ? " " + pad(Painter.shorten(site, 18), 18) : "")
                        + String.format(" %5s %6d %6s", document.language().code(), document.size(),
                                progress.computeIfAbsent(entry.file(), f -> progress(entry)))
                        + (wide ? String.format(" %10s", savedDate(entry)) : "");
                painter.put(1 + titleWidth, row, figures, style, cols - titleWidth - 2);
            } else {
                // A web library's copies are named by digests, which mean nothing to the reader: its problems name the address.
                String line = (workspace.web() == null ? entry.file().getFileName() + ": " : "") + entry.problem();
                painter.put(1, row, Painter.shorten(line, cols - 2), index == selected ? style : Theme.Style.TEXT, cols - 2);
            }
        }
        painter.fill(0, rows - 1, cols, 1, Theme.Style.STATUS);
        String status;
        if (removing != null) {
            status = "Remove from the reading list (y/n)? \u201c" + label(removing) + "\u201d";
        } else if (message != null) {
            status = message;
        } else {
            String count = filter.isEmpty() ? entries.size() + " articles" : shown.size() + " of " + entries.size() + " articles";
            status = count + " \u00b7 Enter opens \u00b7 / filters \u00b7 ? help \u00b7 q quits";
        }
        painter.put(1, rows - 1, Painter.shorten(status, cols - 2), Theme.Style.STATUS, cols - 2);
    }

    /** The column cut to its width, padded by display width (a wide character takes two). */
    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - DisplayWidth.of(text)));
    }

    private static String savedDate(Library.Entry entry) {
        return entry.savedAt() == null || entry.savedAt().equals(java.time.Instant.EPOCH) ? "" : LocalDate.ofInstant(entry.savedAt(), ZoneId.systemDefault()).toString();
    }

    /** Percent read from the saved position; a dash when never opened. */
    private String progress(Library.Entry entry) {
        if (store == null) {
            return "-";
        }
        try {
            Integer percent = store.percentRead(entry.document());
            return percent == null ? "-" : percent + "%";
        } catch (IOException e) {
            return "?";
        }
    }
}
