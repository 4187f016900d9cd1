package dev.lectern.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.doc.DocumentCache;
import dev.lectern.doc.FetchSettings;
import dev.lectern.doc.TestSite;
import dev.lectern.doc.WebLibrary;
import dev.lectern.session.FileReaderState;
import dev.lectern.session.ReaderState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
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
 * A served list of web addresses in the full-screen reader, through MINA's client, its pages on
 * a site on 127.0.0.1: the library lists the articles not fetched yet too, Enter on one and
 * {@code :open N} fetch it while the reader sees it coming, a page that cannot be had is one line.
 */
class ServedWebLibraryTest {
    private static final FetchSettings FETCH = FetchSettings.from(Map.of(), "test")
            .withLimits(Duration.ofSeconds(2), Duration.ofSeconds(20), FetchSettings.MAX_BYTES);

    @TempDir
    Path temp;

    private TestSite site;
    /** The market page is held back until this is counted down, so that the wait can be seen. */
    private final CountDownLatch marketMayCome = new CountDownLatch(1);
    private WebLibrary web;
    private ReadingRoom room;
    private SshClient client;
    private KeyPair anne;

    @BeforeEach
    void start() throws Exception {
        site = new TestSite();
        site.addReadingGroupArticles();
        site.holdBack("/market.html", marketMayCome);
        Path list = Files.writeString(temp.resolve("reading-group.txt"), "# December\n" + url("/harbour.html") + "\n"
                + url("/market.html") + "\n" + url("/gone.html") + "\n");
        DocumentCache documents = new DocumentCache(8);
        web = WebLibrary.open(list, temp.resolve("state"), FETCH, documents);
        anne = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        Files.writeString(temp.resolve("authorized_keys"), PublicKeyEntry.toString(anne.getPublic()) + " anne\n");
        OneShot none = (arguments, environment, out, err) -> 0;
        room = ReadingRoom.open(ReadingRoom.settings(web.directory(), temp.resolve("authorized_keys"), false,
                temp.resolve("data/host_key"), temp.resolve("state/serve.log"), FileReaderState.under(temp.resolve("state")), none)
                .withAddress("127.0.0.1", 0).withDocuments(documents).withWeb(web));
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    @AfterEach
    void stop() throws Exception {
        marketMayCome.countDown();
        client.stop();
        room.close();
        site.close();
    }

    private String url(String path) {
        return site.url(path);
    }

    private int fetches(String path) {
        return site.requests(path);
    }

    private ClientSession login() throws IOException {
        return RemoteScreen.logIn(client, room.port(), anne);
    }

    private static void command(RemoteScreen screen, String line) throws Exception {
        screen.type(":");
        screen.waitFor(text -> screen.statusBar().startsWith(":"), "the command line");
        screen.type(line + "\r");
    }

    private static String rowWith(RemoteScreen screen, String text) {
        return screen.rows().stream().filter(row -> row.contains(text)).findFirst().orElse("");
    }

    @Test
    void articlesNotFetchedYetAreListedAndFetchedWhenOpenedInTheFullScreenReader() throws Exception {
        try (ClientSession session = login(); RemoteScreen screen = RemoteScreen.shell(session, 110, 30)) {
            screen.waitFor("Library · reading-group.txt");
            screen.waitFor("1 · " + url("/harbour.html") + " · not fetched yet; Enter fetches it");
            assertThat(screen.text()).contains("2 · " + url("/market.html") + " · not fetched yet")
                    .contains("3 · " + url("/gone.html") + " · not fetched yet");
            assertThat(fetches("/harbour.html")).as("nothing fetched before it is asked for").isZero();

            screen.type("\r");
            screen.waitFor(text -> screen.statusBar().contains("¶ 1/2"), "the harbour article");
            assertThat(screen.text()).contains("The boats came in");
            command(screen, "save");
            screen.waitFor("Saved “The harbour at dawn” in the reading list.");

            command(screen, "open 2");
            screen.waitFor("fetching article 2 of the list, 127.0.0.1…");
            assertThat(screen.text()).as("the article stays under the wait").contains("The boats came in");
            marketMayCome.countDown();
            screen.waitFor(text -> text.contains("The stalls opened") && screen.statusBar().contains("¶ 1/2"), "the market article");

            screen.type("q");
            screen.waitFor("Library · reading-group.txt");
            screen.waitFor(text -> rowWith(screen, "Market day").contains("en"), "Market day listed by its title");
            assertThat(rowWith(screen, "The harbour at dawn")).as("saved, so first, with its date")
                    .isEqualTo(screen.rows().get(3)).contains(java.time.LocalDate.now().toString());

            screen.type("G\r"); // the last row: the page that is gone
            screen.waitFor(text -> screen.statusBar().contains("404"), "the failure on the library's status bar");
            assertThat(screen.text()).contains("3 · " + url("/gone.html") + " · not fetched yet");
            screen.type("q");
            assertThat(screen.waitForExit()).isZero();
        }
        assertThat(fetches("/harbour.html")).isEqualTo(1);
        assertThat(fetches("/market.html")).isEqualTo(1);
        ReaderState state = FileReaderState.under(temp.resolve("state")).reader(KeyUtils.getFingerPrint(anne.getPublic()));
        assertThat(state.readingList()).extracting(ReaderState.Kept::readingKey).as("kept under its address")
                .containsExactly(url("/harbour.html"));
    }

    @Test
    void openOfAnArticleNotFetchedYetWithATerminalFetchesItOrSaysWhyNot() throws Exception {
        marketMayCome.countDown();
        try (ClientSession session = login(); RemoteScreen screen = RemoteScreen.exec(session, "open 2", 100, 30)) {
            screen.waitFor(text -> text.contains("The stalls opened") && screen.statusBar().contains("¶ 1/2"), "the market article");
            screen.type("q");
            assertThat(screen.waitForExit()).isZero();
        }
        try (ClientSession session = login(); RemoteScreen screen = RemoteScreen.exec(session, "open 3", 100, 30)) {
            assertThat(screen.waitForExit()).isEqualTo(1);
            List<String> said = screen.written().lines().filter(line -> line.contains("lectern:")).toList();
            assertThat(said).singleElement().asString().contains(url("/gone.html")).contains("404");
        }
    }

    @Test
    void anArticleFetchedInTheBackgroundTakesItsTitleOnTheLibraryScreen() throws Exception {
        marketMayCome.countDown();
        try (ClientSession session = login(); RemoteScreen screen = RemoteScreen.shell(session, 110, 30)) {
            screen.waitFor("2 · " + url("/market.html") + " · not fetched yet");
            web.article(2); // as the server's background fetch does
            screen.waitFor(text -> rowWith(screen, "Market day").contains("en"), "Market day listed by its title, no key pressed");
            assertThat(screen.text()).contains("1 · " + url("/harbour.html") + " · not fetched yet");
        }
    }
}
