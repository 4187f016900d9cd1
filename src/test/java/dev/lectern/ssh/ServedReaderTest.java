package dev.lectern.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.session.FileReaderState;
import dev.lectern.session.ReaderState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full-screen reader over SSH, as MINA's own client with a PTY meets it on 127.0.0.1 and an
 * ephemeral port; the screen is read through a VT emulator. The library served is content/.
 */
class ServedReaderTest {
    private static final String SEED = "kazakhstan-otsc.fr.txt";
    private static final Pattern PARAGRAPH = Pattern.compile("¶ (\\d+)/8");

    @TempDir
    Path temp;

    private KeyPair anne;
    private KeyPair bruno;
    private ReadingRoom room;
    private SshClient client;
    private Path seed;

    @BeforeEach
    void start() throws Exception {
        seed = Path.of("content", SEED).toRealPath();
        anne = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        bruno = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        Files.writeString(temp.resolve("authorized_keys"), PublicKeyEntry.toString(anne.getPublic()) + " anne\n"
                + PublicKeyEntry.toString(bruno.getPublic()) + " bruno\n");
        OneShot none = (arguments, environment, out, err) -> 0;
        room = ReadingRoom.open(ReadingRoom.settings(Path.of("content"), temp.resolve("authorized_keys"), false,
                temp.resolve("data/host_key"), temp.resolve("state/serve.log"), FileReaderState.under(temp.resolve("state")), none)
                .withAddress("127.0.0.1", 0));
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    @AfterEach
    void stop() throws Exception {
        client.stop();
        room.close();
    }

    private ClientSession login(KeyPair key) throws IOException {
        return RemoteScreen.logIn(client, room.port(), key);
    }

    private static int paragraph(RemoteScreen screen) {
        Matcher m = PARAGRAPH.matcher(screen.statusBar());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static RemoteScreen atParagraph(RemoteScreen screen, int paragraph) throws InterruptedException {
        return screen.waitFor(text -> paragraph(screen) == paragraph, "¶ " + paragraph + "/8 on the status bar");
    }

    @Test
    void theLibraryThenTheSeedStepResizeJumpAndSearchThroughTheChannel() throws Exception {
        try (ClientSession session = login(anne); RemoteScreen screen = RemoteScreen.shell(session, 100, 30)) {
            screen.waitFor("Library · content").waitFor("MISE À JOUR");
            screen.type("\r");
            atParagraph(screen, 1);
            String firstRow = screen.rows().get(0);
            screen.type("j");
            atParagraph(screen, 2);
            screen.type(" ");
            screen.waitFor(text -> paragraph(screen) > 2 && !screen.rows().get(0).equals(firstRow), "a page further on");
            // Wide enough for the entity pane at first (its border right of the text); gone at 60 columns.
            assertThat(screen.statusBar().strip().length()).isGreaterThan(60);
            assertThat(screen.rows().stream().anyMatch(ServedReaderTest::hasPaneBorder)).isTrue();
            screen.resize(60, 20);
            screen.waitFor(text -> screen.rows().stream().noneMatch(ServedReaderTest::hasPaneBorder)
                    && screen.statusBar().contains("…") && screen.statusBar().contains("¶")
                    && screen.rows().stream().allMatch(row -> row.stripTrailing().length() <= 60), "the screen redrawn at 60x20");
            assertThat(screen.rows().stream().filter(row -> !row.isBlank()).count()).isLessThanOrEqualTo(20);
            screen.type(":");
            screen.waitFor(text -> screen.statusBar().startsWith(":"), "the command line");
            screen.type("jump 6\r");
            atParagraph(screen, 6);
            screen.type("/");
            screen.waitFor(text -> screen.statusBar().startsWith("/"), "the search line");
            screen.type("Almaty\r");
            screen.waitFor("match 1/");
            int found = paragraph(screen);
            assertThat(screen.text()).contains("Almaty");
            screen.type("q");
            screen.waitFor("Library · content");
            screen.type("q");
            assertThat(screen.waitForExit()).isEqualTo(0);
            ReaderState.Reading saved = stateOf(anne).reading(seed.toString());
            assertThat(saved.position().paragraph()).isEqualTo(found);
        }
    }

    /** The entity pane's border: a bar after the text (the one in column 0 marks the current paragraph). */
    private static boolean hasPaneBorder(String row) {
        return row.indexOf('│', 1) > 0;
    }

    private ReaderState stateOf(KeyPair key) {
        return FileReaderState.under(temp.resolve("state")).reader(KeyUtils.getFingerPrint(key.getPublic()));
    }

    @Test
    void openFileWithATerminalShowsThatArticleAtOnce() throws Exception {
        try (ClientSession session = login(anne); RemoteScreen screen = RemoteScreen.exec(session, "open " + SEED, 100, 30)) {
            atParagraph(screen, 1);
            assertThat(screen.text()).doesNotContain("Library");
            screen.type("q");
            assertThat(screen.waitForExit()).isEqualTo(0);
        }
    }

    @Test
    void openOutsideTheLibraryIsRefusedInOneLine() throws Exception {
        for (String outside : List.of("../../etc/passwd", "/etc/passwd")) {
            try (ClientSession session = login(anne);
                 RemoteScreen screen = RemoteScreen.exec(session, "open " + outside, 100, 30)) {
                assertThat(screen.waitForExit()).isEqualTo(2);
                assertThat(screen.written()).isEqualTo("lectern: " + outside
                        + " is outside the library: only its articles can be read here.\r\n");
            }
        }
    }

    @Test
    void aDroppedClientHasItsPlaceSaved() throws Exception {
        try (ClientSession session = login(anne); RemoteScreen screen = RemoteScreen.exec(session, "open " + SEED, 100, 30)) {
            atParagraph(screen, 1);
            screen.type("jjj");
            atParagraph(screen, 4);
            session.close(true); // no goodbye: the connection is simply gone
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        ReaderState.Reading saved = null;
        while (System.nanoTime() < deadline && (saved == null || saved.position().paragraph() != 4)) {
            Thread.sleep(20);
            saved = stateOf(anne).reading(seed.toString());
        }
        assertThat(saved).isNotNull();
        assertThat(saved.position().paragraph()).isEqualTo(4);
        try (ClientSession session = login(anne); RemoteScreen screen = RemoteScreen.exec(session, "open " + SEED, 100, 30)) {
            atParagraph(screen, 4);
        }
    }

    @Test
    void twoReadersAtOnceEachFindTheirOwnPlace() throws Exception {
        try (ClientSession first = login(anne); ClientSession second = login(bruno);
             RemoteScreen anneReads = RemoteScreen.exec(first, "open " + SEED, 100, 30);
             RemoteScreen brunoReads = RemoteScreen.exec(second, "open " + SEED, 80, 24)) {
            atParagraph(anneReads, 1);
            atParagraph(brunoReads, 1);
            anneReads.type("jjjj");
            brunoReads.type("j");
            atParagraph(anneReads, 5);
            atParagraph(brunoReads, 2);
            anneReads.type("q");
            brunoReads.type("q");
            assertThat(anneReads.waitForExit()).isEqualTo(0);
            assertThat(brunoReads.waitForExit()).isEqualTo(0);
        }
        try (ClientSession first = login(anne); ClientSession second = login(bruno);
             RemoteScreen anneReads = RemoteScreen.exec(first, "open " + SEED, 100, 30);
             RemoteScreen brunoReads = RemoteScreen.exec(second, "open " + SEED, 80, 24)) {
            atParagraph(anneReads, 5);
            atParagraph(brunoReads, 2);
        }
    }

    @Test
    void stoppingTheServerSavesEveryPlaceAndSaysGoodbyeOnTheScreen() throws Exception {
        try (ClientSession session = login(anne); RemoteScreen screen = RemoteScreen.shell(session, 100, 30)) {
            screen.waitFor("Library · content");
            screen.type("\r");
            atParagraph(screen, 1);
            screen.type("jj");
            atParagraph(screen, 3);
            room.close();
            screen.waitFor(ReadingRoom.GOODBYE);
            String written = screen.written();
            // The screen is given back first, then the line is said on the reader's own screen.
            assertThat(written.substring(written.lastIndexOf("\033[?1049l"))).contains(ReadingRoom.GOODBYE);
            assertThat(screen.waitForExit()).isEqualTo(0);
        }
        assertThat(stateOf(anne).reading(seed.toString()).position().paragraph()).isEqualTo(3);
    }

    /** The threads a served reader starts: its keyboard's, its terminals' input pumps, its place saver's. */
    private static long readerThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.equals("lectern-keys") || name.contains("input pump") || name.equals("lectern-place-saver"))
                .count();
    }

    @Test
    void readersWhoLeaveTakeTheirThreadsWithThem() throws Exception {
        long before = readerThreads();
        for (int i = 0; i < 5; i++) {
            try (ClientSession session = login(anne); RemoteScreen screen = RemoteScreen.exec(session, "open " + SEED, 100, 30)) {
                screen.waitFor(text -> paragraph(screen) > 0, "the article");
                screen.type(":"); // the command line has a terminal of its own, with its own pump
                screen.waitFor(text -> screen.statusBar().startsWith(":"), "the command line");
                screen.type("jump " + (i + 2) + "\r");
                atParagraph(screen, i + 2);
                assertThat(readerThreads()).as("while reading").isGreaterThan(before);
                if (i % 2 == 0) {
                    screen.type("q");
                    assertThat(screen.waitForExit()).isEqualTo(0);
                } else {
                    session.close(true); // dropped
                }
            }
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while ((readerThreads() > before || room.readers() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(room.readers()).isZero();
        assertThat(readerThreads()).isEqualTo(before);
    }
}
