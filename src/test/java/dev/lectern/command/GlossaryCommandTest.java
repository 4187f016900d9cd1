package dev.lectern.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The glossary command on the seed article and its shipped content/glossary.conf. */
class GlossaryCommandTest {
    private static CommandSetTest.FakeReader reader;
    private final CommandSet commands = ReaderCommands.standard();

    @BeforeAll
    static void openSeed() throws Exception {
        reader = new CommandSetTest.FakeReader();
    }

    @Test
    void withoutATermListsEveryTermTheArticleUses() throws Exception {
        reader.shown.clear();
        assertThat(commands.run("glossary", reader)).isNull();
        assertThat(reader.shown.get(0)).isEqualTo("Glossary");
        assertThat(reader.shown).anyMatch(line -> line.startsWith("OTSC = "))
                .anyMatch(line -> line.startsWith("Garde nationale = "))
                .anyMatch(line -> line.startsWith("cupboard = "));
    }

    @Test
    void aTermShowsItsWholeEntryFoundByAliasCaseAndAccents() throws Exception {
        reader.shown.clear();
        commands.run("glossary csto", reader);
        assertThat(reader.shown).first().isEqualTo("OTSC (whole)");
        reader.shown.clear();
        commands.run("gloss GARDE NATIONALE", reader);
        assertThat(reader.shown).first().isEqualTo("Garde nationale (whole)");
    }

    @Test
    void theStartOfOneTermIsEnough() throws Exception {
        reader.shown.clear();
        commands.run("glossary netbl", reader);
        assertThat(reader.shown).first().isEqualTo("Netblocks (whole)");
    }

    @Test
    void anUnknownTermIsAnErrorThatOffersTheClosest() {
        assertThatThrownBy(() -> commands.run("glossary netblok", reader))
                .isInstanceOf(CommandException.class).hasMessageContaining("Did you mean Netblocks?");
        assertThatThrownBy(() -> commands.run("glossary qwertyuiop", reader))
                .isInstanceOf(CommandException.class).hasMessageStartingWith("No glossary entry for 'qwertyuiop'.");
    }

    @Test
    void completesTermsWordByWord() {
        assertThat(commands.complete("glossary Gar", reader)).contains("Garde");
        assertThat(commands.complete("glossary garde n", reader)).containsExactly("nationale");
        assertThat(commands.complete("glossary cup", reader)).containsExactly("cupboard");
    }
}
