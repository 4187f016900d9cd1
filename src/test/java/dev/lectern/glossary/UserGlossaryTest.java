package dev.lectern.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserGlossaryTest {
    @TempDir
    Path temp;

    @Test
    void aTermLineWithAliasesAndIndentedDefinitionLines() {
        UserGlossary glossary = UserGlossary.parse("glossary.conf", """
                # comment
                OTSC | CSTO | Organisation du traité de sécurité collective
                    Collective Security Treaty
                      Organization.

                Garde nationale
                \tNational Guard.
                """);
        assertThat(glossary.problems()).isEmpty();
        assertThat(glossary.entries()).hasSize(2);
        GlossaryEntry otsc = glossary.entries().get(0);
        assertThat(otsc.term()).isEqualTo("OTSC");
        assertThat(otsc.aliases()).containsExactly("CSTO", "Organisation du traité de sécurité collective");
        assertThat(otsc.definition()).isEqualTo("Collective Security Treaty Organization.");
        assertThat(otsc.source()).isEqualTo(GlossarySource.USER);
        assertThat(otsc.origin()).isEqualTo("glossary.conf, line 2");
        assertThat(glossary.entries().get(1).definition()).isEqualTo("National Guard.");
        assertThat(glossary.entries().get(1).origin()).isEqualTo("glossary.conf, line 6");
    }

    @Test
    void termsAreFoundByAnyNameWithCaseAndAccentsIgnored() {
        UserGlossary glossary = UserGlossary.parse("g", "OTSC | Organisation du traité de sécurité collective\n  Alliance.\n");
        assertThat(glossary.find("otsc")).map(GlossaryEntry::term).contains("OTSC");
        assertThat(glossary.find("organisation du traite de  securite collective")).map(GlossaryEntry::term).contains("OTSC");
        assertThat(glossary.find("OTAN")).isEmpty();
    }

    @Test
    void badEntriesAreReportedWithTheirLineAndTheRestLoads() {
        UserGlossary glossary = UserGlossary.parse("glossary.conf", """
                    stray definition
                no definition here

                OTSC | | CSTO
                    Empty alias.

                Almaty
                    A city.

                almaty
                    Again.

                Netblocks
                    A watchdog.
                """);
        assertThat(glossary.problems()).extracting(GlossaryProblem::line).containsExactly(1, 2, 4, 10);
        assertThat(glossary.problems().get(0).toString()).isEqualTo("glossary.conf:1: definition without a term line above it");
        assertThat(glossary.problems().get(1).message()).startsWith("no definition for 'no definition here'");
        assertThat(glossary.problems().get(2).message()).contains("empty name");
        assertThat(glossary.problems().get(3).message()).isEqualTo("duplicate: 'almaty' is already defined on line 7");
        assertThat(glossary.entries()).extracting(GlossaryEntry::term).containsExactly("Almaty", "Netblocks");
    }

    @Test
    void aMissingFileIsAnEmptyGlossaryNotAnError() {
        UserGlossary glossary = UserGlossary.load(temp.resolve("glossary.conf"));
        assertThat(glossary.isEmpty()).isTrue();
        assertThat(glossary.problems()).isEmpty();
    }

    @Test
    void theFileBesideTheArticleIsRead() throws Exception {
        Path article = temp.resolve("a.fr.txt");
        Files.writeString(UserGlossary.besideArticle(article), "Baza\n    A Telegram channel.\n");
        assertThat(UserGlossary.besideArticle(article)).isEqualTo(temp.resolve("glossary.conf"));
        assertThat(UserGlossary.besideArticle(Path.of("a.txt"))).isEqualTo(Path.of("glossary.conf"));
        assertThat(UserGlossary.load(UserGlossary.besideArticle(article)).find("baza")).isPresent();
    }

    @Test
    void aDirectoryInPlaceOfTheFileIsReportedOnLineZero() throws Exception {
        Path directory = Files.createDirectory(temp.resolve("glossary.conf"));
        UserGlossary glossary = UserGlossary.load(directory);
        assertThat(glossary.isEmpty()).isTrue();
        assertThat(glossary.problems()).singleElement().satisfies(p -> assertThat(p.line()).isZero());
    }
}
