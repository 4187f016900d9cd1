package dev.lectern.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A private tmux server running a shell, driven as a person would: type keys, read the screen.
 * Each instance has its own socket name so tests never see each other's panes.
 */
final class Tmux implements AutoCloseable {
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(15);
    private final String socket;

    /** Starts {@code bash --norc} in a {@code columns} x {@code rows} window with a plain "$ " prompt. */
    Tmux(String name, int columns, int rows, String workingDirectory, String... environment) throws IOException {
        this.socket = "lectern-" + name + "-" + ProcessHandle.current().pid();
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d",
                "-x", Integer.toString(columns), "-y", Integer.toString(rows), "-c", workingDirectory, "env"));
        command.add("PS1=$ ");
        command.addAll(List.of(environment));
        command.addAll(List.of("bash", "--norc", "--noprofile"));
        run(command);
        waitFor(screen -> screen.contains("$"), "the shell prompt");
    }

    /** Types text literally, then Enter. */
    void typeLine(String text) throws IOException {
        run(List.of("tmux", "-L", socket, "send-keys", "-l", text));
        keys("Enter");
    }

    /** Sends tmux key names: "j", "Escape", "C-c", "Up"... */
    void keys(String... keys) throws IOException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "send-keys"));
        command.addAll(List.of(keys));
        run(command);
    }

    /** From now on, appends every byte the program writes to the terminal to {@code file}. */
    void recordOutput(java.nio.file.Path file) throws IOException {
        run(List.of("tmux", "-L", socket, "pipe-pane", "-o", "cat >> '" + file + "'"));
    }

    String screen() throws IOException {
        return run(List.of("tmux", "-L", socket, "capture-pane", "-p"));
    }

    /** The screen with its colours and attributes as escape sequences (capture-pane -e). */
    String screenWithStyles() throws IOException {
        return run(List.of("tmux", "-L", socket, "capture-pane", "-p", "-e"));
    }

    boolean alternateScreenOn() throws IOException {
        return run(List.of("tmux", "-L", socket, "display", "-p", "#{alternate_on}")).strip().equals("1");
    }

    /** Waits until the program has left the alternate screen (it has exited or stopped). */
    void waitForMainScreen() throws IOException {
        long deadline = System.nanoTime() + DEFAULT_WAIT.toNanos();
        while (alternateScreenOn()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still on the alternate screen after " + DEFAULT_WAIT.toSeconds() + " s:\n" + screen());
            }
            sleep(20);
        }
    }

    /** Where the cursor is: {column, row}, from 0. */
    int[] cursor() throws IOException {
        String[] at = run(List.of("tmux", "-L", socket, "display", "-p", "#{cursor_x},#{cursor_y}")).strip().split(",");
        return new int[] {Integer.parseInt(at[0]), Integer.parseInt(at[1])};
    }

    void resize(int columns, int rows) throws IOException {
        run(List.of("tmux", "-L", socket, "resize-window", "-x", Integer.toString(columns), "-y", Integer.toString(rows)));
    }

    /** The pid of the program running in the pane's shell, e.g. the reader's JVM. */
    long childOfShell() throws IOException {
        String shell = run(List.of("tmux", "-L", socket, "display", "-p", "#{pane_pid}")).strip();
        return ProcessHandle.of(Long.parseLong(shell)).orElseThrow().children()
                .findFirst().orElseThrow(() -> new AssertionError("nothing runs in the shell")).pid();
    }

    String waitFor(String text) throws IOException {
        return waitFor(screen -> screen.contains(text), "'" + text + "'");
    }

    /** Polls the screen until {@code condition} holds; fails with the last screen if it never does. */
    String waitFor(Predicate<String> condition, String what) throws IOException {
        long deadline = System.nanoTime() + DEFAULT_WAIT.toNanos();
        String screen = screen();
        while (!condition.test(screen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + DEFAULT_WAIT.toSeconds() + " s for " + what + "; the screen was:\n" + screen);
            }
            sleep(20);
            screen = screen();
        }
        return screen;
    }

    @Override
    public void close() throws IOException {
        run(List.of("tmux", "-L", socket, "kill-server"));
    }

    private static String run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("timed out: " + command);
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + command, e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
