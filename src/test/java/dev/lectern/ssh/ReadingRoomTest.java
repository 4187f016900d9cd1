package dev.lectern.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.session.FileReaderState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server as MINA's own SSH client meets it, on 127.0.0.1 and an ephemeral port. */
class ReadingRoomTest {
    @TempDir
    Path temp;

    private Path library;
    private KeyPair readerKey;
    private ReadingRoom room;
    private SshClient client;
    /** What the one-shot commands were asked, in order. */
    private final List<List<String>> ran = new ArrayList<>();
    /** Commands asking "together" wait here for each other. */
    private final java.util.concurrent.CountDownLatch together = new java.util.concurrent.CountDownLatch(2);

    @BeforeEach
    void start() throws Exception {
        library = Files.createDirectories(temp.resolve("library"));
        Files.writeString(library.resolve("a.txt"), "A\n\nText.\n");
        Files.writeString(temp.resolve("secret.txt"), "S\n\nSecret.\n");
        readerKey = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        Files.writeString(temp.resolve("authorized_keys"), PublicKeyEntry.toString(readerKey.getPublic()) + " reader\n");
        room = ReadingRoom.open(settings().withAddress("127.0.0.1", 0));
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    private ReadingRoom.Settings settings() {
        OneShot echo = (arguments, environment, out, err) -> {
            synchronized (ran) {
                ran.add(arguments);
            }
            out.println("ran " + String.join("|", arguments));
            if (arguments.contains("together")) {
                together.countDown();
                try {
                    return together.await(10, TimeUnit.SECONDS) ? 0 : 3;
                } catch (InterruptedException e) {
                    return 4;
                }
            }
            return arguments.contains("nothing") ? 1 : 0;
        };
        return ReadingRoom.settings(library, temp.resolve("authorized_keys"), false, temp.resolve("data/lectern/host_key"),
                temp.resolve("state/serve.log"), FileReaderState.under(temp.resolve("state")), echo);
    }

    @AfterEach
    void stop() throws Exception {
        client.stop();
        room.close();
    }

    private ClientSession login(KeyPair key) throws IOException {
        return RemoteScreen.logIn(client, room.port(), key);
    }

    private record Result(Integer status, String out, String err) {
    }

    private static Result run(ClientChannel channel) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        channel.setOut(out);
        channel.setErr(err);
        channel.open().verify(10, TimeUnit.SECONDS);
        channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(10));
        return new Result(channel.getExitStatus(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result exec(String command) throws IOException {
        try (ClientSession session = login(readerKey); ChannelExec exec = session.createExecChannel(command)) {
            return run(exec);
        }
    }

    @Test
    void anAuthorizedKeyRunsOneShotCommandsWithTheirExitCodes() throws Exception {
        Result found = exec("search a.txt text --json");
        assertThat(found.status()).isZero();
        String article = library.toRealPath().resolve("a.txt").toString();
        assertThat(found.out()).isEqualTo("ran search|" + article + "|text|--json\n");
        assertThat(exec("search a.txt nothing").status()).isEqualTo(1);
        assertThat(exec("help").out()).contains("search FILE WORDS");
    }

    @Test
    void twoReadersCommandsRunAtOnce() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> exec("search a.txt together"));
            var second = pool.submit(() -> exec("search a.txt together"));
            // Each finishes only once the other has started: one command at a time would give 3.
            assertThat(first.get(20, TimeUnit.SECONDS).status()).isZero();
            assertThat(second.get(20, TimeUnit.SECONDS).status()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFileOutsideTheLibraryNeverReachesTheCommand() throws Exception {
        Result refused = exec("search ../../etc/passwd x");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("lectern: ../../etc/passwd is outside the library: only its articles can be read here.\n");
        assertThat(exec("entities ../secret.txt").status()).isEqualTo(2);
        Files.createSymbolicLink(library.resolve("link.txt"), temp.resolve("secret.txt"));
        assertThat(exec("glossary link.txt").status()).isEqualTo(2);
        assertThat(ran).isEmpty();
    }

    @Test
    void otherCommandsGetOneLineAndANonZeroExit() throws Exception {
        Result scp = exec("scp -t /tmp");
        assertThat(scp.status()).isEqualTo(2);
        assertThat(scp.err()).startsWith("lectern: unknown command 'scp'").hasLineCount(1);
        assertThat(ran).isEmpty();
    }

    @Test
    void aWrongKeyIsRefused() throws Exception {
        KeyPair stranger = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        assertThatThrownBy(() -> login(stranger).close()).isInstanceOf(IOException.class);
    }

    @Test
    void passwordsAreRefusedEvenWithoutAKey() throws Exception {
        try (ClientSession session = client.connect("reader", "127.0.0.1", room.port()).verify(10, TimeUnit.SECONDS).getSession()) {
            session.addPasswordIdentity("reader");
            assertThatThrownBy(() -> session.auth().verify(10, TimeUnit.SECONDS)).isInstanceOf(IOException.class);
        }
    }

    @Test
    void anRsaKeyUnder2048BitsIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        KeyPair weak = generator.generateKeyPair();
        KeyPairGenerator strong = KeyPairGenerator.getInstance("RSA");
        strong.initialize(2048);
        KeyPair rsa = strong.generateKeyPair();
        KeyPair ecdsa = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        Files.writeString(temp.resolve("authorized_keys"), PublicKeyEntry.toString(weak.getPublic()) + "\n"
                + PublicKeyEntry.toString(rsa.getPublic()) + "\n" + PublicKeyEntry.toString(ecdsa.getPublic()) + "\n");
        assertThatThrownBy(() -> login(weak).close()).isInstanceOf(IOException.class);
        login(rsa).close();
        login(ecdsa).close();
    }

    @Test
    void aShellWithoutATerminalIsRefused() throws Exception {
        try (ClientSession session = login(readerKey); ChannelShell shell = session.createShellChannel()) {
            shell.setUsePty(false);
            Result result = run(shell);
            assertThat(result.status()).isEqualTo(2);
            assertThat(result.err()).startsWith("lectern: no shell here").hasLineCount(1);
        }
    }

    @Test
    void sftpAndForwardingAreRefused() throws Exception {
        try (ClientSession session = login(readerKey)) {
            try (ClientChannel sftp = session.createSubsystemChannel("sftp")) {
                Result result = run(sftp);
                // The subsystem request fails: the channel closes with no exit status and nothing served.
                assertThat(result.status()).isNull();
                assertThat(result.out()).isEmpty();
            }
            try (var tunnel = session.createDirectTcpipChannel(new SshdSocketAddress("127.0.0.1", 1),
                    new SshdSocketAddress("127.0.0.1", room.port()))) {
                assertThatThrownBy(() -> tunnel.open().verify(10, TimeUnit.SECONDS)).isInstanceOf(IOException.class);
            }
            assertThatThrownBy(() -> session.startRemotePortForwarding(new SshdSocketAddress("127.0.0.1", 0),
                    new SshdSocketAddress("127.0.0.1", 1))).isInstanceOf(IOException.class);
        }
    }

    @Test
    void theHostKeyIsEd25519PrivateAndKeptAcrossRestarts() throws Exception {
        Path key = temp.resolve("data/lectern/host_key");
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(key.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.readString(key)).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----");
        String first = room.hostKeyFingerprint();
        assertThat(first).startsWith("SHA256:");
        try (ClientSession session = login(readerKey)) {
            assertThat(KeyUtils.getFingerPrint(session.getServerKey())).isEqualTo(first);
            assertThat(KeyUtils.getKeyType(session.getServerKey())).isEqualTo("ssh-ed25519");
        }
        room.close();
        room = ReadingRoom.open(settings().withAddress("127.0.0.1", 0));
        assertThat(room.hostKeyFingerprint()).isEqualTo(first);
    }

    @Test
    void serveLogHasOneLineAtEachStartAndEndWithTheReadersFingerprint() throws Exception {
        exec("help");
        room.close();
        List<String> lines = Files.readAllLines(temp.resolve("state/serve.log"));
        String reader = KeyUtils.getFingerPrint(readerKey.getPublic());
        assertThat(lines.get(0)).contains(" listening 127.0.0.1:").contains(room.hostKeyFingerprint());
        assertThat(lines).anyMatch(line -> line.matches("\\S+ start \\Q" + reader + "\\E 127\\.0\\.0\\.1:\\d+"));
        assertThat(lines).anyMatch(line -> line.matches("\\S+ end \\Q" + reader + "\\E 127\\.0\\.0\\.1:\\d+ \\d+\\.\\ds"));
        assertThat(lines.get(lines.size() - 1)).endsWith(" stopped");
    }

    @Test
    void aReaderOverTheLimitIsToldTheRoomIsFullAndClosed() throws Exception {
        room.close();
        room = ReadingRoom.open(settings().withAddress("127.0.0.1", 0).withLimits(1, 10, 30, Duration.ofMinutes(5)));
        try (ClientSession first = login(readerKey)) {
            ClientSession second = client.connect("reader", "127.0.0.1", room.port()).verify(10, TimeUnit.SECONDS).getSession();
            second.addPublicKeyIdentity(readerKey);
            try {
                second.auth().verify(10, TimeUnit.SECONDS);
            } catch (IOException closedDuringLogin) {
                // the disconnect may come before or after the client sees the success
            }
            second.waitFor(EnumSet.of(org.apache.sshd.client.session.ClientSession.ClientSessionEvent.CLOSED), Duration.ofSeconds(10));
            assertThat(second.isOpen()).isFalse();
            assertThat(room.readers()).isEqualTo(1);
            try (ChannelExec exec = first.createExecChannel("help")) {
                assertThat(run(exec).status()).isZero();
            }
        }
        assertThat(Files.readString(temp.resolve("state/serve.log"))).contains("the room is full (1 readers)");
    }

    @Test
    void anIdleSessionIsClosed() throws Exception {
        room.close();
        room = ReadingRoom.open(settings().withAddress("127.0.0.1", 0).withLimits(50, 10, 30, Duration.ofSeconds(2)));
        try (ClientSession session = login(readerKey)) {
            session.waitFor(EnumSet.of(ClientSession.ClientSessionEvent.CLOSED), Duration.ofSeconds(15));
            assertThat(session.isOpen()).as("closed after 2 s idle").isFalse();
        }
        // The client may see the close before the server has counted its reader out.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (room.readers() != 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(room.readers()).isZero();
    }

    @Test
    void tooManyConnectionsFromOneAddressAreRefused() throws Exception {
        room.close();
        room = ReadingRoom.open(settings().withAddress("127.0.0.1", 0).withLimits(50, 10, 3, Duration.ofMinutes(5)));
        for (int i = 0; i < 3; i++) {
            assertThat(closedAtOnce()).isFalse();
        }
        assertThat(closedAtOnce()).as("the fourth connection in a minute is closed").isTrue();
        assertThat(Files.readString(temp.resolve("state/serve.log"))).contains("over 3 connections a minute");
    }

    @Test
    void connectionsStillLoggingInAreCapped() throws Exception {
        room.close();
        room = ReadingRoom.open(settings().withAddress("127.0.0.1", 0).withLimits(50, 2, 30, Duration.ofMinutes(5)));
        // Two connections that never say a word hold the two places for those logging in.
        try (Socket one = new Socket("127.0.0.1", room.port()); Socket two = new Socket("127.0.0.1", room.port())) {
            Thread.sleep(300);
            assertThat(closedAtOnce()).as("a third connection while two log in is closed").isTrue();
        }
        Thread.sleep(300);
        assertThat(exec("help").status()).isZero();
    }

    /** Whether the server closes a new connection at once rather than waiting for it to log in. */
    private boolean closedAtOnce() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", room.port())) {
            socket.setSoTimeout(2000);
            while (socket.getInputStream().read() >= 0) {
                // the server's greeting, if any, then the end
            }
            return true;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        } catch (java.net.SocketException reset) {
            return true;
        }
    }

    @Test
    void closingEndsOpenSessionsQuickly() throws Exception {
        ClientSession session = login(readerKey);
        long start = System.nanoTime();
        room.close();
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to stop").isLessThan(5000);
        session.waitFor(EnumSet.of(ClientSession.ClientSessionEvent.CLOSED), Duration.ofSeconds(5));
        assertThat(session.isOpen()).isFalse();
        assertThatThrownBy(() -> new Socket("127.0.0.1", room.port()).close()).isInstanceOf(IOException.class);
    }
}
