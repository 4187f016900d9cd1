package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.doc.Download;
import dev.lectern.doc.FetchSettings;
import dev.lectern.doc.Metadata;
import dev.lectern.doc.TestSite;
import dev.lectern.session.PositionStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles from the web in the full-screen reader: :open URL, the fetch's progress, Esc and Ctrl-C. */
class FetchingPageTest {
    private static final FetchSettings FETCH = FetchSettings.from(Map.of(), "test")
            .withLimits(Duration.ofSeconds(2), Duration.ofSeconds(8), FetchSettings.MAX_BYTES);

    @TempDir
    Path state;
    private TestSite site;

    @BeforeEach
    void start() throws Exception {
        site = new TestSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private VirtualScreen seedScreen() throws Exception {
        Document seed = DocumentLoader.load(Path.of("content/kazakhstan-otsc.fr.txt"));
        return new VirtualScreen(160, 24, new PositionStore(state), workspace -> new ReaderPage(seed, workspace),
                Theme.colour(), FETCH);
    }

    /** Runs the screen loop's ticks until the fetch is over. */
    private static void untilIdle(VirtualScreen screen) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (screen.app.busy() && System.nanoTime() < deadline) {
            screen.app.tick();
            Thread.sleep(5);
        }
        screen.app.tick();
        screen.app.render();
    }

    @Test
    void openUrlReplacesTheArticleAndReopeningRestoresThePlace() throws Exception {
        VirtualScreen screen = seedScreen();
        screen.command("open " + site.url("/article.html"));
        untilIdle(screen);
        assertThat(screen.statusBar()).contains("The harbour at dawn").contains("¶ 1/5");
        // The page names its author: the title and credits stand above the first paragraph.
        assertThat(String.join("\n", screen.rows().subList(0, 5))).contains("The harbour at dawn").contains("Jane Roe")
                .contains("1 The boats came in");
        screen.type("jj");
        assertThat(screen.statusBar()).contains("¶ 3/5");
        screen.command("open content/kazakhstan-otsc.fr.txt");
        assertThat(screen.statusBar()).contains("¶ 1/8");
        screen.command("open " + site.url("/article.html"));
        untilIdle(screen);
        assertThat(screen.statusBar()).contains("The harbour at dawn").contains("¶ 3/5");
        screen.type("q");
        assertThat(screen.app.finished()).as("the fetched article took the old one's place").isTrue();
    }

    @Test
    void aFailedFetchLeavesTheArticleAsItWasWithTheReasonOnTheStatusBar() throws Exception {
        VirtualScreen screen = seedScreen();
        screen.type("jj");
        screen.command("open " + site.url("/status/404"));
        untilIdle(screen);
        assertThat(screen.statusBar()).contains(site.url("/status/404") + ": HTTP 404 Not Found.").contains("¶ 3/8");
        screen.command("open " + site.url("/report.pdf"));
        untilIdle(screen);
        assertThat(screen.statusBar()).contains("is a PDF document");
        screen.command("open ftp://127.0.0.1/x");
        assertThat(screen.statusBar()).contains("ftp://127.0.0.1/x is not a web address Lectern reads");
        assertThat(screen.app.finished()).isFalse();
    }

    @Test
    void theBottomRowShowsTheFetchAndEscStopsIt() throws Exception {
        VirtualScreen screen = seedScreen();
        screen.answers.add("open " + site.url("/slow"));
        screen.app.press(new KeyStroke(':', false, false)); // not waiting for the fetch, as the real loop does not
        screen.app.render();
        assertThat(screen.statusBar()).contains("fetching 127.0.0.1… 0 B").contains("Esc stops");
        screen.app.press(new KeyStroke(KeyType.Escape));
        untilIdle(screen);
        assertThat(screen.statusBar()).contains("Fetching " + site.url("/slow") + " stopped.").contains("¶ 1/8");
        screen.type("j");
        assertThat(screen.statusBar()).contains("¶ 2/8");
    }

    @Test
    void ctrlCStopsTheFetchNotTheReader() throws Exception {
        VirtualScreen screen = seedScreen();
        screen.answers.add("open " + site.url("/slow"));
        screen.app.press(new KeyStroke(':', false, false));
        screen.app.press(new KeyStroke('c', true, false));
        untilIdle(screen);
        assertThat(screen.app.finished()).isFalse();
        assertThat(screen.statusBar()).contains("stopped.").contains("¶ 1/8");
        screen.app.press(new KeyStroke('c', true, false));
        assertThat(screen.app.finished()).as("with no fetch, Ctrl-C quits as before").isTrue();
    }

    @Test
    void atStartTheFetchHasTheScreenAndAFailureEndsTheReader() throws Exception {
        Download download = Download.start(URI.create(site.url("/status/500")), FETCH);
        VirtualScreen screen = new VirtualScreen(80, 24, new PositionStore(state),
                workspace -> FetchingPage.atStart(download, workspace), Theme.colour(), FETCH);
        assertThat(screen.row(0)).contains(site.url("/status/500"));
        untilIdle(screen);
        assertThat(screen.app.finished()).isTrue();
    }

    @Test
    void atStartTheArticleFollowsItsFetch() throws Exception {
        Download download = Download.start(URI.create(site.url("/article.html")), FETCH);
        VirtualScreen screen = new VirtualScreen(80, 24, new PositionStore(state),
                workspace -> FetchingPage.atStart(download, workspace), Theme.colour(), FETCH);
        untilIdle(screen);
        assertThat(screen.statusBar()).contains("The harbour at dawn").contains("¶ 1/5");
    }

    @Test
    void theCreditsStandUnderTheTitleAboveTheFirstParagraph() throws Exception {
        Document parsed = DocumentLoader.parse(("<h1>The harbour at dawn</h1><p>First paragraph.</p><p>Second paragraph.</p>")
                .getBytes(StandardCharsets.UTF_8), "dawn.html", null);
        Document credited = parsed.withMetadata(new Metadata("Jane Roe", "Harbour News", "1 May 2024", "en",
                "http://example.org/dawn", null));
        VirtualScreen screen = new VirtualScreen(80, 24, null, workspace -> new ReaderPage(credited, workspace));
        assertThat(screen.row(0)).contains("The harbour at dawn");
        assertThat(screen.row(1)).contains("Jane Roe · Harbour News · 1 May 2024");
        assertThat(screen.row(3)).contains("1 First paragraph.");
        screen.type("j");
        assertThat(screen.row(0)).contains("2 Second paragraph.").doesNotContain("Jane Roe");
        Document uncredited = parsed.withMetadata(Metadata.NONE);
        VirtualScreen plain = new VirtualScreen(80, 24, null, workspace -> new ReaderPage(uncredited, workspace));
        assertThat(plain.row(0)).contains("1 First paragraph.");
    }
}
