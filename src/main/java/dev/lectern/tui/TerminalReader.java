package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.lectern.doc.Download;
import dev.lectern.doc.Library;
import dev.lectern.doc.Opening;
import dev.lectern.session.PlaceSaver;
import dev.lectern.session.StartTrace;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;

/**
 * The full-screen reader on one terminal: the system terminal locally, an SSH channel's in
 * {@code lectern serve}. It owns that terminal's keyboard thread, screen, prompter and pages
 * and nothing process-wide: its signals (resize, Ctrl-C, Ctrl-Z) are the terminal's own
 * handlers; what ends the process (SIGTERM, a crash on another thread) belongs to its face,
 * which asks it to {@link #stop}. It runs once, on the caller's thread, until its last page
 * closes, and gives the terminal back in raw mode's stead; closing the terminal is the face's.
 */
public final class TerminalReader {
    /** How the reading ended. */
    public enum Ending {
        /** The reader quit (q, or Ctrl-C). */
        QUIT,
        /** {@link #stop} was called. */
        STOPPED,
        /** The terminal went away: its input ended or a write to it failed. */
        HUNG_UP
    }

    /**
     * What Ctrl-Z does where the process has a shell to go back to: stops the process and
     * returns once it is continued. The screen is given back before and taken again after.
     */
    interface Suspension {
        void stopProcess() throws IOException;
    }

    private final Terminal terminal;
    private final ReaderEnvironment environment;
    private final KeyboardInput input;
    private final Suspension suspension;
    private final JLineTerminalBridge bridge;
    private final Workspace workspace;
    private final AtomicBoolean resized = new AtomicBoolean();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicBoolean interrupted = new AtomicBoolean();
    private final AtomicBoolean suspend = new AtomicBoolean();
    private volatile Ending ending = Ending.QUIT;
    private volatile String goodbye;
    private volatile boolean screenGivenBack = true;
    private BiConsumer<ReaderApp, TerminalScreen> lastFrame;

    private TerminalReader(Terminal terminal, ReaderEnvironment environment, KeyboardInput input, Suspension suspension)
            throws IOException {
        this.terminal = terminal;
        this.environment = environment;
        this.input = input;
        this.suspension = suspension;
        SystemTerminal.noInfocmpForDumb();
        this.bridge = new JLineTerminalBridge(terminal, input); // raw mode from here on
        this.workspace = new Workspace(environment.places,
                new ViewSettings(themeFor(terminal, environment), Repertoire.of(environment.environment)),
                environment.commands, environment.fetch, environment.readingList, environment.documents, environment.web);
    }

    /** On the process's own tty, whose keys are read from standard input without reading ahead. */
    static TerminalReader onTty(Terminal system, ReaderEnvironment environment, Suspension suspension) throws IOException {
        return new TerminalReader(system, environment, new KeyboardInput(), suspension);
    }

    /**
     * On a terminal of its own (built over an SSH channel's streams), whose keys come through
     * its input; Ctrl-Z does nothing, as there is no shell to go back to.
     */
    public static TerminalReader on(Terminal terminal, ReaderEnvironment environment) throws IOException {
        TerminalReader reader = new TerminalReader(terminal, environment, KeyboardInput.of(terminal), null);
        reader.bridge.withoutShutdownHook();
        return reader;
    }

    /** Reads an article; returns warnings to show once the screen is gone. */
    public List<String> readArticle(Opening opening) throws IOException {
        return run(workspace -> {
            ReaderPage page = new ReaderPage(opening, workspace);
            page.addNotes(environment.startNotes);
            return page;
        });
    }

    /** Shows the fetch of a web address, then its article. */
    public List<String> readWeb(Download download) throws IOException {
        return run(workspace -> FetchingPage.atStart(download, workspace));
    }

    /**
     * Shows article {@code number} of the served web library being fetched (Esc stops waiting),
     * then the article. When it does not come (it cannot be fetched, or the reader stopped
     * waiting), the exception says why once the screen is gone.
     */
    public List<String> readWhenFetched(dev.lectern.doc.WebLibrary web, int number)
            throws IOException, dev.lectern.doc.UnreadableDocumentException {
        FetchingPage.Arrival arrival = FetchingPage.copyOf(web, number);
        List<String> warnings = run(workspace -> FetchingPage.atStart(arrival, workspace));
        if (arrival.isDone()) {
            arrival.document(); // throws when it failed; read already when it came
        }
        return warnings;
    }

