package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a script or a pipe meets it: tests run without a console, like `lectern x | cat`. */
class MainTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Map<String, String> environment = new HashMap<>();
        environment.put("XDG_STATE_HOME", temp.resolve("state").toString());
        environment.put("XDG_CONFIG_HOME", temp.resolve("config").toString());
        environment.put("XDG_DATA_HOME", temp.resolve("data").toString());
        environment.put("COLUMNS", "60");
        return Main.run(args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void pipedOutputIsTheArticleAsWrappedPlainText() {
        assertThat(run("content/kazakhstan-otsc.fr.txt")).isZero();
        String text = out.toString();
        assertThat(text).startsWith("MISE À JOUR : Les « soldats de la paix » de l’OTSC se")
                .contains("L’Organisation du traité de sécurité collective")
                .doesNotContain("\u001b");
        assertThat(text.lines()).allMatch(line -> line.length() <= 60);
        assertThat(text.split("MISE À JOUR", -1)).hasSize(2);
    }

    @Test
    void aDirectoryIsListedWhenPiped() {
        assertThat(run("content")).isZero();
        assertThat(out.toString()).contains("kazakhstan-otsc.fr.txt").contains("fr").contains("8 paragraphs");
    }

    @Test
    void escapeSequencesInAFileNeverReachTheOutput() throws Exception {
        Path hostile = temp.resolve("hostile.txt");
        Files.writeString(hostile, "Title\u001b]0;pwned\u0007\n\nText \u001b[31mred\u001b[0m and a bell \u0007 here.\n");
        assertThat(run(hostile.toString())).isZero();
        assertThat(out.toString()).doesNotContain("\u001b").doesNotContain("\u0007").contains("Text red and a bell ^G here.");
    }

    @Test
    void unreadableInputGetsOneLineAndExitCodeOne() throws Exception {
        assertThat(run(temp.resolve("missing.txt").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("lectern: No such file").doesNotContain("Exception").hasLineCount(1);

        Path empty = Files.createDirectory(temp.resolve("empty"));
        err.getBuffer().setLength(0);
        assertThat(run(empty.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("No articles in").hasLineCount(1);
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option");
        assertThat(run("a.txt", "b.txt")).isEqualTo(2);
        assertThat(run("--keymap", temp.resolve("none.conf").toString(), "content")).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read keymap").contains("no such file");
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--keymap").contains("--no-color").contains("FILE|DIR");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).containsPattern("Lectern \\d+\\.\\d+");
    }

    @Test
    void keymapProblemsAreReportedWithFileAndLine() throws Exception {
        Path keymap = temp.resolve("keys.conf");
        Files.writeString(keymap, "bind j next-paragraph\nbind Q qiut\n");
        assertThat(run("--keymap", keymap.toString(), "content/kazakhstan-otsc.fr.txt")).isZero();
        assertThat(err.toString()).contains("keys.conf:2: unknown action 'qiut'");
    }

    @Test
    void aCrashIsLoggedInTheStateDirectoryNotShownAsAStackTrace() throws Exception {
        Map<String, String> environment = Map.of("XDG_STATE_HOME", temp.resolve("state").toString());
        Path log = Main.logCrash(environment, new IllegalStateException("boom"));
        assertThat(log).isEqualTo(temp.resolve("state/lectern/lectern.log"));
        assertThat(Files.readString(log)).contains("java.lang.IllegalStateException: boom").contains("at dev.lectern");
    }

    @Test
    void summariseABookWithChaptersGivesOneLineAChapterAndASectionsList() throws Exception {
        StringBuilder text = new StringBuilder("Le Livre\n\n");
        for (String chapter : new String[] {"I", "II", "III"}) {
            text.append("CHAPITRE ").append(chapter).append("\n\n");
            for (int p = 0; p < 6; p++) {
                text.append(("Au chapitre " + chapter + ", le capitaine du navire vogue vers l'île avec son équipage. "
                        + "La mer est calme et les marins du chapitre " + chapter + " chantent sur le pont. ").repeat(10))
                        .append("\n\n");
            }
        }
        Path book = temp.resolve("livre.txt");
        Files.writeString(book, text);
        assertThat(run("summarise", book.toString())).isZero();
        assertThat(out.toString().lines()).hasSize(3).allMatch(line -> line.matches("¶\\d+\tCHAPITRE I+ — .+"));
        out.getBuffer().setLength(0);
        assertThat(run("summarise", book.toString(), "--json")).isZero();
        String json = out.toString();
        assertThat(json).contains("\"sentences\": [\n  {\"paragraph\": ")
                .contains("\"sections\": [\n  {\"title\": \"CHAPITRE I\", \"paragraph\": 1, \"sentences\": [{\"paragraph\": ")
                .contains("{\"title\": \"CHAPITRE III\"").endsWith("]}\n");
        // Asked for N sentences, the book is summarised from N stretches, without the sections list.
        out.getBuffer().setLength(0);
        assertThat(run("summarise", book.toString(), "-n", "4", "--json")).isZero();
        assertThat(out.toString()).doesNotContain("\"sections\"");
    }

    @Test
    void summariseOneShotPrintsSentencesWithParagraphNumbersAndJson() {
        assertThat(run("summarise", "content/kazakhstan-otsc.fr.txt", "-n", "2")).isZero();
        assertThat(out.toString().lines()).hasSize(2).allMatch(line -> line.matches("¶\\d+\t.+"));
        out.getBuffer().setLength(0);
        assertThat(run("summarize", "content/kazakhstan-otsc.fr.txt", "--json")).isZero();
        assertThat(out.toString()).startsWith("{\"article\": {\"title\": \"MISE À JOUR")
                .contains("\"sentences\": [\n  {\"paragraph\": 1, \"sentence\": \"L’Organisation").endsWith("]}\n");
        assertThat(run("summarise", temp.resolve("none.txt").toString())).isEqualTo(1);
        assertThat(run("summarise", "content/kazakhstan-otsc.fr.txt", "-n", "0")).isEqualTo(2);
    }

    @Test
    void completionScriptsForBashAndZsh() {
        assertThat(run("completion", "bash")).isZero();
        assertThat(out.toString()).contains("complete -F").contains("summarise").contains("shell");
        assertThat(run("completion", "fish")).isEqualTo(2);
    }

    @Test
    void searchOneShotExitCodesAndMarks() {
        assertThat(run("search", "content/kazakhstan-otsc.fr.txt", "psaki")).isZero();
        assertThat(out.toString()).startsWith("¶8\t").contains("Jen [Psaki]");
        assertThat(run("search", "content/kazakhstan-otsc.fr.txt", "pzaki")).isEqualTo(1);
        assertThat(err.toString()).contains("no match. Did you mean psaki?");
        assertThat(run("search", "content/kazakhstan-otsc.fr.txt", "/[/")).isEqualTo(2);
        out.getBuffer().setLength(0);
        assertThat(run("search", "content/kazakhstan-otsc.fr.txt", "\"Garde nationale\"", "--json")).isZero();
        assertThat(out.toString()).contains("\"paragraph\": 5").contains("\"paragraph\": 6").contains("\"matches\": [[");
    }

    @Test
    void entitiesOneShotInTheIssuesJsonShape() {
        assertThat(run("entities", "content/kazakhstan-otsc.fr.txt", "--json")).isZero();
        assertThat(out.toString()).contains("{\"name\": \"Kassym-Jomart Tokayev\", \"type\": \"PERSON\", \"aliases\": [\"Tokaïev\"], \"mentions\": 4, \"paragraphs\": [2, 3, 6]}");
        assertThat(run("entities", temp.resolve("none.txt").toString())).isEqualTo(1);
    }

    @Test
    void saveKeepsAnArticleOnceAndListShowsIt() throws Exception {
        assertThat(run("list")).isZero();
        assertThat(err.toString()).contains("the reading list is empty");

        assertThat(run("save", "content/kazakhstan-otsc.fr.txt")).isZero();
        assertThat(out.toString()).contains("Saved “MISE À JOUR").contains(temp.resolve("data/lectern/library").toString());
        assertThat(run("save", "content/kazakhstan-otsc.fr.txt")).isZero();
        assertThat(out.toString()).contains("Updated “MISE À JOUR");
        try (var saved = Files.list(temp.resolve("data/lectern/library"))) {
            assertThat(saved.filter(p -> p.toString().endsWith(".html"))).hasSize(1);
        }

        out.getBuffer().setLength(0);
        assertThat(run("list")).isZero();
        assertThat(out.toString().lines()).singleElement().satisfies(line ->
                assertThat(line.split("\t")).contains("fr", "8 ¶", "-").anyMatch(f -> f.startsWith("MISE À JOUR")));

        out.getBuffer().setLength(0);
        assertThat(run("list", "--json")).isZero();
        assertThat(out.toString()).startsWith("[").contains("\"title\": \"MISE À JOUR").contains("\"paragraphs\": 8")
                .contains("\"read\": null").contains("\"url\": null").contains("\"saved\": \"20");

        // The library lists the saved copy after the directory's articles.
        out.getBuffer().setLength(0);
        assertThat(run("content")).isZero();
        assertThat(out.toString().lines().filter(l -> l.contains("MISE À JOUR"))).hasSize(2);
    }

    @Test
    void saveOfSomethingUnreadableSaysWhyAndKeepsNothing() {
        assertThat(run("save", temp.resolve("missing.txt").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("lectern: No such file").hasLineCount(1);
        assertThat(temp.resolve("data/lectern/library")).doesNotExist();
    }
}
