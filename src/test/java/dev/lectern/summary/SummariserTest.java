package dev.lectern.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.analysis.Language;
import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.doc.Paragraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummariserTest {
    static final Path SEED = Path.of("content/kazakhstan-otsc.fr.txt");
    static final String HEADLINE = "MISE À JOUR : Les « soldats de la paix » de l’OTSC se déploient pour réprimer "
            + "les manifestations kazakhes";

    private final Summariser summariser = new Summariser();

    /** The seed as its file has it: the headline twice, as two paragraphs, then the body. */
    static Document seedWithRepeatedHeadline() throws Exception {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String block : Files.readString(SEED).split("\n\n")) {
            if (!block.isBlank()) {
                paragraphs.add(new Paragraph(paragraphs.size() + 1, block.strip().replace('\n', ' ')));
            }
        }
        return new Document("seed", paragraphs, Language.FRENCH, SEED, List.of());
    }

    static Document english() {
        return new Document("Storm", List.of(
                new Paragraph(1, "A powerful storm hit the coast of Maine on Tuesday, cutting power to 200,000 homes. "
                        + "Dr. Alice Brown of the U.S. Weather Service said the storm was the worst in a decade."),
                new Paragraph(2, "Crews worked through the night to restore power. Schools across the state were closed. "
                        + "The governor declared a state of emergency and asked residents to stay home."),
                new Paragraph(3, "Power companies said most homes would have power again by Friday. "
                        + "Forecasters expect calmer weather over the weekend, with sunshine on Sunday."),
                new Paragraph(4, "The storm also flooded roads near Portland, where firefighters rescued three drivers "
                        + "from their cars. Nobody was badly hurt, the fire chief said.")),
                Language.ENGLISH, null, List.of());
    }

    @Test
    void sameDocumentSameSummary() throws Exception {
        Document seed = seedWithRepeatedHeadline();
        List<SummarySentence> first = summariser.summarise(seed, 4);
        for (int i = 0; i < 5; i++) {
            assertThat(new Summariser().summarise(seedWithRepeatedHeadline(), 4)).isEqualTo(first);
        }
    }

    @Test
    void theRepeatedHeadlineComesOnceAtMost() throws Exception {
        Document seed = seedWithRepeatedHeadline();
        assertThat(seed.paragraph(1).text()).isEqualTo(HEADLINE).isEqualTo(seed.paragraph(2).text());
        for (int n = 1; n <= 10; n++) {
            List<SummarySentence> summary = summariser.summarise(seed, n);
            assertThat(summary).extracting(SummarySentence::text).doesNotHaveDuplicates();
            assertThat(summary).filteredOn(s -> s.text().equals(HEADLINE)).hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void nearlyIdenticalSentencesAreNotBothPicked() {
        Document document = new Document("t", List.of(
                new Paragraph(1, "Les soldats russes de l’OTSC sont arrivés à Almaty mercredi soir."),
                new Paragraph(2, "Les soldats russes de l’OTSC sont arrivés mercredi soir à Almaty !"),
                new Paragraph(3, "Le gouvernement a démissionné après les manifestations contre le prix du gaz."),
                new Paragraph(4, "La police a repris le contrôle de l’aéroport de la ville jeudi matin.")),
                Language.FRENCH, null, List.of());
        List<SummarySentence> summary = summariser.summarise(document, 2);
        assertThat(summary).hasSize(2);
        List<Integer> paragraphs = summary.stream().map(SummarySentence::paragraph).toList();
        assertThat(paragraphs).containsAnyOf(1, 2);
        assertThat(paragraphs.contains(1) && paragraphs.contains(2)).as("both near-identical sentences in %s", paragraphs)
                .isFalse();
    }

    @Test
    void givesTheLengthAskedForInArticleOrder() throws Exception {
        Document seed = DocumentLoader.load(SEED);
        for (int n = 1; n <= 8; n++) {
            List<SummarySentence> summary = summariser.summarise(seed, n);
            assertThat(summary).hasSize(n);
            for (int i = 1; i < summary.size(); i++) {
                SummarySentence before = summary.get(i - 1);
                SummarySentence after = summary.get(i);
                assertThat(before.paragraph() < after.paragraph()
                        || before.paragraph() == after.paragraph() && before.end() <= after.start()).isTrue();
            }
        }
        // Every sentence of the loaded seed: the loader keeps one headline (as the title) and joins
        // the two-line caption into one paragraph, so 17 sentences remain.
        assertThat(summariser.summarise(seed, 1000)).hasSize(17);
    }

    @Test
    void paragraphNumbersAndOffsetsPointAtTheSentence() throws Exception {
        Document seed = DocumentLoader.load(SEED);
        for (SummarySentence sentence : summariser.summarise(seed, 6)) {
            String paragraph = seed.paragraph(sentence.paragraph()).text();
            assertThat(paragraph.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
        }
    }

    @Test
    void defaultLengthIsThreeOrATenthOfALongText() {
        assertThat(Summariser.defaultLength(5)).isEqualTo(3);
        assertThat(Summariser.defaultLength(30)).isEqualTo(3);
        assertThat(Summariser.defaultLength(80)).isEqualTo(8);
        assertThat(Summariser.defaultLength(200)).isEqualTo(20);
        assertThat(Summariser.defaultLength(1000)).isEqualTo(25);
    }

    @Test
    void defaultSummaryOfTheSeedHasThreeSentences() throws Exception {
        assertThat(summariser.summarise(DocumentLoader.load(SEED))).hasSize(3);
    }

    @Test
    void worksOnEnglish() {
        Document storm = english();
        List<SummarySentence> summary = summariser.summarise(storm, 2);
        assertThat(summary).hasSize(2);
        assertThat(summary.get(0).text()).startsWith("A powerful storm hit the coast of Maine");
        assertThat(summary).extracting(SummarySentence::text)
                .allSatisfy(text -> assertThat(text).doesNotEndWith("Dr.").doesNotEndWith("U.S."));
    }

    @Test
    void aParagraphInOneSentence() throws Exception {
        Document seed = DocumentLoader.load(SEED);
        Paragraph third = seed.paragraph(3);
        SummarySentence sentence = summariser.summarise(third, Language.FRENCH);
        assertThat(sentence.paragraph()).isEqualTo(3);
        assertThat(third.text()).contains(sentence.text());
        assertThat(sentence.text()).endsWith(".").contains("Tokaïev");
        Paragraph single = new Paragraph(7, "Une seule phrase ici.");
        assertThat(summariser.summarise(single, Language.FRENCH))
                .isEqualTo(new SummarySentence(7, 0, 21, "Une seule phrase ici."));
    }

    @Test
    void emptyDocumentsHaveEmptySummaries() {
        Document empty = new Document("", List.of(new Paragraph(1, "  ")), Language.FRENCH, null, List.of());
        assertThat(summariser.summarise(empty, 3)).isEmpty();
        assertThatThrownBy(() -> summariser.summarise(empty, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
