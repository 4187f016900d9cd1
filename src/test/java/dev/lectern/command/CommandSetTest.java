package dev.lectern.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.session.ReadingSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandSetTest {
    /** A reader that records what the commands asked of it. */
    static final class FakeReader implements ReaderContext {
        final Document document;
        final ReadingSession session;
        final List<String> calls = new ArrayList<>();

        FakeReader() throws Exception {
            document = DocumentLoader.load(Path.of("content/kazakhstan-otsc.fr.txt"));
            session = new ReadingSession(document.size());
        }

        @Override
        public Document document() {
            return document;
        }

        @Override
        public ReadingSession session() {
            return session;
        }

        @Override
        public void open(Path file) {
            calls.add("open " + file);
        }

        @Override
        public void set(String option, String value) throws CommandException {
            if (!settings().containsKey(option)) {
                throw new CommandException("No setting " + option + ".");
            }
            calls.add("set " + option + "=" + value);
        }

        @Override
        public Map<String, List<String>> settings() {
            Map<String, List<String>> settings = new LinkedHashMap<>();
            settings.put("pane", List.of("on", "off"));
            settings.put("theme", List.of("colour", "mono"));
            return settings;
        }

        @Override
        public void quit() {
            calls.add("quit");
        }

        final List<String> shown = new ArrayList<>();
        dev.lectern.search.SearchIndex index;

        @Override
        public dev.lectern.entities.EntityIndex entities() {
            return dev.lectern.entities.EntityIndex.build(document);
        }

        @Override
        public dev.lectern.search.SearchIndex searchIndex() {
            if (index == null) {
                index = dev.lectern.search.SearchIndex.build(document);
            }
            return index;
        }

        @Override
        public void goToMatch(dev.lectern.search.SearchResult result, dev.lectern.search.Match match) {
            session.jumpTo(match.paragraph());
            calls.add("match ¶" + match.paragraph());
        }

        @Override
        public void showPicks(String title, List<Pick> picks) {
            shown.add(title);
            picks.forEach(s -> shown.add("¶" + s.paragraph() + " " + s.text()));
        }

        dev.lectern.glossary.Glossary glossary;

        @Override
        public dev.lectern.glossary.Glossary glossary() {
            if (glossary == null) {
                glossary = dev.lectern.glossary.Glossary.build(document, dev.lectern.glossary.UserGlossary.forArticle(document), entities());
            }
            return glossary;
        }

        @Override
        public void showGlossary(String title, List<dev.lectern.glossary.GlossaryEntry> entries, boolean whole) {
            shown.add(title + (whole ? " (whole)" : ""));
            entries.forEach(e -> shown.add(e.term() + " = " + e.definition()));
        }
    }

    private final CommandSet commands = ReaderCommands.standard();

    @Test
    void jumpGoesByNumberOffsetPercentAndEnds() throws Exception {
        FakeReader reader = new FakeReader();
        commands.run("jump 5", reader);
        assertThat(reader.session.paragraph()).isEqualTo(5);
        commands.run("jump +2", reader);
        assertThat(reader.session.paragraph()).isEqualTo(7);
        commands.run("jump -3", reader);
        assertThat(reader.session.paragraph()).isEqualTo(4);
        commands.run("jump +100", reader);
        assertThat(reader.session.paragraph()).isEqualTo(8);
        commands.run("jump 50%", reader);
        assertThat(reader.session.paragraph()).isEqualTo(4);
        commands.run("jump start", reader);
        assertThat(reader.session.paragraph()).isEqualTo(1);
        commands.run("jump end", reader);
        assertThat(reader.session.paragraph()).isEqualTo(8);
        commands.run("jump 0%", reader);
        assertThat(reader.session.paragraph()).isEqualTo(1);
    }

    @Test
    void uniquePrefixesWorkAndAmbiguousOnesSaySo() throws Exception {
        FakeReader reader = new FakeReader();
        commands.run(":ju 4".substring(1), reader);
        assertThat(reader.session.paragraph()).isEqualTo(4);
        assertThatThrownBy(() -> commands.run("mar a", reader)).hasMessageContaining("could be mark, marks");
        assertThat(commands.find("q").name()).isEqualTo("quit");
    }

    @Test
    void badInputGetsOneClearLine() throws Exception {
        FakeReader reader = new FakeReader();
        assertThatThrownBy(() -> commands.run("jmup 3", reader)).hasMessage("Unknown command 'jmup'. Did you mean jump? Type help for the list.");
        assertThatThrownBy(() -> commands.run("frobnicate", reader)).hasMessage("Unknown command 'frobnicate'. Type help for the list.");
        assertThatThrownBy(() -> commands.run("jump 99", reader)).hasMessage("No paragraph 99: the article has 8.");
        assertThatThrownBy(() -> commands.run("jump 150%", reader)).hasMessageContaining("0% to 100%");
        assertThatThrownBy(() -> commands.run("jump", reader)).hasMessageStartingWith("Usage: jump");
        assertThatThrownBy(() -> commands.run("jump 'z", reader)).hasMessage("No mark z.");
        assertThatThrownBy(() -> commands.run("mark 3", reader)).hasMessageContaining("marks are letters");
        assertThatThrownBy(() -> commands.run("set pane", reader)).hasMessageContaining("pane (on|off)");
        assertThat(reader.session.paragraph()).isEqualTo(1);
        assertThat(commands.run("   ", reader)).isNull();
    }

    @Test
    void marksSetAndListed() throws Exception {
        FakeReader reader = new FakeReader();
        assertThat(commands.run("marks", reader)).startsWith("No marks yet");
        commands.run("jump 3", reader);
        assertThat(commands.run("mark a", reader)).isEqualTo("Mark a set at ¶3.");
        commands.run("jump end", reader);
        commands.run("mark b", reader);
        assertThat(commands.run("marks", reader)).isEqualTo("Marks: a ¶3, b ¶8");
        commands.run("jump 'a", reader);
        assertThat(reader.session.paragraph()).isEqualTo(3);
    }

    @Test
    void openSetQuitAndHelpReachTheReader() throws Exception {
        FakeReader reader = new FakeReader();
        commands.run("open \"some file.md\"", reader);
        commands.run("set theme mono", reader);
        commands.run("quit", reader);
        assertThat(reader.calls).containsExactly("open some file.md", "set theme=mono", "quit");
        assertThat(commands.run("help", reader)).contains("jump").contains("marks").contains("help COMMAND");
        assertThat(commands.run("help ju", reader)).startsWith("jump N | +N");
    }

    @Test
    void completionOffersNamesThenArguments() throws Exception {
        FakeReader reader = new FakeReader();
        assertThat(commands.complete("ju", reader)).containsExactly("jump");
        assertThat(commands.complete("ma", reader)).containsExactly("mark", "marks");
        commands.run("mark q", reader);
        assertThat(commands.complete("jump ", reader)).containsExactly("start", "end", "'q");
        assertThat(commands.complete("jump s", reader)).containsExactly("start");
        assertThat(commands.complete("set ", reader)).containsExactly("pane", "theme");
        assertThat(commands.complete("set theme m", reader)).containsExactly("mono");
        assertThat(commands.complete("help q", reader)).containsExactly("quit");
        assertThat(commands.complete("open content/ka", reader)).containsExactly("content/kazakhstan-otsc.fr.txt");
        assertThat(commands.complete("nosuch x", reader)).isEmpty();
    }

    @Test
    void summariseShowsKeySentencesInArticleOrderWithoutRepeats() throws Exception {
        FakeReader reader = new FakeReader();
        commands.run("summarise 2", reader);
        assertThat(reader.shown).hasSize(3).first().isEqualTo("Summary in 2 sentences");
        int first = Integer.parseInt(reader.shown.get(1).substring(1, reader.shown.get(1).indexOf(' ')));
        int second = Integer.parseInt(reader.shown.get(2).substring(1, reader.shown.get(2).indexOf(' ')));
        assertThat(first).isLessThanOrEqualTo(second);
        assertThat(reader.shown.get(1)).isNotEqualTo(reader.shown.get(2));

        reader.shown.clear();
        commands.run("summarize", reader);
        // The default: up to 3 sentences, fewer when they are long (the seed's are: 2).
        assertThat(reader.shown.get(0)).matches("Summary in [23] sentences");
        assertThat(reader.shown).hasSize(1 + Integer.parseInt(reader.shown.get(0).replaceAll("\\D", "")))
                .doesNotHaveDuplicates();

        reader.shown.clear();
        commands.run("jump 5", reader);
        commands.run("summarise paragraph", reader);
        assertThat(reader.shown).hasSize(2).first().isEqualTo("¶5 in one sentence");
        assertThat(reader.shown.get(1)).startsWith("¶5 ");
        assertThat(reader.document.paragraph(5).text()).contains(reader.shown.get(1).substring(3));

        assertThatThrownBy(() -> commands.run("summarise 0", reader)).hasMessageContaining("1 to 200");
        assertThatThrownBy(() -> commands.run("summarise lots", reader)).hasMessageStartingWith("Usage: summarise");
        assertThat(commands.complete("summarise p", reader)).containsExactly("paragraph");
    }

    @Test
    void searchGoesToTheFirstMatchFromHereAndExplainsFailures() throws Exception {
        FakeReader reader = new FakeReader();
        assertThat(commands.run("search psaki", reader)).isEqualTo("match 1/1");
        assertThat(reader.session.paragraph()).isEqualTo(8);
        commands.run("jump 4", reader);
        assertThat(commands.run("search manifestation", reader)).startsWith("match ");
        assertThat(reader.session.paragraph()).isEqualTo(6);
        assertThatThrownBy(() -> commands.run("search pzaki", reader)).hasMessage("No match for pzaki. Did you mean psaki?");
        assertThatThrownBy(() -> commands.run("search /[/", reader)).hasMessageContaining("Unclosed character class");
        assertThatThrownBy(() -> commands.run("search", reader)).hasMessageStartingWith("Usage: search");
    }

    @Test
    void jumpToANameGoesToTheNextParagraphNamingItWhateverTheSpelling() throws Exception {
        FakeReader reader = new FakeReader();
        assertThat(commands.run("jump tokaiev", reader)).isEqualTo("Kassym-Jomart Tokayev: ¶2 (1 of 3)");
        assertThat(commands.run("jump Tokaïev", reader)).isEqualTo("Kassym-Jomart Tokayev: ¶3 (2 of 3)");
        commands.run("jump end", reader);
        assertThat(commands.run("jump otsc", reader)).contains("¶1").contains("from the top");
        assertThatThrownBy(() -> commands.run("jump Zorglub", reader)).hasMessage("No paragraph, mark or name 'Zorglub' in this article.");
        assertThat(commands.complete("jump Toka", reader)).contains("Tokayev", "Tokaïev");
        assertThat(commands.complete("jump psa", reader)).containsExactly("Psaki");
    }

    @Test
    void entitiesListsTheKeyOnesAndEachLeadsToItsFirstParagraph() throws Exception {
        FakeReader reader = new FakeReader();
        commands.run("entities people", reader);
        assertThat(reader.shown).containsExactly("Entities",
                "¶2 person: Kassym-Jomart Tokayev (Tokaïev) · 4 mentions",
                "¶5 person: Nursultan Nazarbayev (Nazarbaïev) · 2 mentions",
                "¶1 person: Nikol Pashinyan · 1 mention",
                "¶8 person: Jen Psaki · 1 mention");
        reader.shown.clear();
        commands.run("ent", reader);
        assertThat(reader.shown).hasSizeGreaterThan(20).contains("¶1 organisation: Organisation du traité de sécurité collective (OTSC) · 3 mentions");
        assertThatThrownBy(() -> commands.run("entities planets", reader)).hasMessageStartingWith("Usage: entities");
        assertThat(commands.complete("entities p", reader)).containsExactly("people", "places");
    }
}
