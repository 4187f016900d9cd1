package dev.lectern.tui;

import dev.lectern.session.PlaceSaver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import sun.misc.Signal;

/**
 * How the reader ends when it is not asked to by a key: SIGTERM, SIGHUP, or a terminal that has
 * gone away (its input closed, a write to it failed). Each asks the screen loop to stop as q
 * does, whatever is on screen (an open prompt sees the end of its input), so the places are
 * saved and the terminal is given back in order. Should the loop not stop within two seconds
 * (a long command holds it), the JVM is ended; its shutdown hook ({@link #lastResort}) still
 * writes the places the {@link PlaceSaver} holds, which needs no lock of the screen, and
 * restores the tty. JLine handles neither TERM nor HUP, hence sun.misc.
 *
 * <p>Exit codes, as a shell reports a process ended by the signal: 143 after SIGTERM, 129 after
 * SIGHUP or when the terminal went away. Ctrl-C (SIGINT) quits as q does: 0.
 */
public final class Termination {
    /** After SIGTERM. */
    public static final int EXIT_CODE = 143;
    /** After SIGHUP, or when the terminal went away. */
    public static final int HANGUP_EXIT_CODE = 129;
    private static final long GRACE_MILLIS = 2_000;
    /** Process-wide, as signals are: 0 until a signal came or the terminal went away. */
    private static volatile int exitCode;
    private static volatile boolean overdue;

    private Termination() {
    }

    /** SIGTERM and SIGHUP run {@code stop} (which must not block) and start the watchdog. */
    static void onSignals(Runnable stop) {
        handle("TERM", EXIT_CODE, stop);
        handle("HUP", HANGUP_EXIT_CODE, stop);
    }

    private static void handle(String name, int code, Runnable stop) {
        try {
            Signal.handle(new Signal(name), signal -> {
                request(code);
                stop.run();
                Thread watchdog = new Thread(() -> {
                    sleep(GRACE_MILLIS);
                    overdue = true;
                    System.exit(exitCode);
                }, "lectern-stop-watchdog");
                watchdog.setDaemon(true);
                watchdog.start();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException notHere) {
            // No such signal on this platform: the JVM's default (shutdown hooks) applies.
        }
    }

    /** The terminal went away without a signal (its input hung up, a write to it failed). */
    static void linkGone() {
        request(HANGUP_EXIT_CODE);
    }

    private static synchronized void request(int code) {
        if (exitCode == 0) {
            exitCode = code; // the first reason is the one reported
        }
    }

    /** True once a signal was received or the terminal went away. */
    public static boolean requested() {
        return exitCode != 0;
    }

    /** The exit code the process should end with after cleaning up: 0 unless {@link #requested()}. */
    public static int exitCode() {
        return exitCode;
    }

    /**
     * The shutdown hook for when the loop cannot stop in time: writes the places the saver holds
     * (no lock of the screen needed), restores the tty, and notes in {@code log} that the
     * watchdog had to step in.
     */
    static Thread lastResort(PlaceSaver saver, Runnable restoreTty, Path log) {
        return new Thread(() -> {
            if (saver != null) {
                saver.flush();
            }
            restoreTty.run();
            if (overdue && log != null) {
                note(log, "the reader did not stop within " + GRACE_MILLIS + " ms of the signal;"
                        + " the place was saved as last seen");
            }
        }, "lectern-restore");
    }

    private static void note(Path log, String line) {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, Instant.now() + " " + line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException ignored) {
            // The note is for whoever looks into a slow stop; the place is what matters.
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
