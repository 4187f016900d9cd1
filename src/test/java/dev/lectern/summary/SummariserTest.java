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

    /**
     * The default summary has up to 3 sentences and stops once it holds 3 x 10 terms: the seed's
     * sentences are long (over 25 terms each), so two of them, from two paragraphs, make it.
     */
    @Test
    void defaultSummaryOfTheSeedStopsAtTwoLongSentences() throws Exception {
        List<SummarySentence> summary = summariser.summarise(DocumentLoader.load(SEED));
        assertThat(summary).hasSize(2);
        assertThat(summary).extracting(SummarySentence::paragraph).containsExactly(1, 2);
        // Short sentences: the default summary has its 3.
        Document shortOnes = new Document("t", List.of(new Paragraph(1, "Le Parlement a voté la loi mardi soir. "
                + "Les syndicats appellent à la grève jeudi prochain. La police attend des milliers de manifestants. "
                + "Les trains rouleront peu ce jour-là.")), Language.FRENCH, null, List.of());
        assertThat(summariser.summarise(shortOnes)).hasSize(3);
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

    /** The seed's lead paragraph has three sentences: a 3-sentence summary must not be just that paragraph. */
    @Test
    void theSeedsSummaryGoesBeyondItsFirstParagraph() throws Exception {
        Document seed = DocumentLoader.load(SEED);
        List<SummarySentence> summary = summariser.summarise(seed, 3);
        assertThat(summary).hasSize(3);
        assertThat(summary.stream().map(SummarySentence::paragraph).distinct().count())
                .as("paragraphs of %s", summary).isGreaterThanOrEqualTo(2);
        assertThat(summary.get(0).paragraph()).as("the lead keeps its place").isEqualTo(1);
        // Read in order, each line is a whole sentence: a capital first, a full stop last.
        assertThat(summary).extracting(SummarySentence::text).allSatisfy(text -> {
            assertThat(Character.isUpperCase(text.codePointAt(0))).as(text).isTrue();
            assertThat(text).matches("(?s).*[.!?…»”\"]$");
        });
        for (int i = 1; i < summary.size(); i++) {
            assertThat(summary.get(i).paragraph()).isGreaterThanOrEqualTo(summary.get(i - 1).paragraph());
        }
    }

    /** Later paragraphs with new facts get lines: the same lead, several paragraphs. */
    @Test
    void aSummaryOfSeveralParagraphsDrawsOnMoreThanTheLead() {
        List<SummarySentence> summary = summariser.summarise(english(), 3);
        assertThat(summary.get(0).text()).startsWith("A powerful storm hit the coast of Maine");
        assertThat(summary.stream().map(SummarySentence::paragraph).distinct().count()).isGreaterThanOrEqualTo(2);
    }

    /** A long text of {@code chapters} chapters, each with its heading on its first paragraph, as an EPUB has them. */
    static Document book(int chapters) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int c = 1; c <= chapters; c++) {
            for (int p = 1; p <= 6; p++) {
                String text = ("In chapter " + c + " the captain of ship " + c + " sails to the island of port " + c
                        + " with his crew. The weather is calm and the crew of ship " + c + " sings on deck all day. "
                        + "Paragraph " + p + " of this chapter tells how the sea changed colour at dusk. ").repeat(2);
                paragraphs.add(new Paragraph(paragraphs.size() + 1, text.strip(), p == 1 ? "Chapter " + c : null));
            }
        }
        return new Document("A book", paragraphs, Language.ENGLISH, null, List.of());
    }

    @Test
    void aLongBookWithChaptersGetsOneLinePerChapter() {
        Document book = book(12);
        assertThat(book.charsBefore(book.size() + 1)).isGreaterThan(Summariser.LONG_TEXT_CHARS);
        List<SectionSummary> lines = summariser.summariseSections(book);
        assertThat(lines).extracting(SectionSummary::title)
                .containsExactly("Chapter 1", "Chapter 2", "Chapter 3", "Chapter 4", "Chapter 5", "Chapter 6", "Chapter 7",
                        "Chapter 8", "Chapter 9", "Chapter 10", "Chapter 11", "Chapter 12");
        for (int c = 0; c < lines.size(); c++) {
            SectionSummary line = lines.get(c);
            assertThat(line.paragraph()).isEqualTo(6 * c + 1);
            assertThat(line.sentences()).hasSize(1);
            // Its sentence comes from its own chapter.
            assertThat(line.sentences().get(0).paragraph()).isBetween(6 * c + 1, 6 * c + 6);
        }
        // A short article with headings keeps the plain summary.
        Document shortOne = new Document("t", book.paragraphs().subList(0, 12), Language.ENGLISH, null, List.of());
        assertThat(summariser.summariseSections(shortOne)).isEmpty();
    }

    @Test
    void aPartAndItsFirstChapterMakeOneLine() {
        List<Paragraph> paragraphs = new ArrayList<>(book(10).paragraphs());
        paragraphs.set(0, new Paragraph(1, paragraphs.get(0).text(), "Part One\nChapter 1"));
        Document book = new Document("A book", paragraphs, Language.ENGLISH, null, List.of());
        List<SectionSummary> lines = summariser.summariseSections(book);
        assertThat(lines).hasSize(10);
        assertThat(lines.get(0).title()).isEqualTo("Part One / Chapter 1");
    }

    @Test
    void chapterHeadingsInPlainTextMakeTheLines(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        StringBuilder text = new StringBuilder();
        String[] numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};
        for (int c = 1; c <= 8; c++) {
            text.append("CHAPITRE ").append(numerals[c - 1]).append("\n\n");
            for (int p = 0; p < 5; p++) {
                text.append(("Au chapitre " + c + ", le capitaine du navire " + c + " vogue vers l'île du port " + c
                        + " avec son équipage. La mer est calme et les marins chantent sur le pont. ").repeat(4)).append("\n\n");
            }
        }
        Path file = temp.resolve("livre.txt");
        Files.writeString(file, text);
        Document book = DocumentLoader.load(file);
        List<SectionSummary> lines = summariser.summariseSections(book);
        // The loader takes the first heading for the title; it still opens the first line.
        assertThat(lines).extracting(SectionSummary::title).startsWith("CHAPITRE I", "CHAPITRE II", "CHAPITRE III");
        assertThat(lines).hasSize(8).allSatisfy(line -> assertThat(line.sentences()).hasSize(1));
        assertThat(lines.get(1).sentences().get(0).text()).contains("navire 2");
        assertThat(lines.get(7).sentences().get(0).text()).contains("navire 8");
    }

    @Test
    void aLongTextWithoutChaptersIsSummarisedFromEveryPart() {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            paragraphs.add(new Paragraph(i, ("The harbour of town " + i + " was busy with fishing boats and traders that morning. "
                    + "Merchants from town " + i + " sold salt, rope and dried fish to the sailors. ").repeat(3).strip()));
        }
        Document text = new Document("Long", paragraphs, Language.ENGLISH, null, List.of());
        assertThat(summariser.summariseSections(text)).isEmpty();
        List<SummarySentence> summary = summariser.summarise(text, 10);
        assertThat(summary).hasSize(10);
        for (int part = 0; part < 10; part++) {
            assertThat(summary.get(part).paragraph()).isBetween(10 * part + 1, 10 * part + 10);
        }
    }

    /** The bench novel has no chapter headings (it was rebuilt from tokens): a summary from all of it. */
    @Test
    void theNovelsSummaryCoversTheWholeBook() throws Exception {
        Path novel = Path.of(System.getProperty("lectern.shared", "../shared"), "bench", "les-trois-mousquetaires.fr.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(novel), "the bench novel is not here");
        Document book = DocumentLoader.load(novel);
        assertThat(summariser.summariseSections(book)).isEmpty();
        List<SummarySentence> summary = summariser.summarise(book);
        assertThat(summary).hasSize(Summariser.MOST_BY_DEFAULT);
        assertThat(summary.get(summary.size() - 1).paragraph()).isGreaterThan(book.size() * 9 / 10);
        assertThat(summary.stream().filter(s -> s.paragraph() <= book.size() / 10).count()).isLessThanOrEqualTo(5);
    }

    /** A one-paragraph news text: a long lead sentence, then short ones. */
    static Document longLead() {
        return new Document("t", List.of(new Paragraph(1,
                "Le gouvernement a décidé mardi de ne pas prolonger au-delà du 10 juillet l'état d'urgence sanitaire, "
                        + "mis en place le 24 mars pour lutter contre l'épidémie de coronavirus et prolongé le 11 mai pour "
                        + "deux mois, a indiqué Matignon à l'Agence France-Presse, confirmant plusieurs informations de "
                        + "presse sur l'évolution positive de la situation sanitaire dans les hôpitaux du pays. "
                        + "Un projet de loi sera présenté mercredi en Conseil des ministres. "
                        + "Les préfets garderont certains pouvoirs pendant quatre mois. "
                        + "Le Parlement sera informé des mesures prises.")),
                Language.FRENCH, null, List.of());
    }

    @Test
    void aSummaryOfAtMostNSentencesStopsOnceItIsLongEnough() {
        Summariser stopping = new Summariser(Summariser.WEIGHTS, Summariser.SAME_PARAGRAPH, 10);
        List<SummarySentence> summary = stopping.summariseAtMost(longLead(), 2);
        assertThat(summary).hasSize(1);
        assertThat(summary.get(0).text()).startsWith("Le gouvernement a décidé mardi");
        // Short sentences: the summary takes as many as it may.
        Document shortOnes = new Document("t", List.of(new Paragraph(1, "Le Parlement a voté la loi mardi soir. "
                + "Les syndicats appellent à la grève jeudi prochain. La police attend des milliers de manifestants.")),
                Language.FRENCH, null, List.of());
        assertThat(stopping.summariseAtMost(shortOnes, 2)).hasSize(2);
        // Asked for N, a summary has N sentences whatever their length.
        assertThat(stopping.summarise(longLead(), 2)).hasSize(2);
        assertThat(stopping.summarise(longLead(), 3)).hasSize(3);
        // Without a stop, at most N is N.
        Summariser never = new Summariser(Summariser.WEIGHTS, Summariser.SAME_PARAGRAPH, Double.POSITIVE_INFINITY);
        assertThat(never.summariseAtMost(longLead(), 2)).hasSize(2);
        assertThatThrownBy(() -> stopping.summariseAtMost(longLead(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** OrangeSum lost its paragraph breaks: "Online.Moussavi" ends one sentence and starts the next. */
    @Test
    void aFullStopGluedToACapitalEndsASentence() {
        String text = "Le verdict a été exécuté lundi, a indiqué le site Mizan Online.Moussavi Majd a été accusé "
                + "d'espionnage. Le procès a eu lieu en 2019, a précisé M.Dupont, qui a ajouté: « On a vérifié ».Pas de recours"
                + "\"Ces dispositions sont définitives\", précise le texte.";
        List<dev.lectern.analysis.Sentence> pieces = Summariser.unglued(
                dev.lectern.analysis.SentenceSplitter.split(text, Language.FRENCH));
        assertThat(pieces).extracting(dev.lectern.analysis.Sentence::text).containsExactly(
                "Le verdict a été exécuté lundi, a indiqué le site Mizan Online.",
                "Moussavi Majd a été accusé d'espionnage.",
                "Le procès a eu lieu en 2019, a précisé M.Dupont, qui a ajouté: « On a vérifié ».",
                "Pas de recours\"",
                "Ces dispositions sont définitives\", précise le texte.");
        for (dev.lectern.analysis.Sentence piece : pieces) {
            assertThat(text.substring(piece.start(), piece.end())).isEqualTo(piece.text());
        }
    }

    @Test
    void dialogueIsToldFromNarration() {
        assertThat(Summariser.isDialogue("- Quoi ! s'écria-t-il. - Sans doute.")).isTrue();
        assertThat(Summariser.isDialogue("« Venez », dit-il.")).isTrue();
        assertThat(Summariser.isDialogue("Il se tut. - Et vous ? demanda Athos.")).isTrue();
        assertThat(Summariser.isDialogue("D'Artagnan regagna la tranchée et jeta le cadavre auprès du blessé.")).isFalse();
        assertThat(Summariser.isDialogue("Les bourgeois s'armaient contre les loups ; - souvent contre les seigneurs.")).isFalse();
    }
}