    /** Shows a library; Enter opens an article. */
    public List<String> browse(String title, List<Library.Entry> entries) throws IOException {
        return browse(title, entries, null);
    }

    /**
     * Shows a library whose articles are listed again by {@code again} each time the reader comes
     * back to it and after a removal (a served reader's saves, a web library's fetches change them);
     * {@code entries} are the first listing.
     */
    public List<String> browse(String title, List<Library.Entry> entries, java.util.concurrent.Callable<List<Library.Entry>> again)
            throws IOException {
        return run(workspace -> {
            LibraryPage page = new LibraryPage(title, entries, workspace, again);
            page.addNotes(environment.startNotes);
            return page;
        });
    }

    /**
     * Asks the reader to stop, from any thread and at once: the loop closes every page (which
     * saves the places), gives the screen back, and shows {@code goodbye} (one line, or null
     * for none) below what the terminal showed before.
     */
    public void stop(String goodbye) {
        this.goodbye = goodbye;
        if (ending == Ending.QUIT) {
            ending = Ending.STOPPED;
        }
        stop.set(true);
        input.end();
        input.wake();
    }

    /** The terminal's size changed (the face has set its new size): the screen follows. */
    public void resized() {
        terminal.raise(Terminal.Signal.WINCH);
    }

    public Ending ending() {
        return ending;
    }

    /** False when the screen could not be left in order (the terminal broke): the face may try harder. */
    boolean screenGivenBack() {
        return screenGivenBack;
    }

    /** Holds the latest places outside the screen's lock (null when nothing is kept). */
    PlaceSaver saver() {
        return workspace.saver();
    }

    /** Writes the places the saver holds; null, or what went wrong. */
    public String savePlaces() {
        return workspace.saver() == null ? null : workspace.saver().flush();
    }

    /** The local face keeps the last frame for the launcher's instant screen (see {@link LastFrame}). */
    void keepLastFrameWith(BiConsumer<ReaderApp, TerminalScreen> keeper) {
        this.lastFrame = keeper;
    }

    private List<String> run(Function<Workspace, Page> firstPage) throws IOException {
        TerminalScreen screen = null;
        JLinePrompter prompter = null;
        List<String> warnings;
        try {
            screen = new FrameScreen(bridge);
            screenGivenBack = false;
            prompter = new JLinePrompter(terminal, input, screen, environment.history);
            ReaderApp app = new ReaderApp(screen, environment.keymap, workspace.view(), prompter, firstPage.apply(workspace));
            JLinePrompter editor = prompter;
            editor.redrawBehindWith(() -> {
                app.invalidate();
                try {
                    app.render();
                } catch (IOException e) {
                    // the terminal is going: the loop finds out at its next step
                }
            });
            terminal.handle(Terminal.Signal.WINCH, signal -> {
                bridge.sizeChanged();
                editor.sizeChanged();
                resized.set(true);
                input.wake();
            });
            terminal.handle(Terminal.Signal.INT, signal -> interrupt());
            terminal.handle(Terminal.Signal.TSTP, signal -> {
                if (suspension != null) {
                    suspend.set(true);
                    input.wake();
                }
            });
            loopUntilGone(app, screen);
            if (lastFrame != null) {
                lastFrame.accept(app, screen); // before the screen is given back
            }
            warnings = app.warnings();
        } finally {
            // Each step runs even if one before it fails: a hung-up terminal fails them all, and
            // a jar replaced under the reader fails any class not loaded yet (so no lambdas here).
            input.close();
            try {
                if (screen != null) {
                    screen.stopScreen(false); // not drained: keys typed after q are the shell's, as with less
                    bridge.flush();
                    screenGivenBack = true;
                }
            } catch (IOException | RuntimeException | LinkageError failed) {
                // the face writes the bytes that leave the alternate screen
            }
            try {
                if (prompter != null) {
                    prompter.close();
                }
            } catch (RuntimeException | LinkageError failed) {
                // it only ever drew through the real terminal
            }
            sayGoodbye();
            try {
                bridge.close();
            } catch (IOException | RuntimeException | LinkageError failed) {
                // the face restores what it can
            }
        }
        return warnings;
    }

