package dev.lectern.tui;

import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * SIGTERM asks the reader to stop like q does, so the screen loop saves the position and
 * gives the terminal back in order; if the loop has not stopped within two seconds the JVM is
 * ended (its shutdown hooks still restore the terminal). JLine handles no TERM, hence sun.misc.
 */
public final class Termination {
    public static final int EXIT_CODE = 143;
    private static volatile boolean requested;

    private Termination() {
    }

    static void onSigterm(AtomicBoolean stop) {
        try {
            Signal.handle(new Signal("TERM"), signal -> {
                requested = true;
                stop.set(true);
                Thread watchdog = new Thread(() -> {
                    sleep(2000);
                    System.exit(EXIT_CODE);
                }, "lectern-sigterm-watchdog");
                watchdog.setDaemon(true);
                watchdog.start();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException notHere) {
            // No TERM on this platform: the JVM's default (shutdown hooks) applies.
        }
    }

    /** True once SIGTERM was received: the process should exit with 143 after cleaning up. */
    public static boolean requested() {
        return requested;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
