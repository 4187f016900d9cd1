package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.lectern.command.ReaderCommands;
import dev.lectern.doc.Download;
import dev.lectern.doc.FetchSettings;
import dev.lectern.doc.Library;
import dev.lectern.doc.Opening;
import dev.lectern.keymap.Keymap;
import dev.lectern.session.PositionStore;
import dev.lectern.session.ReadingList;
import dev.lectern.session.StartTrace;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Runs the full-screen reader on the real terminal and always gives the terminal back as it
 * was: on q, on Ctrl-C (SIGINT), on SIGTERM (see {@link Termination}), on Ctrl-Z (suspend),
 * on a hang-up and on an unexpected exception.
 */
public final class FullScreen {
    /**
     * How the reader is set up: its keymap, whether to use colour, where positions are kept, how
     * to fetch, and the reading list.
     */
    public record Settings(Keymap keymap, boolean noColor, Map<String, String> environment, PositionStore store,
                           List<String> startNotes, FetchSettings fetch, ReadingList readingList) {
    }

    private FullScreen() {
    }

    public static List<String> readArticle(Opening opening, Settings settings) throws IOException {
        return run(workspace -> {
            ReaderPage page = new ReaderPage(opening, workspace);
            page.addNotes(settings.startNotes());
            return page;
        }, settings);
    }

    /**
     * Shows the fetch of a web address, then its article. When the fetch fails or is stopped the
     * reader ends: the caller asks {@code download} why.
     */
    public static List<String> readWeb(Download download, Settings settings) throws IOException {
        return run(workspace -> FetchingPage.atStart(download, workspace), settings);
    }

    public static List<String> browse(String title, List<Library.Entry> entries, Settings settings) throws IOException {
        return run(workspace -> {
            LibraryPage page = new LibraryPage(title, entries, workspace);
            page.addNotes(settings.startNotes());
            return page;
        }, settings);
    }

