package dev.lectern.session;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The start-up's timeline, for measuring it: with {@code LECTERN_TRACE_START=1} each phase notes
 * when it ended (wall clock, in microseconds), and the list goes to standard error once the
 * terminal is given back. Times are from the launcher's start ({@code LECTERN_LAUNCHED_US}, which
 * the launcher sets when tracing), else from the JVM's. Off, a mark is one test of a constant.
 */
public final class StartTrace {
    private static final boolean ON = "1".equals(System.getenv("LECTERN_TRACE_START"));
    private static final List<String> MARKS = new ArrayList<>();
    private static final List<Long> TIMES = new ArrayList<>();
    /** Set and read on the screen's thread only. */
    private static boolean keyRead;
    private static boolean keyAnswered;

    private StartTrace() {
    }

    public static boolean on() {
        return ON;
    }

    /** Notes that {@code phase} is over now. */
    public static void mark(String phase) {
        if (ON) {
            long now = micros(Instant.now());
            synchronized (MARKS) {
                MARKS.add(phase + " [" + Thread.currentThread().getName() + "]");
                TIMES.add(now);
            }
        }
    }

    /** A key was read from the terminal (the first one is noted). */
    public static void keyRead() {
        if (ON && !keyRead) {
            keyRead = true;
            mark("first key read");
        }
    }

    /** A frame was sent: the first after the first key is that key's answer. */
    public static void frameSent() {
        if (ON && keyRead && !keyAnswered) {
            keyAnswered = true;
            mark("first key answered (its frame sent)");
        }
    }

    /** The timeline, one phase a line: milliseconds from the start, the phase and its thread. */
    public static void print(PrintWriter err) {
        if (!ON) {
            return;
        }
        long origin = origin();
        synchronized (MARKS) {
            err.printf("lectern start trace (ms from %s):%n", launched() > 0 ? "the launcher's start" : "the JVM's start");
            long exec = number("LECTERN_EXEC_US");
            if (exec > 0) {
                err.printf("%8.1f  launcher runs java%n", (exec - origin) / 1000.0);
            }
            for (int i = 0; i < MARKS.size(); i++) {
                err.printf("%8.1f  %s%n", (TIMES.get(i) - origin) / 1000.0, MARKS.get(i));
            }
        }
        err.flush();
    }

    private static long origin() {
        long launched = launched();
        if (launched > 0) {
            return launched;
        }
        return ProcessHandle.current().info().startInstant().map(StartTrace::micros).orElse(TIMES.isEmpty() ? 0 : TIMES.get(0));
    }

    private static long launched() {
        return number("LECTERN_LAUNCHED_US");
    }

    private static long number(String variable) {
        try {
            return Long.parseLong(System.getenv().getOrDefault(variable, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000;
    }
}
