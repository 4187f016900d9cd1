package dev.lectern.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.session.FileReaderState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.List;
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
 * Saved articles over SSH, through MINA's client: {@code :save} keeps the article in the
 * reader's own reading list, which the library screen shows first, across reconnections and a
 * server restart, to that key only; {@code D} takes it off.
 */
class ServedSavesTest {
    @TempDir
    Path temp;

    private Path library;
    private KeyPair anne;
    private KeyPair bruno;
    private ReadingRoom room;
    private SshClient client;

    @BeforeEach
    void start() throws Exception {
        library = Files.createDirectories(temp.resolve("shelf"));
        Files.writeString(library.resolve("a-harbour.md"), "# Harbour at dawn\n\nThe boats came in before the sun was up.\n");
        Files.writeString(library.resolve("b-market.md"), "# Market day\n\nThe stalls opened at eight along the river.\n\n"
                + "Cheese, bread and cherries were sold out before noon.\n");
        Files.copy(Path.of("content/kazakhstan-otsc.fr.txt"), library.resolve("c-kazakhstan.fr.txt"));
        anne = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        bruno = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        Files.writeString(temp.resolve("authorized_keys"), PublicKeyEntry.toString(anne.getPublic()) + " anne\n"
                + PublicKeyEntry.toString(bruno.getPublic()) + " bruno\n");
        room = openRoom();
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    private ReadingRoom openRoom() throws IOException {
        OneShot none = (arguments, environment, out, err) -> 0;
        return ReadingRoom.open(ReadingRoom.settings(library, temp.resolve("authorized_keys"), false,
                temp.resolve("data/host_key"), temp.resolve("state/serve.log"), FileReaderState.under(temp.resolve("state")), none)
                .withAddress("127.0.0.1", 0));
    }

    @AfterEach
    void stop() throws Exception {
        client.stop();
        room.close();
    }

    private ClientSession login(KeyPair key) throws IOException {
        return RemoteScreen.logIn(client, room.port(), key);
    }

    /** The titles of the library screen's list, top to bottom, each with its row's end (the saved date, if any). */
    private static List<String> listed(RemoteScreen screen) {
        List<String> rows = screen.rows();
        int statusBar = rows.size() - 1;
        while (statusBar > 3 && rows.get(statusBar).isBlank()) {
            statusBar--;
        }
        return rows.subList(3, statusBar).stream().filter(row -> !row.isBlank()).map(String::strip).toList();
    }

    private static RemoteScreen library(ClientSession session) throws Exception {
        RemoteScreen screen = RemoteScreen.shell(session, 100, 30);
        screen.waitFor("Library · shelf").waitFor("MISE À JOUR");
        return screen;
    }

    private static void command(RemoteScreen screen, String line) throws Exception {
        screen.type(":");
        screen.waitFor(text -> screen.statusBar().startsWith(":"), "the command line");
        screen.type(line + "\r");
    }

    @Test
    void aSavedArticleIsTheReadersOwnFirstInTheLibraryUntilRemoved() throws Exception {
        String today = LocalDate.now().toString();
        try (ClientSession session = login(anne); RemoteScreen screen = library(session)) {
            assertThat(listed(screen).get(0)).startsWith("Harbour at dawn");
            screen.type("j\r");
            screen.waitFor(text -> screen.statusBar().contains("¶ 1/2"), "Market day open");
            command(screen, "save");
            screen.waitFor("Saved “Market day” in the reading list.");
            command(screen, "save");
            screen.waitFor("Already in your reading list: “Market day”.");
            screen.type("q");
            screen.waitFor(text -> listed(screen).get(0).startsWith("Market day"), "Market day first, once back in the library");
            assertThat(listed(screen).get(0)).endsWith(today);
            assertThat(listed(screen)).hasSize(3);
            assertThat(listed(screen).get(1)).startsWith("Harbour at dawn").doesNotEndWith(today);
            screen.type("q");
            assertThat(screen.waitForExit()).isZero();
        }
        assertThat(Files.list(library).map(p -> p.getFileName().toString()).sorted().toList())
                .as("nothing written in the library").containsExactly("a-harbour.md", "b-market.md", "c-kazakhstan.fr.txt");

        try (ClientSession session = login(anne); RemoteScreen screen = library(session)) {
            assertThat(listed(screen).get(0)).as("after reconnecting").startsWith("Market day").endsWith(today);
        }
        try (ClientSession session = login(bruno); RemoteScreen screen = library(session)) {
            assertThat(listed(screen).get(0)).as("another key").startsWith("Harbour at dawn");
            assertThat(String.join("\n", listed(screen))).doesNotContain(today);
        }

        room.close();
        room = openRoom();
        try (ClientSession session = login(anne); RemoteScreen screen = library(session)) {
            assertThat(listed(screen).get(0)).as("after a restart").startsWith("Market day").endsWith(today);
            screen.type("D");
            screen.waitFor("Remove from the reading list (y/n)? “Market day”");
            screen.type("n");
            screen.waitFor("Kept.");
            screen.type("D");
            screen.waitFor("Remove from the reading list (y/n)? “Market day”");
            screen.type("y");
            screen.waitFor("Removed “Market day” from the reading list.");
            assertThat(listed(screen)).as("back among the others, undated").hasSize(3);
            assertThat(listed(screen).get(0)).startsWith("Harbour at dawn");
            assertThat(listed(screen).get(1)).startsWith("Market day").doesNotEndWith(today);
            screen.type("D");
            screen.waitFor("Only articles of the reading list can be removed here.");
        }
        assertThat(library.resolve("b-market.md")).exists();
        try (ClientSession session = login(anne); RemoteScreen screen = library(session)) {
            assertThat(listed(screen).get(0)).startsWith("Harbour at dawn");
        }
    }
}
