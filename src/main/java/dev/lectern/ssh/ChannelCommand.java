package dev.lectern.ssh;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * Something run for a reader on a channel, off sshd's own threads: a one-shot command or a
 * line saying why not. Its exit code becomes the channel's exit status.
 */
final class ChannelCommand implements Command {
    /** The work: writes to the channel, returns the exit code. */
    @FunctionalInterface
    interface Work {
        int run(PrintWriter out, PrintWriter err, Map<String, String> environment);
    }

    private final ExecutorService threads;
    private final Work work;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;
    private Future<?> running;

    ChannelCommand(ExecutorService threads, Work work) {
        this.threads = threads;
        this.work = work;
    }

    /** One line on standard error and {@code exitCode}. */
    static ChannelCommand refusal(ExecutorService threads, String line, int exitCode) {
        return new ChannelCommand(threads, (out, err, environment) -> {
            err.println("lectern: " + line.replaceAll("\\p{Cntrl}", "?"));
            return exitCode;
        });
    }

    @Override
    public void setInputStream(InputStream in) {
        // The one-shot commands read no input.
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback exit) {
        this.exit = exit;
    }

    @Override
    public void start(ChannelSession channel, Environment environment) {
        boolean terminal = channel instanceof ReaderChannel reader && reader.hasTerminal();
        Map<String, String> given = new HashMap<>();
        String columns = environment.getEnv().get(Environment.ENV_COLUMNS);
        if (columns != null && columns.matches("\\d{1,4}")) {
            given.put("COLUMNS", columns);
        }
        PrintWriter stdout = writer(out, terminal);
        PrintWriter stderr = writer(err, terminal);
        try {
            running = threads.submit(() -> {
                int code;
                try {
                    code = work.run(stdout, stderr, given);
                } catch (RuntimeException e) {
                    stderr.println("lectern: unexpected error: " + e);
                    code = 1;
                }
                stdout.flush();
                stderr.flush();
                exit.onExit(code);
            });
        } catch (RejectedExecutionException stopping) {
            exit.onExit(1, "the server is stopping");
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        if (running != null) {
            running.cancel(true);
        }
    }

    /** UTF-8 text; on a terminal (ssh -t) each line break also returns the carriage, as a tty would. */
    private static PrintWriter writer(OutputStream stream, boolean terminal) {
        OutputStream target = terminal ? new FilterOutputStream(stream) {
            @Override
            public void write(int b) throws IOException {
                if (b == '\n') {
                    out.write('\r');
                }
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                int start = offset;
                for (int i = offset; i < offset + length; i++) {
                    if (bytes[i] == '\n') {
                        out.write(bytes, start, i - start);
                        out.write('\r');
                        start = i;
                    }
                }
                out.write(bytes, start, offset + length - start);
            }
        } : stream;
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8)));
    }
}
