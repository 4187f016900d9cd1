package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.doc.DocumentLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryCliTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Map<String, String> environment = Map.of("XDG_STATE_HOME", temp.resolve("state").toString(),
                "XDG_CONFIG_HOME", temp.resolve("config").toString(), "COLUMNS", "60");
        return Main.run(args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void jsonInTheIssuesShapeWithTheGlossaryBesideTheFile() {
        assertThat(run("glossary", "content/kazakhstan-otsc.fr.txt", "--json")).isZero();
        String json = out.toString();
        assertThat(json).startsWith("{\"article\": {\"title\": \"MISE À JOUR : Les « soldats de la paix »")
                .contains("\"language\": \"fr\", \"url\": null},\n\"terms\": [\n  {\"term\": \"OTSC\", \"definition\": "
                        + "\"Collective Security Treaty Organization:")
                .contains("{\"term\": \"Garde nationale\", \"definition\": \"The National Guard of Kazakhstan:")
                .contains("\"source\": \"user\", \"paragraphs\": [5, 6]}")
                .contains("{\"term\": \"nationwide\", \"definition\": \"English word; likely meaning: à l'échelle nationale, dans tout le pays\", "
                        + "\"source\": \"language-note\", \"paragraphs\": [2]}")
                .endsWith("}\n]}\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void plainTextIsOneEntryALineAndAcronymsComeFromTheTextWithoutAGlossary() throws Exception {
        Path article = temp.resolve("a.fr.txt");
        Files.writeString(article, "Titre\n\nLe Programme alimentaire mondial (PAM) aide le pays.\n\nLe PAM reste.\n");
        Files.writeString(temp.resolve("glossary.conf"), "bad line without definition\n");
        assertThat(run("glossary", article.toString())).isZero();
        assertThat(out.toString()).isEqualTo("PAM\tacronym\t¶1 ¶2\tProgramme alimentaire mondial\n");
        assertThat(err.toString()).contains("glossary.conf:1: no definition");
    }

    @Test
    void unreadableFileIsOneAndBadUsageTwo() {
        assertThat(run("glossary", temp.resolve("none.txt").toString())).isEqualTo(1);
        assertThat(err.toString()).hasLineCount(1);
        assertThat(run("glossary")).isEqualTo(2);
    }

    @Test
    void theGlossaryFileIsNotListedAsAnArticle() {
        assertThat(DocumentLoader.isArticleName("glossary.conf")).isFalse();
        assertThat(run("content")).isZero();
        assertThat(out.toString()).contains("kazakhstan-otsc.fr.txt").doesNotContain("glossary");
    }

    @Test
    void completionOffersTheSubcommand() {
        assertThat(run("completion", "bash")).isZero();
        assertThat(out.toString()).contains("glossary");
    }
}
