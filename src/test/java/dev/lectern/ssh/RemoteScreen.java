package dev.lectern.ssh;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.jline.builtins.ScreenTerminal;

/**
 * A terminal at the client's end of an SSH channel with a PTY: what the server writes is fed to
 * JLine's VT emulator ({@link ScreenTerminal}), so tests read the screen a person would see,
 * not escape bytes; keys are typed into the channel; window-change requests resize it.
 */
final class RemoteScreen implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(20);
    final ClientChannel channel;
    private final ScreenTerminal screen;
    private final PipedOutputStream keys = new PipedOutputStream();
    private final StringBuilder everything = new StringBuilder();

    private RemoteScreen(ClientChannel channel, int columns, int rows) throws IOException {
        this.channel = channel;
        this.screen = new ScreenTerminal(columns, rows);
        channel.setIn(new PipedInputStream(keys, 4096));
        channel.setOut(new Feed());
        channel.setErr(new Feed());
        channel.open().verify(10, TimeUnit.SECONDS);
    }

    /** A shell channel (the library first). */
    /** A session of the reader whose key is {@code key}, logged in to the server on {@code port}. */
    static ClientSession logIn(SshClient client, int port, KeyPair key) throws IOException {
        ClientSession session = client.connect("reader", "127.0.0.1", port).verify(10, TimeUnit.SECONDS).getSession();
        session.addPublicKeyIdentity(key);
        session.auth().verify(10, TimeUnit.SECONDS);
        return session;
    }

    static RemoteScreen shell(ClientSession session, int columns, int rows) throws IOException {
        ChannelShell shell = session.createShellChannel();
        setUp(shell, columns, rows);
        return new RemoteScreen(shell, columns, rows);
    }

    /** An exec channel with a PTY, as {@code ssh -t host COMMAND}. */
    static RemoteScreen exec(ClientSession session, String command, int columns, int rows) throws IOException {
        var exec = session.createExecChannel(command);
        exec.setUsePty(true);
        exec.setPtyType("xterm-256color");
        exec.setPtyColumns(columns);
        exec.setPtyLines(rows);
        exec.setEnv("LANG", "C.UTF-8");
        return new RemoteScreen(exec, columns, rows);
    }

    private static void setUp(ChannelShell shell, int columns, int rows) {
        shell.setUsePty(true);
        shell.setPtyType("xterm-256color");
        shell.setPtyColumns(columns);
        shell.setPtyLines(rows);
        shell.setEnv("LANG", "C.UTF-8");
        shell.setEnv("LECTERN_SECRET", "not passed on"); // only LANG, LC_* and NO_COLOR are
    }

    /** Decodes UTF-8 across writes and feeds the emulator. */
    private final class Feed extends OutputStream {
        private final Utf8Pieces pieces = new Utf8Pieces();

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            CharBuffer out = pieces.next(bytes, offset, length);
            synchronized (RemoteScreen.this) {
                screen.write(out);
                everything.append(out);
            }
        }
    }

    /** The screen's rows as text. */
    synchronized List<String> rows() {
        return List.of(screen.toString().split("\n", -1));
    }

    synchronized String text() {
        return screen.toString();
    }

    /** Everything the server wrote, escape sequences included. */
    synchronized String written() {
        return everything.toString();
    }

    String statusBar() {
        List<String> rows = rows();
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (!rows.get(i).isBlank()) {
                return rows.get(i);
            }
        }
        return "";
    }

    void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Resizes the client's terminal and tells the server (a window-change request). */
    void resize(int columns, int rows) throws IOException {
        synchronized (this) {
            screen.setSize(columns, rows);
        }
        if (channel instanceof org.apache.sshd.client.channel.PtyCapableChannelSession pty) {
            pty.sendWindowChange(columns, rows);
        }
    }

    /** Waits until the screen satisfies {@code test}; fails with the screen when it does not. */
    RemoteScreen waitFor(Predicate<String> test, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (test.test(text())) {
                return this;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("waited for " + what + "; the screen shows:\n" + text());
    }

    RemoteScreen waitFor(String shown) throws InterruptedException {
        return waitFor(screen -> screen.contains(shown), "\"" + shown + "\"");
    }

    /** Waits for the channel to close; its exit status (null when none came). */
    Integer waitForExit() {
        channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        return channel.getExitStatus();
    }

    @Override
    public void close() throws IOException {
        channel.close(true);
    }
}