    private void sayGoodbye() {
        String line = goodbye;
        if (line == null || !screenGivenBack || ending == Ending.HUNG_UP) {
            return;
        }
        try {
            PrintWriter out = terminal.writer();
            out.print(line.replaceAll("\\p{Cntrl}", "?"));
            out.print("\r\n");
            out.flush();
        } catch (RuntimeException | java.io.IOError gone) {
            // nobody left to read it
        }
    }

    /**
     * Ctrl-C as a signal: the loop first offers it to the top page (a fetch stops, the reader
     * goes on). When the loop cannot take it within a moment, because the line editor holds the
     * keyboard, the reader stops, so that nothing waits on an open prompt.
     */
    private void interrupt() {
        interrupted.set(true);
        input.wake();
        Thread unanswered = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            if (interrupted.get()) {
                stop.set(true);
                input.end();
                input.wake();
            }
        }, "lectern-interrupt");
        unanswered.setDaemon(true);
        unanswered.start();
    }

    /**
     * The loop, and a terminal that goes away under it: a write that fails (or JLine's IOError)
     * means the link is gone, so the places are saved and the reader leaves as on a hang-up.
     */
    private void loopUntilGone(ReaderApp app, TerminalScreen screen) {
        try {
            loop(app, screen);
        } catch (IOException | java.io.IOError gone) {
            ending = Ending.HUNG_UP;
            input.end();
            app.quitAll();
        }
    }

    private void loop(ReaderApp app, TerminalScreen screen) throws IOException {
        screen.startScreen();
        app.render();
        StartTrace.mark("first frame sent");
        while (!app.finished()) {
            // Ctrl-C stops a fetch under way; otherwise, as SIGTERM, it saves and quits.
            if (stop.get() || interrupted.getAndSet(false) && !app.interrupt()) {
                app.quitAll();
                break;
            }
            boolean changed = false;
            KeyStroke stroke;
            while (!app.finished() && (stroke = screen.pollInput()) != null) {
                app.press(stroke);
                StartTrace.keyRead();
                changed = true;
            }
            if (input.hungUp()) {
                ending = Ending.HUNG_UP;
                app.quitAll(); // the terminal went away: save and leave quietly
                break;
            }
            if (suspend.getAndSet(false)) {
                suspend(screen);
                app.invalidate();
                changed = true;
            }
            if (app.tick()) {
                changed = true;
            }
            if (resized.getAndSet(false)) {
                app.invalidate();
                changed = true;
            }
            if (changed) {
                app.render();
                StartTrace.frameSent();
            } else if (app.warmUpDue()) {
                app.warmUp(); // one frame, then back to the keys
            } else if (app.busy()) {
                input.waitForInput(10);
            } else {
                // Keys first: the warm-up waits for a quiet keyboard, then wakes the loop on time.
                input.waitForInput(app.warmingUp() ? Math.max(1, Math.min(100, app.millisUntilWarmUp())) : 100);
            }
        }
    }

    /** Ctrl-Z: the screen and the tty's own settings given back, the process stopped, then all taken again. */
    private void suspend(TerminalScreen screen) throws IOException {
        screen.stopScreen(false);
        bridge.flush(); // the shell's "Stopped" must come after the screen is given back
        bridge.leaveRawMode();
        suspension.stopProcess();
        bridge.enterRawModeAgain();
        screen.startScreen();
    }

    static Theme themeFor(Terminal terminal, ReaderEnvironment environment) {
        String noColor = environment.environment.get("NO_COLOR");
        Integer colours = terminal.getNumericCapability(InfoCmp.Capability.max_colors);
        boolean mono = environment.noColor || (noColor != null && !noColor.isEmpty()) || colours == null || colours < 8;
        return mono ? Theme.monochrome() : Theme.colour();
    }
}
