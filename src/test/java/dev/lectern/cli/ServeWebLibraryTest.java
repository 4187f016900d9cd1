package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentCache;
import dev.lectern.doc.FetchSettings;
import dev.lectern.doc.TestSite;
import dev.lectern.doc.Library;
import dev.lectern.doc.UnreadableDocumentException;
import dev.lectern.doc.WebLibrary;
import dev.lectern.session.FileReaderState;
import dev.lectern.ssh.ReadingRoom;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
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
 * lectern serve URLS.txt: the articles of a list of web addresses, fetched from a site on
 * 127.0.0.1 on first open, kept as clean HTML, read by the exec commands over SSH.
 */
class ServeWebLibraryTest {
    private static final FetchSettings FETCH = FetchSettings.from(Map.of(), "test")
            .withLimits(Duration.ofSeconds(2), Duration.ofSeconds(5), FetchSettings.MAX_BYTES);

    @TempDir
    Path temp;

    private TestSite site;
    private ReadingRoom room;
    private SshClient client;
    private KeyPair readerKey;

    @BeforeEach
    void start() throws IOException {
        site = new TestSite();
        site.addReadingGroupArticles();
    }

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.stop();
        }
        if (room != null) {
            room.close();
        }
        site.close();
    }

    private String url(String path) {
        return site.url(path);
    }

    private Path list() throws IOException {
        return Files.writeString(temp.resolve("URLS.txt"), "# Articles for the reading group\n\n" + url("/harbour.html")
                + "\n   " + url("/market.html") + "   \n# gone since\n" + url("/gone.html") + "\n");
    }

    private int fetches(String path) {
        return site.requests(path);
    }

    private WebLibrary library(Path list) throws UnreadableDocumentException {
        return WebLibrary.open(list, temp.resolve("state"), FETCH, new DocumentCache(8));
    }

    private void serve(WebLibrary web) throws Exception {
        readerKey = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        Files.writeString(temp.resolve("authorized_keys"), PublicKeyEntry.toString(readerKey.getPublic()) + " reader\n");
        Map<String, String> environment = Map.of("XDG_STATE_HOME", temp.resolve("state").toString());
        room = ReadingRoom.open(ReadingRoom.settings(web.directory(), temp.resolve("authorized_keys"), false,
                temp.resolve("data/host_key"), temp.resolve("state/serve.log"), FileReaderState.under(temp.resolve("state")),
                ServeCli.oneShot(web, environment)).withAddress("127.0.0.1", 0));
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    private record Result(Integer status, String out, String err) {
    }

    private Result exec(String command) throws IOException {
        try (ClientSession session = client.connect("reader", "127.0.0.1", room.port()).verify(10, TimeUnit.SECONDS).getSession()) {
            session.addPublicKeyIdentity(readerKey);
            session.auth().verify(10, TimeUnit.SECONDS);
            try (ChannelExec exec = session.createExecChannel(command)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                exec.setOut(out);
                exec.setErr(err);
                exec.open().verify(10, TimeUnit.SECONDS);
                exec.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(20));
                return new Result(exec.getExitStatus(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void theListIsReadWithoutCommentsAndABadLineIsNamed() throws Exception {
        assertThat(library(list()).addresses()).hasSize(3);
        assertThat(fetches("/harbour.html")).as("nothing is fetched before it is opened").isZero();
        Path bad = Files.writeString(temp.resolve("bad.txt"), url("/harbour.html") + "\nftp://example.org/file\n");
        assertThatThrownBy(() -> library(bad)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("bad.txt line 2: ftp://example.org/file is not a web address");
        Path empty = Files.writeString(temp.resolve("empty.txt"), "# nothing yet\n\n");
        assertThatThrownBy(() -> library(empty)).hasMessageStartingWith("No web addresses in");
    }

    @Test
    void execCommandsReadTheArticlesByNumberFetchingEachOnce() throws Exception {
        WebLibrary web = library(list());
        serve(web);

        Result before = exec("list");
        assertThat(before.status()).isZero();
        assertThat(before.out()).contains("1\tnot fetched yet\t" + url("/harbour.html"));

        Result found = exec("search 1 boats --json");
        assertThat(found.status()).as(found.err()).isZero();
        assertThat(found.out()).contains("\"paragraph\"").containsIgnoringCase("boats");
        assertThat(exec("search 1 quay").status()).isZero();
        assertThat(exec("search " + url("/harbour.html") + " buyers").status()).as("named by its address").isZero();
        assertThat(exec("search 1 zzzyxw").status()).as("no match").isEqualTo(1);
        assertThat(fetches("/harbour.html")).isEqualTo(1);
        assertThat(fetches("/market.html")).isZero();

        Result after = exec("list");
        assertThat(after.out()).contains("1\ten\t2 paragraphs\tThe harbour at dawn\t" + url("/harbour.html"))
                .contains("2\tnot fetched yet\t");

        Result missing = exec("search 9 boats");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("lectern: No article 9 in the library: its articles are numbered 1 to 3 (list shows them).\n");
        Result gone = exec("summarise 3");
        assertThat(gone.status()).isEqualTo(1);
        assertThat(gone.err()).startsWith("lectern: ").contains("404").hasLineCount(1);
        assertThat(exec("search ../../etc/passwd x").status()).isEqualTo(1);
    }

    @Test
    void aRestartReadsTheSavedCopyInsteadOfFetchingAgain() throws Exception {
        Path list = list();
        Document first = library(list).article(2);
        assertThat(first.title()).isEqualTo("Market day");
        assertThat(fetches("/market.html")).isEqualTo(1);

        WebLibrary restarted = library(list); // a new process: a new cache, the same state directory
        Document again = restarted.article(2);
        assertThat(fetches("/market.html")).isEqualTo(1);
        assertThat(again.title()).isEqualTo("Market day");
        assertThat(again.readingKey()).as("positions are kept under the address").isEqualTo(url("/market.html"));
        assertThat(again.paragraphs()).isEqualTo(first.paragraphs());
        assertThat(Files.readString(restarted.copy(2))).contains("<p>Cheese, bread and cherries were sold out before noon.</p>")
                .doesNotContain("<script");
    }

    @Test
    void readersOpeningANewArticleAtOnceFetchItOnceAndShareIt() throws Exception {
        WebLibrary web = library(list());
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Document>> opened = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                opened.add(readers.submit(() -> web.article(1)));
            }
            Document shared = opened.get(0).get(20, TimeUnit.SECONDS);
            for (Future<Document> each : opened) {
                assertThat(each.get(20, TimeUnit.SECONDS)).isSameAs(shared);
            }
        } finally {
            readers.shutdownNow();
        }
        assertThat(fetches("/harbour.html")).isEqualTo(1);
    }

    @Test
    void theMissingArticlesAreFetchedOnceEachAndTheLibraryDirectoryThenListsThem() throws Exception {
        WebLibrary web = library(list());
        List<String> problems = new ArrayList<>();
        assertThat(web.fetchMissing(problems::add)).isEqualTo(2);
        assertThat(problems).singleElement().asString().startsWith("3: ").contains(url("/gone.html")).contains("404");
        assertThat(fetches("/harbour.html")).isEqualTo(1);
        assertThat(fetches("/market.html")).isEqualTo(1);
        // What the full-screen library of a served list shows: the articles kept.
        assertThat(Library.list(web.directory())).extracting(entry -> entry.document().title())
                .containsExactlyInAnyOrder("The harbour at dawn", "Market day");
        assertThat(WebLibrary.nameOf(web.directory())).as("the library screen's name").isEqualTo("URLS.txt");

        assertThat(web.fetchMissing(problems::add)).as("the kept ones are not fetched again").isZero();
        assertThat(fetches("/harbour.html")).isEqualTo(1);
        assertThat(fetches("/gone.html")).as("the one that failed is tried again").isEqualTo(2);
    }
}
