package dev.lectern.ssh;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Runs one of Lectern's one-shot commands ({@code search FILE QUERY --json}, {@code list}, ...)
 * as {@code lectern} would, writing to the given writers; the cli face supplies it, so that
 * ssh/ needs nothing of picocli. File arguments have already been confined to the library.
 */
@FunctionalInterface
public interface OneShot {
    /** The exit code; {@code environment} holds what the reader's channel may set (COLUMNS). */
    int run(List<String> arguments, Map<String, String> environment, PrintWriter out, PrintWriter err);
}
