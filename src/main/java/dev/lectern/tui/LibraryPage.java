package dev.lectern.tui;

import dev.lectern.doc.Library;
import dev.lectern.keymap.Key;
import dev.lectern.session.Action;
import dev.lectern.session.PositionStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/** The articles of a directory with their language, length and how far they have been read. */
final class LibraryPage implements Page {
    private final String title;
    private final List<Library.Entry> entries;
    private final Workspace workspace;
    private final PositionStore store;
    private int selected;
    private int scroll;
    private String message;
    /** Progress figures read from the store, refreshed after an article was opened. */
    private final Map<Path, String> progress = new HashMap<>();

    LibraryPage(String title, List<Library.Entry> entries, Workspace workspace) {
        this.title = title;
        this.entries = entries;
        this.workspace = workspace;
        this.store = workspace.store();
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
        if (action == null) {
            message = "Key " + key + " does nothing here. Press ? for help.";
            return Reply.DONE;
        }
        switch (action) {
            case NEXT_PARAGRAPH -> selected = Math.min(entries.size() - 1, selected + 1);
            case PREVIOUS_PARAGRAPH -> selected = Math.max(0, selected - 1);
            case FIRST_PARAGRAPH -> selected = 0;
            case LAST_PARAGRAPH -> selected = entries.size() - 1;
            case OPEN -> {
                Library.Entry entry = entries.get(selected);
                if (!entry.readable()) {
                    message = entry.problem();
                    return Reply.DONE;
                }
                progress.clear();
                return Reply.open(new ReaderPage(entry.document(), workspace));
            }
            default -> {
                return Reply.UNHANDLED;
            }
        }
        return Reply.DONE;
    }

    @Override
    public void draw(Painter painter) {
        if (TooSmallNotice.applies(painter)) {
            TooSmallNotice.draw(painter);
            return;
        }
        int cols = painter.size().getColumns();
        int rows = painter.size().getRows();
        painter.fill(0, 0, cols, rows, Theme.Style.CURRENT_TEXT);
        painter.put(1, 0, "Library · " + title, Theme.Style.PANE_TITLE, cols - 2);
        int titleWidth = Math.max(10, cols - 26);
        String header = String.format("%-" + titleWidth + "s %5s %6s %6s", "Title", "Lang", "¶", "Read");
        painter.put(1, 2, header, Theme.Style.HEADING, cols - 2);
        int listTop = 3;
        int listRows = Math.max(1, rows - listTop - 1);
        if (selected < scroll) {
            scroll = selected;
        } else if (selected >= scroll + listRows) {
            scroll = selected - listRows + 1;
        }
        for (int i = 0; i < listRows && scroll + i < entries.size(); i++) {
            int index = scroll + i;
            Library.Entry entry = entries.get(index);
            Theme.Style style = index == selected ? Theme.Style.SELECTED : Theme.Style.CURRENT_TEXT;
            int row = listTop + i;
            if (index == selected) {
                painter.fill(0, row, cols, 1, style);
            }
            if (entry.readable()) {
                painter.put(1, row, Painter.shorten(entry.document().title(), titleWidth), style, titleWidth);
                String figures = String.format(" %5s %6d %6s", entry.document().language().code(),
                        entry.document().size(), progress.computeIfAbsent(entry.file(), f -> progress(entry)));
                painter.put(1 + titleWidth, row, figures, style, cols - titleWidth - 2);
            } else {
                String line = entry.file().getFileName() + ": " + entry.problem();
                painter.put(1, row, Painter.shorten(line, cols - 2), index == selected ? style : Theme.Style.TEXT, cols - 2);
            }
        }
        painter.fill(0, rows - 1, cols, 1, Theme.Style.STATUS);
        String status = message != null ? message : entries.size() + " articles · Enter opens · ? help · q quits";
        painter.put(1, rows - 1, Painter.shorten(status, cols - 2), Theme.Style.STATUS, cols - 2);
    }

    /**
     * Percent read from the saved position, counted in characters through the end of the saved
     * paragraph as the reader's status bar counts them; a dash when never opened.
     */
    private String progress(Library.Entry entry) {
        if (store == null) {
            return "-";
        }
        try {
            PositionStore.Saved saved = store.load(entry.document().readingKey());
            if (saved == null) {
                return "-";
            }
            int paragraph = Math.min(saved.position().paragraph(), entry.document().size());
            long read = entry.document().charsBefore(paragraph + 1);
            long total = entry.document().charsBefore(entry.document().size() + 1);
            return Math.round(100.0 * read / Math.max(1, total)) + "%";
        } catch (IOException e) {
            return "?";
        }
    }
}