    /** Runs until the last page closes; returns warnings to print once the screen is gone. */
    private static List<String> run(Function<Workspace, Page> firstPage, Settings settings) throws IOException {
        TtySnapshot tty = TtySnapshot.take();
        Terminal jline = SystemTerminal.take();
        AtomicBoolean resized = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean suspend = new AtomicBoolean();
        KeyboardInput input = new KeyboardInput();
        JLineTerminalBridge bridge;
        try {
            bridge = new JLineTerminalBridge(jline, input);
        } catch (IOException | RuntimeException e) {
            quietly(jline::close);
            if (tty != null) {
                tty.restore();
            }
            throw e;
        }
        TerminalScreen screen = null;
        JLinePrompter prompter = null;
        Thread lastResort = null;
        // A thread that dies (a bug, or a class that cannot be loaded any more) ends the reader
        // like Ctrl-C, saving positions; its error is thrown once the terminal is given back.
        AtomicReference<Throwable> crash = new AtomicReference<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            crash.compareAndSet(null, error);
            stop.set(true);
            input.wake();
        });
        List<String> warnings;
        Workspace shared = null;
        try {
            screen = new FrameScreen(bridge);
            Workspace workspace = new Workspace(settings.store(), new ViewSettings(themeFor(jline, settings)),
                    ReaderCommands.standard(), settings.fetch(), settings.readingList());
            shared = workspace;
            prompter = new JLinePrompter(jline, input, screen, PositionStore.defaultStateDirectory(settings.environment()));
            ReaderApp app = new ReaderApp(screen, settings.keymap(), workspace.view(), prompter, firstPage.apply(workspace));
            JLinePrompter editor = prompter;
            editor.redrawBehindWith(() -> {
                app.invalidate();
                try {
                    app.render();
                } catch (IOException e) {
                    // the terminal is going: the loop finds out at its next step
                }
            });
            jline.handle(Terminal.Signal.WINCH, signal -> {
                bridge.sizeChanged();
                editor.sizeChanged();
                resized.set(true);
                input.wake();
            });
            jline.handle(Terminal.Signal.INT, signal -> interrupt(interrupted, stop, input));
            jline.handle(Terminal.Signal.TSTP, signal -> {
                suspend.set(true);
                input.wake();
            });
            Termination.onSignals(() -> stopReading(stop, input));
            SystemTerminal.noInfocmpForDumb();
            Glyphs.drawFor(Repertoire.of(settings.environment()));
            lastResort = Termination.lastResort(workspace.saver(), () -> {
                if (tty != null) {
                    tty.restore();
                }
            }, PositionStore.defaultStateDirectory(settings.environment()).resolve("lectern.log"));
            Runtime.getRuntime().addShutdownHook(lastResort);
            loopUntilGone(app, screen, bridge, input, tty, resized, stop, interrupted, suspend);
            LastFrame.take(app, screen, jline, settings.environment(), settings.noColor(), settings.store());
            warnings = app.warnings();
        } finally {
            // Each step runs even if one before it fails: a hung-up terminal fails them all, and
            // a jar replaced under the reader fails any class not loaded yet (so no lambdas here).
            input.close();
            boolean screenGivenBack = screen == null;
            try {
                if (screen != null) {
                    screen.stopScreen(false); // not drained: keys typed after q are the shell's, as with less
                    bridge.flush();
                    screenGivenBack = true;
                }
            } catch (IOException | RuntimeException | LinkageError failed) {
                // the bytes that leave the alternate screen are written directly below
            }
            try {
                if (prompter != null) {
                    prompter.close();
                }
            } catch (RuntimeException | LinkageError failed) {
                // it only ever drew through the real terminal
            }
            try {
                bridge.close();
            } catch (IOException | RuntimeException | LinkageError failed) {
                // the steps below restore what they can
            }
            try {
                jline.close();
            } catch (IOException | RuntimeException | LinkageError failed) {
                // the snapshot below puts the tty back
            }
            if (!screenGivenBack) {
                leaveScreenDirectly();
            }
            // JLine's restore does not carry the line speed: put back the exact settings last.
            if (tty != null) {
                tty.restore();
            }
            if (shared != null && shared.saver() != null) {
                shared.saver().flush(); // whatever ended the loop, even a bug, once the shell has its terminal back
            }
            LastFrame.keep(PositionStore.defaultStateDirectory(settings.environment()), settings.environment()); // after the place is saved
            if (lastResort != null) {
                removeHook(lastResort);
            }
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        Throwable other = crash.get();
        if (other instanceof Error error) {
            throw error;
        } else if (other instanceof RuntimeException exception) {
            throw exception;
        } else if (other != null) {
            throw new IllegalStateException(other);
        }
        return warnings;
    }

    /**
     * Ctrl-C as a signal: the loop first offers it to the top page (a fetch stops, the reader
     * goes on). When the loop cannot take it within a moment, because the line editor holds the
     * keyboard, the reader stops as on SIGTERM, so that nothing waits on an open prompt.
     */
    private static void interrupt(AtomicBoolean interrupted, AtomicBoolean stop, KeyboardInput input) {
        interrupted.set(true);
        input.wake();
        Thread unanswered = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            if (interrupted.get()) {
                stopReading(stop, input);
            }
        }, "lectern-interrupt");
        unanswered.setDaemon(true);
        unanswered.start();
    }

    /** Ctrl-C, SIGTERM, SIGHUP: the loop stops and saves whatever is on screen, an open prompt too. */
    private static void stopReading(AtomicBoolean stop, KeyboardInput input) {
        stop.set(true);
        input.end();
        input.wake();
    }

    /**
     * The loop, and a terminal that goes away under it: a write that fails (or JLine's IOError)
     * means the link is gone, so the places are saved and the reader leaves as on a hang-up.
     */
    private static void loopUntilGone(ReaderApp app, TerminalScreen screen, JLineTerminalBridge bridge,
                                      KeyboardInput input, TtySnapshot tty, AtomicBoolean resized, AtomicBoolean stop,
                                      AtomicBoolean interrupted, AtomicBoolean suspend) {
        try {
            loop(app, screen, bridge, input, tty, resized, stop, interrupted, suspend);
        } catch (IOException | java.io.IOError gone) {
            Termination.linkGone();
            input.end();
            app.quitAll();
        }
    }

    private static void loop(ReaderApp app, TerminalScreen screen, JLineTerminalBridge bridge, KeyboardInput input,
                             TtySnapshot tty, AtomicBoolean resized, AtomicBoolean stop, AtomicBoolean interrupted,
                             AtomicBoolean suspend) throws IOException {
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
                Termination.linkGone();
                app.quitAll(); // the terminal went away: save and leave quietly
                break;
            }
            if (suspend.getAndSet(false)) {
                suspend(screen, bridge, tty);
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
            } else if (app.warmingUp() && !app.busy()) {
                app.warmUp(); // one frame, then back to the keys
            } else {
                input.waitForInput(app.busy() ? 10 : 100);
            }
        }
    }


    /**
     * Ctrl-Z, as less and vi do it: the shell gets its screen and tty back, the process stops,
     * and after {@code fg} the reader takes the terminal again and redraws. It once stopped with
     * kill -STOP on its own pid: the kill(1) child, still running in the job's process group,
     * about one suspend in ten let the reader go on (kill returned in 20 ms, not at fg), redraw on
     * the alternate screen and stop only at its next read of the tty, so the shell's "Stopped"
     * landed there. Now the whole group gets TSTP, the child included, as on a Ctrl-Z at the shell.
     */
    private static void suspend(TerminalScreen screen, JLineTerminalBridge bridge, TtySnapshot tty) throws IOException {
        screen.stopScreen(false);
        bridge.flush(); // the shell's "Stopped" must come after the screen is given back
        bridge.leaveRawMode();
        if (tty != null) {
            tty.restore();
        }
        stopHere();
        bridge.enterRawModeAgain();
        screen.startScreen();
    }

    /**
     * Stops the process as a Ctrl-Z at the shell does: TSTP's default action back, then the
     * signal sent to the whole process group (the JVM cannot raise a signal it has no handler
     * for, so kill(1) sends it, and stops with it). Returns once continued (fg).
     */
    private static void stopHere() throws IOException {
        Signal tstp = new Signal("TSTP");
        SignalHandler ours = Signal.handle(tstp, SignalHandler.SIG_DFL);
        try {
            new ProcessBuilder("kill", "-TSTP", "0").inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Signal.handle(tstp, ours);
        }
    }

    /** Normal attributes, the cursor shown, the alternate screen left: what stopScreen sends. */
    private static final byte[] LEAVE_SCREEN = "\033[0m\033[?25h\033[?1049l".getBytes(StandardCharsets.US_ASCII);

    private static void leaveScreenDirectly() {
        try {
            FileOutputStream terminal = new FileOutputStream(FileDescriptor.out); // not closed: it is the process's own
            terminal.write(LEAVE_SCREEN);
            terminal.flush();
        } catch (IOException | RuntimeException gone) {
            // nothing more can be done through a terminal that is gone
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    private static void quietly(Step step) {
        try {
            step.run();
        } catch (IOException | RuntimeException | LinkageError gone) {
            // The terminal is gone or half closed, or a class of its code cannot be loaded any
            // more (the jar replaced): the steps after this one still restore what they can.
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // SIGTERM arrived: the hook is running or has run, which is what it is for.
        }
    }

    static Theme themeFor(Terminal jline, Settings settings) {
        String noColor = settings.environment().get("NO_COLOR");
        Integer colours = jline.getNumericCapability(InfoCmp.Capability.max_colors);
        boolean mono = settings.noColor() || (noColor != null && !noColor.isEmpty()) || colours == null || colours < 8;
        return mono ? Theme.monochrome() : Theme.colour();
    }
}
