package dev.lectern.cli;

import dev.lectern.session.PositionStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

/**
 * What a crash leaves: the details (time, version, thread, stack trace) appended to lectern.log
 * in the state directory, and one line for the screen. Made when the program starts, with
 * everything it needs worked out then: a crash may come from a jar that can no longer load
 * classes (it was replaced under the running program), so writing the report must load none
 * of Lectern's own.
 */
final class CrashReport {
    /** sysexits' EX_SOFTWARE: an internal error, told apart from "could not read" (1) and bad usage (2). */
    static final int EXIT_CODE = 70;
    private final Path log;
    private final String shownLog;
    private final String version;

    private CrashReport(Path log, String shownLog, String version) {
        this.log = log;
        this.shownLog = shownLog;
        this.version = version;
    }

    static CrashReport forEnvironment(Map<String, String> environment) {
        Path log = PositionStore.defaultStateDirectory(environment).resolve("lectern.log");
        return new CrashReport(log, shortened(log, environment.getOrDefault("HOME", System.getProperty("user.home"))), version());
    }

    Path log() {
        return log;
    }

    /**
     * Appends the details to the log; {@code thread} is the thread that died, or null when
     * the stack trace tells. Returns the screen's line: "lectern: crashed (what); details in
     * ~/.local/state/lectern/lectern.log", or, when the log cannot be written, why.
     */
    String record(Throwable error, String thread) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        String entry = Instant.now() + " Lectern " + version + " (Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + ") crashed" + (thread == null ? "" : " in thread \"" + thread + "\"") + ":"
                + System.lineSeparator()
                + trace + System.lineSeparator();
        String what = oneLine(error.toString());
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return "lectern: crashed (" + what + "); details in " + shownLog;
        } catch (IOException | RuntimeException e) {
            return "lectern: crashed (" + what + "); no details written: cannot write " + shownLog + " ("
                    + oneLine(String.valueOf(e.getMessage())) + ")";
        }
    }

    /** A message as one short printable line: it may quote a file's contents or a name with escapes. */
    private static String oneLine(String text) {
        StringBuilder line = new StringBuilder();
        text.codePoints().limit(160).forEach(c -> line.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return line.toString().strip();
    }

    /** The path with the home directory written ~, as the user would type it. */
    private static String shortened(Path log, String home) {
        if (home != null && !home.isBlank() && !home.equals("/") && log.startsWith(Path.of(home))) {
            return "~/" + Path.of(home).relativize(log);
        }
        return log.toString();
    }

    /** The version Maven wrote into lectern.properties, read at start (later the jar may be gone). */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = CrashReport.class.getResourceAsStream("/lectern.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException | RuntimeException unreadable) {
            // "unknown" below
        }
        return properties.getProperty("version", "unknown");
    }
}
