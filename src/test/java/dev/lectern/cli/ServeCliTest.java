package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lectern serve's mistakes: one line each, and the right exit code, before anything listens. */
class ServeCliTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int serve(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        Map<String, String> environment = Map.of("XDG_STATE_HOME", temp.resolve("state").toString(),
                "XDG_DATA_HOME", temp.resolve("data").toString());
        return Main.run(all, environment, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void whoMayReadMustBeSaid() {
        assertThat(serve("content")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("lectern: serve: say who may read: --authorized-keys FILE, "
                + "or --allow-any-key for a public reading room\n");
    }

    @Test
    void anUnreadableAuthorizedKeysFileIsBadUsage() {
        assertThat(serve("content", "--authorized-keys", temp.resolve("none").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("lectern: serve: cannot read the authorized keys file").hasLineCount(1);
    }

    @Test
    void aBadIdleTimeoutIsBadUsage() {
        assertThat(serve("content", "--allow-any-key", "--idle-timeout", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("--idle-timeout takes a time such as 90s").hasLineCount(1);
    }

    @Test
    void aTakenPortIsOneLineAndExitOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(serve("content", "--allow-any-key", "--port", String.valueOf(taken.getLocalPort()))).isEqualTo(1);
        }
        assertThat(err.toString()).startsWith("lectern: serve: cannot listen on 127.0.0.1:").hasLineCount(1)
                .doesNotContain("Exception");
    }

    @Test
    void anEmptyLibraryIsRefused() throws Exception {
        Path empty = Files.createDirectory(temp.resolve("empty"));
        assertThat(serve(empty.toString(), "--allow-any-key")).isEqualTo(1);
        assertThat(err.toString()).startsWith("lectern: serve: No articles in").hasLineCount(1);
    }

    @Test
    void anUnreachableDatabaseIsOneLine() {
        assertThat(serve("content", "--allow-any-key", "--state", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2")).isEqualTo(1);
        assertThat(err.toString()).startsWith("lectern: serve: reading state database:").hasLineCount(1);
    }

    @Test
    void timesReadAsPeopleWriteThem() {
        assertThat(ServeCli.duration("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(ServeCli.duration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(ServeCli.duration("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(ServeCli.duration("45")).isEqualTo(Duration.ofSeconds(45));
        assertThat(ServeCli.duration("0")).isEqualTo(Duration.ZERO);
        assertThat(ServeCli.duration("")).isNull();
        assertThat(ServeCli.duration("5 minutes")).isNull();
    }
}
