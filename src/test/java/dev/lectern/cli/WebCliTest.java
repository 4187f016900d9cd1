package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.doc.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web addresses on the command line, piped as a script meets them, from a server on 127.0.0.1. */
class WebCliTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private TestSite site;

    @BeforeEach
    void start() throws Exception {
        site = new TestSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        // No proxy variables: the test site is reached directly.
        Map<String, String> environment = Map.of("XDG_STATE_HOME", temp.resolve("state").toString(),
                "XDG_CONFIG_HOME", temp.resolve("config").toString(), "COLUMNS", "60", "LANG", "en_GB.UTF-8");
        return Main.run(args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void pipedTheArticleIsPrinted() {
        assertThat(run(site.url("/article.html"))).isZero();
        assertThat(out.toString()).startsWith("The harbour at dawn\n").contains("The boats came in before the sun was up")
                .contains("By nine the quay was empty again");
        assertThat(err.toString()).isEmpty();
        assertThat(site.lastHeaders).containsEntry("user-agent", "Lectern/" + Main.Version.number())
                .containsEntry("accept-language", "en-GB, en;q=0.9");
    }

    @Test
    void withOptionsTheAddressIsReadAsTypedNotAsAPath() {
        assertThat(run("--no-color", site.url("/article.html"))).isZero();
        assertThat(out.toString()).startsWith("The harbour at dawn\n");
    }

    @Test
    void theCompletionScriptStillOffersFileNamesWhereAFileOrAnAddressGoes() {
        assertThat(run("completion", "bash")).isZero();
        for (String command : new String[] {"lectern", "search", "summarise", "entities", "glossary", "shell"}) {
            assertThat(out.toString()).as(command).contains("currIndex=$(currentPositionalIndex \"" + command + "\"");
        }
    }

    @Test
    void anAddressThatIsNotHttpIsBadUsage() {
        assertThat(run("ftp://127.0.0.1/article.txt")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("lectern: ftp://127.0.0.1/article.txt is not a web address Lectern reads: "
                + "only http:// and https:// are.\n");
        assertThat(run("file:///etc/hostname")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aPageThatCannotBeFetchedIsOneLineAndExitCode3() {
        assertThat(run(site.url("/status/404"))).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("lectern: " + site.url("/status/404") + ": HTTP 404 Not Found.\n");
        assertThat(run(site.url("/loop-a"))).isEqualTo(3);
        assertThat(err.toString()).startsWith("lectern: Redirect loop: ").hasLineCount(1);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void whatIsNotAnArticleIsExitCode1() {
        assertThat(run(site.url("/report.pdf"))).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("lectern: " + site.url("/report.pdf") + " is a PDF document (application/pdf), not an article.\n");
    }

    @Test
    void theOneShotCommandsReadAddressesAndTheirJsonNamesTheArticle() {
        assertThat(run("search", site.url("/article.html"), "quay")).isZero();
        assertThat(out.toString()).startsWith("¶2\t").contains("[quay]");
        assertThat(run("search", site.url("/article.html"), "quay", "--json")).isZero();
        assertThat(out.toString()).startsWith("{\"article\": {\"title\": \"The harbour at dawn\", ")
                .contains("\"url\": " + "\"" + site.url("/article.html") + "\"}").contains("\"matches\": [\n  {\"paragraph\": 2");
        assertThat(run("summarise", site.url("/article.html"), "--json")).isZero();
        assertThat(out.toString()).contains("\"language\": \"en\", \"url\": \"" + site.url("/article.html") + "\"}")
                .contains("\"sentences\": [");
        assertThat(run("entities", site.url("/article.html"), "--json")).isZero();
        assertThat(out.toString()).contains("\"entities\": [");
        assertThat(run("glossary", site.url("/article.html"))).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theOneShotCommandsSayWhyAPageCouldNotBeHad() {
        assertThat(run("search", site.url("/status/500"), "quay")).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("lectern: " + site.url("/status/500") + ": HTTP 500 Internal Server Error.\n");
        assertThat(run("search", site.url("/report.pdf"), "quay")).isEqualTo(2);
        assertThat(run("summarise", site.url("/status/404"))).isEqualTo(3);
        assertThat(run("entities", "gopher://127.0.0.1/x")).isEqualTo(2);
        assertThat(run("glossary", site.url("/photo.png"))).isEqualTo(1);
    }
}
