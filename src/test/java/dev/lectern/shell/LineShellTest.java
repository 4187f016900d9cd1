package dev.lectern.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.command.ReaderCommands;
import dev.lectern.doc.DocumentLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LineShellTest {
    private final StringWriter output = new StringWriter();

    private LineShell shell() throws Exception {
        return new LineShell(DocumentLoader.load(Path.of("content/kazakhstan-otsc.fr.txt")), ReaderCommands.standard(),
                new PrintWriter(output, true), 60);
    }

    @Test
    void eachMovePrintsTheParagraphMovedTo() throws Exception {
        LineShell shell = shell();
        assertThat(shell.run("jump 3")).isTrue();
        assertThat(output.toString()).contains("¶3/8").contains("Dans une allocution");
        assertThat(output.toString().lines()).allMatch(line -> line.length() <= 60);
        output.getBuffer().setLength(0);
        shell.run("marks");
        assertThat(output.toString()).startsWith("No marks yet").doesNotContain("¶3/8");
    }

    @Test
    void summariesErrorsAndQuit() throws Exception {
        LineShell shell = shell();
        shell.run("summarise 2");
        assertThat(output.toString()).startsWith("Summary in 2 sentences:").contains("¶1  L’Organisation");
        shell.run("jmup 2");
        assertThat(output.toString()).contains("Error: Unknown command 'jmup'. Did you mean jump?");
        shell.run("set theme mono");
        assertThat(output.toString()).contains("Error: The shell has one setting: wrap");
        assertThat(shell.run("quit")).isFalse();
    }

    @Test
    void openFetchesAWebAddressWhenTheShellMayAndSaysWhyNotOtherwise() throws Exception {
        try (dev.lectern.doc.TestSite site = new dev.lectern.doc.TestSite()) {
            LineShell shell = shell();
            shell.run("open " + site.url("/article.html"));
            assertThat(output.toString()).contains("Error: Web addresses cannot be opened here.");
            shell.fetchWith(dev.lectern.doc.FetchSettings.from(java.util.Map.of(), "test"));
            output.getBuffer().setLength(0);
            shell.run("open " + site.url("/article.html"));
            assertThat(output.toString()).startsWith("The harbour at dawn (5 paragraphs).").contains("¶1/5");
            shell.run("open " + site.url("/status/410"));
            assertThat(output.toString()).contains("Error: " + site.url("/status/410") + ": HTTP 410 Gone.");
        }
    }

    @Test
    void completionIsTheSameAsInTheReader() throws Exception {
        assertThat(shell().complete("ju")).containsExactly("jump");
        assertThat(shell().complete("set ")).containsExactly("wrap");
    }

    @Test
    void theGlossaryPrintsItsTermsOrOneEntryWhole() throws Exception {
        LineShell shell = shell();
        shell.run("glossary");
        assertThat(output.toString()).contains("OTSC: Collective Security Treaty Organization")
                .contains("cupboard: English word").contains("  — glossary.conf, line");
        output.getBuffer().setLength(0);
        shell.run("glossary garde");
        assertThat(output.toString()).startsWith("Garde nationale: The National Guard").contains("used in ¶5, ¶6");
        assertThat(shell().complete("glossary Netb")).containsExactly("Netblocks");
    }
}
