package dev.lectern.tui;

import dev.lectern.doc.Download;
import dev.lectern.doc.FetchSettings;
import dev.lectern.doc.Library;
import dev.lectern.doc.Opening;
import dev.lectern.keymap.Keymap;
import dev.lectern.session.PositionStore;
import dev.lectern.session.ReadingList;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jline.terminal.Terminal;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The local face of the full-screen reader: a {@link TerminalReader} on the process's own
 * terminal, which is always given back as it was: on q, on Ctrl-C (SIGINT), on SIGTERM (see
 * {@link Termination}), on Ctrl-Z (suspend), on a hang-up and on an unexpected exception.
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
        return run(reader -> reader.readArticle(opening), settings);
    }

    /**
     * Shows the fetch of a web address, then its article. When the fetch fails or is stopped the
     * reader ends: the caller asks {@code download} why.
     */
    public static List<String> readWeb(Download download, Settings settings) throws IOException {
        return run(reader -> reader.readWeb(download), settings);
    }

    public static List<String> browse(String title, List<Library.Entry> entries, Settings settings) throws IOException {
        return run(reader -> reader.browse(title, entries), settings);
    }

    private interface Reading {
        List<String> run(TerminalReader reader) throws IOException;
    }

    /**
     * Runs the reader on the system terminal until its last page closes; returns warnings to
     * print once the screen is gone. What belongs to the process is done here: the tty snapshot,
     * SIGTERM and SIGHUP, Ctrl-Z's stop, the last-resort shutdown hook, and a crash on any thread.
     */
    private static List<String> run(Reading reading, Settings settings) throws IOException {
        // The terminal first, then the snapshot. JLine's native library notes its termios field
        // IDs at the first call without a lock, through a JNI local reference kept in a global:
        // two threads making their first call at once crashed the JVM (a SIGSEGV in
        // SetByteArrayRegion, seen once). The terminal's own thread makes the first call; the
        // settings are still the shell's (raw mode comes with the reader's bridge).
        Terminal jline = SystemTerminal.take();
        TtySnapshot tty = TtySnapshot.take(settings.environment());
        TerminalReader reader;
        try {
            reader = TerminalReader.onTty(jline, ReaderEnvironment.local(settings), () -> {
                if (tty != null) {
                    tty.restore();
                }
                stopHere(settings.environment());
            });
        } catch (IOException | RuntimeException e) {
            quietly(jline::close);
            if (tty != null) {
                tty.restore();
            }
            throw e;
        }
        Thread lastResort = null;
        // A thread that dies (a bug, or a class that cannot be loaded any more) ends the reader
        // like Ctrl-C, saving positions; its error is thrown once the terminal is given back.
        AtomicReference<Throwable> crash = new AtomicReference<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            crash.compareAndSet(null, error);
            reader.stop(null);
        });
        List<String> warnings;
        try {
            Termination.onSignals(() -> reader.stop(null));
            lastResort = Termination.lastResort(reader.saver(), () -> {
                if (tty != null) {
                    tty.restore();
                }
            }, PositionStore.defaultStateDirectory(settings.environment()).resolve("lectern.log"));
            Runtime.getRuntime().addShutdownHook(lastResort);
            reader.keepLastFrameWith((app, screen) -> LastFrame.take(app, screen, jline, settings.environment(),
                    settings.noColor(), settings.store()));
            warnings = reading.run(reader);
        } finally {
            // Each step runs even if one before it fails (so no lambdas here, see TerminalReader).
            try {
                jline.close();
            } catch (IOException | RuntimeException | LinkageError failed) {
                // the snapshot below puts the tty back
            }
            if (!reader.screenGivenBack()) {
                leaveScreenDirectly();
            }
            // JLine's restore does not carry the line speed: put back the exact settings last.
            if (tty != null) {
                tty.restore();
            }
            reader.savePlaces(); // whatever ended the loop, even a bug, once the shell has its terminal back
            LastFrame.keep(PositionStore.defaultStateDirectory(settings.environment()), settings.environment()); // after the place is saved
            if (lastResort != null) {
                removeHook(lastResort);
            }
            Thread.setDefaultUncaughtExceptionHandler(before);
            if (reader.ending() == TerminalReader.Ending.HUNG_UP) {
                Termination.linkGone();
            }
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
     * Ctrl-Z, as less and vi do it: the shell gets its screen and tty back, the process stops,
     * and after {@code fg} the reader takes the terminal again and redraws. It once stopped with
     * kill -STOP on its own pid: the kill(1) child, still running in the job's process group,
     * about one suspend in ten let the reader go on (kill returned in 20 ms, not at fg), redraw on
     * the alternate screen and stop only at its next read of the tty, so the shell's "Stopped"
     * landed there. Now the whole group gets TSTP, the child included, as on a Ctrl-Z at the shell.
     *
     * <p>Stops the process as a Ctrl-Z at the shell does: TSTP's default action back, then the
     * signal sent to the whole process group (the JVM cannot raise a signal it has no handler
     * for, so kill(1) sends it, and stops with it). Returns once continued (fg).
     *
     * <p>Started by the launcher after a kept frame, the reader is the child of the launcher
     * (LECTERN_LAUNCHER, its pid), which is the job the shell sees and leaves Ctrl-Z to the
     * reader: it is stopped first, once the tty is back, so that the shell takes the terminal
     * only then.
     */
    private static void stopHere(Map<String, String> environment) throws IOException {
        Signal tstp = new Signal("TSTP");
        SignalHandler ours = Signal.handle(tstp, SignalHandler.SIG_DFL);
        try {
            String launcher = environment.get("LECTERN_LAUNCHER");
            boolean launchedUs = ProcessHandle.current().parent().filter(parent -> Long.toString(parent.pid()).equals(launcher))
                    .isPresent();
            if (launchedUs) {
                kill("-STOP", launcher);
            }
            kill("-TSTP", "0");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Signal.handle(tstp, ours);
        }
    }

    /** kill(1): a signal the JVM has no handler for cannot be raised from inside it. */
    private static void kill(String signal, String target) throws IOException, InterruptedException {
        new ProcessBuilder("kill", signal, target).inheritIO().start().waitFor();
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
}
