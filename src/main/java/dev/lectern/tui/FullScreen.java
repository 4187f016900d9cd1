package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.lectern.command.ReaderCommands;
import dev.lectern.doc.Library;
import dev.lectern.doc.Opening;
import dev.lectern.keymap.Keymap;
import dev.lectern.session.PositionStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.InfoCmp;

/**
 * Runs the full-screen reader on the real terminal and always gives the terminal back as it
 * was: on q, on Ctrl-C (SIGINT), on SIGTERM (see {@link Termination}), on Ctrl-Z (suspend),
 * on a hang-up and on an unexpected exception.
 */
public final class FullScreen {
    /** How the reader is set up: its keymap, whether to use colour, where positions are kept. */
    public record Settings(Keymap keymap, boolean noColor, Map<String, String> environment, PositionStore store,
                           List<String> startNotes) {
    }

    /** The terminal being opened in the background while the arguments and the article load. */
    private static CompletableFuture<Terminal> opening;

    private FullScreen() {
    }

    /**
     * Starts opening the terminal on another thread: JLine needs some 150 ms (terminfo, native
     * library, signals), which then overlaps with parsing arguments and loading the article.
     */
    public static synchronized void openTerminalEarly() {
        if (opening == null) {
            opening = CompletableFuture.supplyAsync(() -> {
                try {
                    return openTerminal();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, runnable -> {
                Thread thread = new Thread(runnable, "lectern-open-terminal");
                thread.setDaemon(true);
                thread.start();
            });
        }
    }

    /** Closes a terminal opened early that was not used (help, an error, piped output). */
    public static synchronized void closeUnusedTerminal() {
        if (opening != null) {
            CompletableFuture<Terminal> unused = opening;
            opening = null;
            try {
                unused.join().close();
            } catch (IOException | RuntimeException ignored) {
                // It was never drawn on: nothing to restore.
            }
        }
    }

    private static synchronized Terminal takeTerminal() throws IOException {
        if (opening == null) {
            return openTerminal();
        }
        CompletableFuture<Terminal> taken = opening;
        opening = null;
        try {
            return taken.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    private static Terminal openTerminal() throws IOException {
        TerminalBuilder builder = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).nativeSignals(true);
        if (jniWorks()) {
            // JLine checks every provider it loads, and the exec provider's check is a process
            // (test -t 1) started from the JVM: with JNI at hand, JNI alone is asked.
            builder.provider(TerminalBuilder.PROP_PROVIDER_JNI);
        }
        return builder.build();
    }

    /** True when JLine's native provider loads and sees standard input (the training run loads it so). */
    static boolean jniWorks() {
        try {
            return TerminalProvider.load(TerminalBuilder.PROP_PROVIDER_JNI).isSystemStream(SystemStream.Input);
        } catch (IOException | RuntimeException | LinkageError noNativeLibrary) {
            return false;
        }
    }

    public static List<String> readArticle(Opening opening, Settings settings) throws IOException {
        return run(workspace -> {
            ReaderPage page = new ReaderPage(opening, workspace);
            page.addNotes(settings.startNotes());
            return page;
        }, settings);
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
        Terminal jline = takeTerminal();
        AtomicBoolean resized = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
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
        Workspace shared = null;
        try {
            screen = new FrameScreen(bridge);
            Workspace workspace = new Workspace(settings.store(), new ViewSettings(themeFor(jline, settings)),
                    ReaderCommands.standard());
            shared = workspace;
            prompter = new JLinePrompter(jline, input, screen, PositionStore.defaultStateDirectory(settings.environment()));
            ReaderApp app = new ReaderApp(screen, settings.keymap(), workspace.view(), prompter, firstPage.apply(workspace));
            JLinePrompter editor = prompter;
            jline.handle(Terminal.Signal.WINCH, signal -> {
                bridge.sizeChanged();
                editor.sizeChanged();
                resized.set(true);
                input.wake();
            });
            jline.handle(Terminal.Signal.INT, signal -> stopReading(stop, input));
            jline.handle(Terminal.Signal.TSTP, signal -> {
                suspend.set(true);
                input.wake();
            });
            Termination.onSignals(() -> stopReading(stop, input));
            lastResort = Termination.lastResort(workspace.saver(), () -> {
                if (tty != null) {
                    tty.restore();
                }
            }, PositionStore.defaultStateDirectory(settings.environment()).resolve("lectern.log"));
            Runtime.getRuntime().addShutdownHook(lastResort);
            loopUntilGone(app, screen, bridge, input, tty, resized, stop, suspend);
            return app.warnings();
        } finally {
            // Each step runs even if one before it fails (a hung-up terminal fails them all).
            input.close();
            if (screen != null) {
                // Not drained: keys typed after q are the shell's, as with less.
                TerminalScreen shown = screen;
                quietly(() -> shown.stopScreen(false));
            }
            if (prompter != null) {
                prompter.close();
            }
            quietly(bridge::close);
            quietly(jline::close);
            // JLine's restore does not carry the line speed: put back the exact settings last.
            if (tty != null) {
                tty.restore();
            }
            if (shared != null && shared.saver() != null) {
                shared.saver().flush(); // whatever ended the loop, even a bug, once the shell has its terminal back
            }
            if (lastResort != null) {
                removeHook(lastResort);
            }
        }
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
                                      AtomicBoolean suspend) {
        try {
            loop(app, screen, bridge, input, tty, resized, stop, suspend);
        } catch (IOException | java.io.IOError gone) {
            Termination.linkGone();
            input.end();
            app.quitAll();
        }
    }

    private static void loop(ReaderApp app, TerminalScreen screen, JLineTerminalBridge bridge, KeyboardInput input,
                             TtySnapshot tty, AtomicBoolean resized, AtomicBoolean stop, AtomicBoolean suspend)
            throws IOException {
        screen.startScreen();
        app.render();
        while (!app.finished()) {
            if (stop.get()) {
                app.quitAll();
                break;
            }
            boolean changed = false;
            KeyStroke stroke;
            while (!app.finished() && (stroke = screen.pollInput()) != null) {
                app.press(stroke);
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
            } else if (app.warmingUp() && !app.busy()) {
                app.warmUp(); // one frame, then back to the keys
            } else {
                input.waitForInput(app.busy() ? 10 : 100);
            }
        }
    }


    /**
     * Ctrl-Z, as less and vi do it: the shell gets its screen and tty back, the process stops,
     * and after {@code fg} the reader takes the terminal again and redraws. The JVM cannot send
     * itself SIGSTOP, so kill(1) does; only on Ctrl-Z.
     */
    private static void suspend(TerminalScreen screen, JLineTerminalBridge bridge, TtySnapshot tty) throws IOException {
        screen.stopScreen(false);
        bridge.flush(); // the shell's "Stopped" must come after the screen is given back
        bridge.leaveRawMode();
        if (tty != null) {
            tty.restore();
        }
        // Under tmux the shell's "Stopped" sometimes lands on the alternate screen (one suspend
        // in four without this pause, about one in ten with it, even when the exit sequence is
        // written again here): the cause is not understood yet, see the session note.
        sleep(30);
        try {
            new ProcessBuilder("kill", "-STOP", Long.toString(ProcessHandle.current().pid()))
                    .inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        bridge.enterRawModeAgain();
        screen.startScreen();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    private static void quietly(Step step) {
        try {
            step.run();
        } catch (IOException | RuntimeException gone) {
            // The terminal is gone or half closed: nothing more can be restored through it.
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
