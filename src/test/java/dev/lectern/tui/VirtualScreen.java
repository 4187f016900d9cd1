package dev.lectern.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lectern.command.ReaderCommands;
import dev.lectern.keymap.Keymap;
import dev.lectern.session.PlaceSaver;
import dev.lectern.session.PositionStore;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The reader app on Lanterna's virtual terminal: type keys, read the text grid. */
final class VirtualScreen {
    final DefaultVirtualTerminal terminal;
    final TerminalScreen screen;
    final ReaderApp app;
    /** Lines the command line will be answered with, in order; an empty queue cancels. */
    final Deque<String> answers = new ArrayDeque<>();
    final List<String> prompts = new ArrayList<>();

    VirtualScreen(int columns, int rows, PositionStore store, Function<Workspace, Page> first, Theme theme)
            throws IOException {
        this(columns, rows, store, null, first, theme, null);
    }

    VirtualScreen(int columns, int rows, PositionStore store, Function<Workspace, Page> first, Theme theme,
                  dev.lectern.doc.FetchSettings fetch) throws IOException {
        this(columns, rows, store, null, first, theme, fetch);
    }

    VirtualScreen(int columns, int rows, PositionStore store, dev.lectern.session.ReadingList readingList,
                  Function<Workspace, Page> first, Theme theme) throws IOException {
        this(columns, rows, store, readingList, first, theme, null);
    }

    /**
     * {@code readingList} is where {@code :save} keeps articles and the library removes them;
     * {@code fetch} says how web addresses are fetched; either may be null.
     */
    VirtualScreen(int columns, int rows, PositionStore store, dev.lectern.session.ReadingList readingList,
                  Function<Workspace, Page> first, Theme theme, dev.lectern.doc.FetchSettings fetch) throws IOException {
        this(columns, rows, store, readingList, first, theme, fetch, Repertoire.UNICODE);
    }

    /** {@code repertoire}: what the terminal shows (its locale and type). */
    VirtualScreen(int columns, int rows, PositionStore store, dev.lectern.session.ReadingList readingList,
                  Function<Workspace, Page> first, Theme theme, dev.lectern.doc.FetchSettings fetch,
                  Repertoire repertoire) throws IOException {
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        screen = new FrameScreen(terminal);
        screen.startScreen();
        ViewSettings view = new ViewSettings(theme, repertoire);
        Workspace workspace = new Workspace(store, view, ReaderCommands.standard(), fetch, readingList);
        if (workspace.saver() != null) {
            SAVERS.add(workspace.saver());
        }
        app = new ReaderApp(screen, Keymap.defaults(), view, prompt -> {
            prompts.add(prompt.label());
            return answers.poll();
        }, first.apply(workspace));
        app.render();
    }

    /** The savers of every screen made, whose writes a test must let finish before its files go. */
    private static final List<PlaceSaver> SAVERS = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Writes what the screens' savers hold now (an @AfterEach: a late write would race the temporary directory's removal). */
    static void finishSaving() {
        SAVERS.forEach(PlaceSaver::flush);
        SAVERS.clear();
    }

    /** {@code store} keeps reading positions; null keeps none. */
    VirtualScreen(int columns, int rows, PositionStore store, Function<Workspace, Page> first) throws IOException {
        this(columns, rows, store, first, Theme.colour());
    }

    /** Types ":" and answers the command line with {@code line}. */
    VirtualScreen command(String line) throws IOException {
        answers.add(line);
        return type(":");
    }

    /** Types characters, one key each, rendering after each as the real loop does. */
    VirtualScreen type(String keys) throws IOException {
        for (char c : keys.toCharArray()) {
            press(new KeyStroke(c, false, false));
        }
        return this;
    }

    VirtualScreen press(KeyType type) throws IOException {
        return press(new KeyStroke(type));
    }

    /** Presses a key, then lets background work (a search) finish, as the screen loop would. */
    VirtualScreen press(KeyStroke stroke) throws IOException {
        app.press(stroke);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (app.busy() && System.nanoTime() < deadline) {
            app.tick();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        app.render();
        return this;
    }

    VirtualScreen resize(int columns, int rows) throws IOException {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        app.invalidate();
        app.render();
        return this;
    }

    TextCharacter cell(int column, int row) {
        return terminal.getCharacter(column, row);
    }

    /** One row as text; a wide character is read once, not once per column. */
    String row(int row) {
        StringBuilder out = new StringBuilder();
        int columns = terminal.getTerminalSize().getColumns();
        for (int column = 0; column < columns; column++) {
            TextCharacter cell = cell(column, row);
            out.append(cell.getCharacterString());
            if (cell.isDoubleWidth()) {
                column++;
            }
        }
        return out.toString();
    }

    List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < terminal.getTerminalSize().getRows(); row++) {
            rows.add(row(row));
        }
        return rows;
    }

    String text() {
        return String.join("\n", rows());
    }

    String statusBar() {
        return row(terminal.getTerminalSize().getRows() - 1);
    }
}
