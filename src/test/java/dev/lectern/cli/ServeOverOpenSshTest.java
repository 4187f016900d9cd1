package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lectern serve} as its own process, met by OpenSSH's {@code ssh} on 127.0.0.1 and a
 * port the system picks; ends with SIGTERM. Skipped when no ssh client is installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeOverOpenSshTest {
    @TempDir
    static Path temp;

    private static Process server;
    private static int port;
    private static String hostKeyLine;
    private static final List<String> serverOutput = new ArrayList<>();

    @BeforeAll
    static void serve() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh")) && Files.isExecutable(Path.of("/usr/bin/ssh-keygen")),
                "OpenSSH's ssh and ssh-keygen are not installed");
        Path library = Files.createDirectories(temp.resolve("library"));
        Files.copy(Path.of("content/kazakhstan-otsc.fr.txt"), library.resolve("kazakhstan-otsc.fr.txt"));
        Files.writeString(temp.resolve("secret.txt"), "Secret\n\nNot for readers.\n");
        for (String name : List.of("reader", "stranger")) {
            run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", temp.resolve(name).toString()));
        }
        Files.copy(temp.resolve("reader.pub"), temp.resolve("authorized_keys"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.lectern.cli.Main", "serve", library.toString(),
                "--port", "0", "--authorized-keys", temp.resolve("authorized_keys").toString());
        builder.environment().put("XDG_DATA_HOME", temp.resolve("data").toString());
        builder.environment().put("XDG_STATE_HOME", temp.resolve("state").toString());
        builder.redirectErrorStream(true);
        server = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pattern listening = Pattern.compile("on 127\\.0\\.0\\.1:(\\d+)$");
        String line;
        while ((line = out.readLine()) != null) {
            serverOutput.add(line);
            Matcher m = listening.matcher(line);
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
            }
            if (line.startsWith("host key ")) {
                hostKeyLine = line;
            }
            if (line.startsWith("try: ")) {
                break;
            }
        }
        assertThat(port).as("the server's output: " + serverOutput).isPositive();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    private record Result(int code, String out, String err) {
    }

    private static Result ssh(String key, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("ssh", "-F", "/dev/null", "-p", String.valueOf(port),
                "-i", temp.resolve(key).toString(), "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
                "-o", "StrictHostKeyChecking=accept-new", "-o", "UserKnownHostsFile=" + temp.resolve("known_hosts"),
                "-o", "ConnectTimeout=10", "-o", "LogLevel=ERROR"));
        command.addAll(List.of(arguments));
        return run(command);
    }

    private static Result run(List<String> command) throws Exception {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 30 s: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    @Order(1)
    void theHostKeyIsPrintedAndIsTheOneOnDisk() throws Exception {
        Result fingerprint = run(List.of("ssh-keygen", "-l", "-f", temp.resolve("data/lectern/ssh_host_ed25519_key").toString()));
        assertThat(fingerprint.code()).isZero();
        String printed = hostKeyLine.split(" ")[2];
        assertThat(fingerprint.out()).contains(printed).contains("(ED25519)");
    }

    @Test
    @Order(2)
    void searchJsonRunsAgainstTheServedLibraryWithItsExitCodes() throws Exception {
        Result found = ssh("reader", "reader@127.0.0.1", "search", "kazakhstan-otsc.fr.txt", "tokaiev", "--json");
        assertThat(found.code()).as(found.err()).isZero();
        assertThat(found.out()).startsWith("{\"article\": {\"title\": \"MISE À JOUR").contains("\"matches\": [\n  {\"paragraph\": 3, ")
                .contains("Tokaïev");
        Result none = ssh("reader", "reader@127.0.0.1", "search", "kazakhstan-otsc.fr.txt", "zzzyxw");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).startsWith("lectern: no match");
        Result summary = ssh("reader", "reader@127.0.0.1", "summarise", "kazakhstan-otsc.fr.txt", "-n", "2", "--json");
        assertThat(summary.code()).as(summary.err()).isZero();
        assertThat(summary.out()).contains("\"paragraph\"");
        Result list = ssh("reader", "reader@127.0.0.1", "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).startsWith("Library: library\n").contains("kazakhstan-otsc.fr.txt\tfr\t8 paragraphs");
        Result entities = ssh("reader", "reader@127.0.0.1", "entities", "kazakhstan-otsc.fr.txt", "--json");
        assertThat(entities.code()).isZero();
        assertThat(entities.out()).contains("\"type\": \"PERSON\"");
    }

    @Test
    @Order(3)
    void aFileOutsideTheLibraryIsRefused() throws Exception {
        Result passwd = ssh("reader", "reader@127.0.0.1", "search", "../../etc/passwd", "x");
        assertThat(passwd.code()).isEqualTo(2);
        assertThat(passwd.out()).isEmpty();
        assertThat(passwd.err()).isEqualTo("lectern: ../../etc/passwd is outside the library: only its articles can be read here.\n");
        Result secret = ssh("reader", "reader@127.0.0.1", "glossary", "../secret.txt");
        assertThat(secret.code()).isEqualTo(2);
        assertThat(secret.out()).doesNotContain("Not for readers");
    }

    @Test
    @Order(4)
    void aWrongKeyAndPasswordsAreRefused() throws Exception {
        Result stranger = ssh("stranger", "reader@127.0.0.1", "list");
        assertThat(stranger.code()).isEqualTo(255);
        assertThat(stranger.err()).contains("Permission denied (publickey)");
        Result password = ssh("reader", "-o", "PubkeyAuthentication=no", "-o", "PreferredAuthentications=password,keyboard-interactive",
                "reader@127.0.0.1", "list");
        assertThat(password.code()).isEqualTo(255);
        assertThat(password.err()).contains("Permission denied (publickey)");
    }

    @Test
    @Order(5)
    void forwardingSftpScpAndAShellAreRefused() throws Exception {
        Result stdio = ssh("reader", "-W", "127.0.0.1:" + port, "reader@127.0.0.1");
        assertThat(stdio.code()).isEqualTo(255);
        Result remote = ssh("reader", "-o", "ExitOnForwardFailure=yes", "-R", "0:127.0.0.1:9", "reader@127.0.0.1", "list");
        assertThat(remote.code()).isEqualTo(255);
        assertThat(remote.err()).contains("remote port forwarding failed");
        Result sftp = ssh("reader", "-s", "reader@127.0.0.1", "sftp");
        assertThat(sftp.code()).isEqualTo(255);
        assertThat(sftp.err()).contains("subsystem request failed");
        Result scp = ssh("reader", "reader@127.0.0.1", "scp", "-f", "/etc/passwd");
        assertThat(scp.code()).isEqualTo(2);
        assertThat(scp.out()).isEmpty();
        Result shell = ssh("reader", "-T", "reader@127.0.0.1");
        assertThat(shell.code()).isEqualTo(2);
        assertThat(shell.err()).startsWith("lectern: no shell here");
    }

    @Test
    @Order(5)
    void aTerminalGetsTheLibraryAndOpenStaysInsideIt() throws Exception {
        // Standard input is /dev/null: the library is drawn, then the end of the input ends the reader.
        Result terminal = ssh("reader", "-tt", "reader@127.0.0.1");
        assertThat(terminal.code()).isZero();
        assertThat(terminal.out()).contains("Library · library").contains("MISE À JOUR");
        Result outside = ssh("reader", "-tt", "reader@127.0.0.1", "open", "../../etc/passwd");
        assertThat(outside.code()).isEqualTo(2);
        assertThat(outside.out() + outside.err()).isEqualTo(
                "lectern: ../../etc/passwd is outside the library: only its articles can be read here.\r\n");
    }

    @Test
    @Order(6)
    void serveLogNamesEachReaderByKey() throws Exception {
        Result fingerprint = run(List.of("ssh-keygen", "-l", "-f", temp.resolve("reader.pub").toString()));
        String reader = fingerprint.out().split(" ")[1];
        String log = Files.readString(temp.resolve("state/lectern/serve.log"));
        assertThat(log).contains(" start " + reader + " 127.0.0.1:").contains(" end " + reader + " 127.0.0.1:");
    }

    @Test
    @Order(7)
    void sigtermStopsTheServerWithinFiveSeconds() throws Exception {
        long start = System.nanoTime();
        server.destroy(); // SIGTERM
        boolean ended = server.waitFor(5, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("lectern serve stopped " + millis + " ms after SIGTERM");
        assertThat(ended).as("ended within 5 s").isTrue();
        assertThat(server.exitValue()).isEqualTo(143);
        List<String> log = Files.readAllLines(temp.resolve("state/lectern/serve.log"));
        assertThat(log.get(log.size() - 1)).endsWith(" stopped");
        Result after = ssh("reader", "reader@127.0.0.1", "list");
        assertThat(after.code()).isEqualTo(255);
    }
}
