package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.TermNormaliser;
import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.doc.Paragraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    static final Path SEED = Path.of("content/kazakhstan-otsc.fr.txt");

    static Document seed;
    static SearchIndex index;

    @BeforeAll
    static void buildOnce() throws Exception {
        seed = DocumentLoader.load(SEED);
        index = SearchIndex.build(seed);
    }

    static SearchResult search(String typed) throws SearchException {
        return index.search(Query.parse(typed));
    }

    static String text(Match match) {
        return seed.paragraph(match.paragraph()).text().substring(match.start(), match.end());
    }

    static List<String> texts(SearchResult result) {
        return result.matches().stream().map(SearchIndexTest::text).toList();
    }

    /** Where a regex finds {@code pattern} in the seed, worked out without the index. */
    static List<Integer> paragraphsMatching(String pattern) {
        Pattern compiled = Pattern.compile(pattern);
        return seed.paragraphs().stream().filter(p -> compiled.matcher(p.text()).find())
                .map(Paragraph::number).toList();
    }

    @Test
    void psakiIsInParagraphEight() throws Exception {
        SearchResult result = search("psaki");
        assertThat(result.paragraphs()).containsExactly(8);
        assertThat(texts(result)).containsExactly("Psaki");
        assertThat(search("PSAKI").matches()).isEqualTo(result.matches());
    }

    @Test
    void aWordFindsItsPluralAndCapitalisedForms() throws Exception {
        SearchResult result = search("manifestation");
        assertThat(result.paragraphs()).containsExactlyElementsOf(paragraphsMatching("(?i)manifestations?\\b"))
                .contains(2, 3, 6, 8);
        assertThat(texts(result)).isNotEmpty().allSatisfy(t -> assertThat(t).isEqualToIgnoringCase("manifestations"));
        assertThat(search("Manifestations").matches()).isEqualTo(result.matches());
        // a different word with the same beginning is not a match
        assertThat(texts(search("manifestant"))).isNotEmpty().allMatch(t -> t.startsWith("manifestant"));
    }

    @Test
    void accentsDoNotMatter() throws Exception {
        SearchResult result = search("tokaiev");
        assertThat(result.paragraphs()).containsExactlyElementsOf(paragraphsMatching("Tokaïev")).contains(3, 6);
        assertThat(texts(result)).allSatisfy(t -> assertThat(t).isEqualTo("Tokaïev"));
        assertThat(search("TOKAÏEV").matches()).isEqualTo(result.matches());
        assertThat(texts(search("etat"))).contains("État", "États");
    }

    @Test
    void everyMatchIsTheQueryWordInTheOriginalText() throws Exception {
        for (String word : List.of("psaki", "manifestations", "tokaiev", "aeroport", "almaty", "securite", "12", "2019")) {
            SearchResult result = search(word);
            assertThat(result.matches()).as(word).isNotEmpty();
            for (Match match : result.matches()) {
                assertThat(TermNormaliser.stem(text(match), Language.FRENCH)).as(word)
                        .isEqualTo(TermNormaliser.stem(word, Language.FRENCH));
            }
        }
    }

    @Test
    void allWordsMustBeInOneParagraph() throws Exception {
        // Psaki and manifestations share ¶8; Tokaïev and manifestations share ¶3 and ¶6; nothing holds Psaki and Tokaïev
        SearchResult both = search("psaki manifestations");
        assertThat(both.paragraphs()).containsExactly(8);
        assertThat(texts(both)).containsExactly("Psaki", "manifestations");
        assertThat(both.matches()).isSortedAccordingTo(Match::compareTo);
        assertThat(search("tokaiev manifestation").paragraphs()).containsExactly(3, 6);
        SearchResult none = search("psaki tokaiev");
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.suggestions()).as("both words are in the text: nothing to correct").isEmpty();
    }

    @Test
    void stopWordsAreLeftOutUnlessThereIsNothingElse() throws Exception {
        assertThat(search("la psaki").matches()).isEqualTo(search("psaki").matches());
        assertThat(search("l’OTSC").matches()).isEqualTo(search("otsc").matches());
        SearchResult onlyStopWords = search("la");
        assertThat(texts(onlyStopWords)).isNotEmpty().allSatisfy(t -> assertThat(t).isEqualToIgnoringCase("la"));
        assertThat(onlyStopWords.count()).isEqualTo(countWord("la"));
    }

    private static int countWord(String word) {
        Pattern pattern = Pattern.compile("(?i)(?<![\\p{L}\\d’'-])" + word + "(?![\\p{L}\\d’'-])");
        int count = 0;
        for (Paragraph paragraph : seed.paragraphs()) {
            Matcher matcher = pattern.matcher(paragraph.text());
            while (matcher.find()) {
                count++;
            }
        }
        return count;
    }

    @Test
    void aPartOfAHyphenatedWordIsAWordToo() throws Exception {
        assertThat(texts(search("jomart"))).containsExactly("Jomart");
        assertThat(texts(search("kassym-jomart"))).containsExactly("Kassym-Jomart");
        assertThat(search("etats unis").paragraphs()).isEqualTo(search("états-unis").paragraphs()).isNotEmpty();
    }

    @Test
    void aPhraseIsItsWordsInOrderFoldedButNotStemmed() throws Exception {
        SearchResult result = search("\"SOLDATS DE LA PAIX\"");
        assertThat(texts(result)).hasSize(paragraphsMatching("soldats de la paix").size() > 0 ? countPhrase() : 0)
                .allSatisfy(t -> assertThat(t).isEqualTo("soldats de la paix"));
        assertThat(result.paragraphs()).contains(1);
        assertThat(search("\"soldat de la paix\"").isEmpty()).as("not stemmed").isTrue();
        assertThat(search("\"paix de la soldats\"").isEmpty()).as("order matters").isTrue();
        assertThat(texts(search("\"Jen Psaki\""))).containsExactly("Jen Psaki");
        assertThat(texts(search("«de l’OTSC»"))).allSatisfy(t -> assertThat(t).isEqualTo("de l’OTSC")).isNotEmpty();
        assertThat(texts(search("\"tokaiev a demissionne\""))).containsExactly("Tokaïev a démissionné");
        assertThat(texts(search("\"tokaiev demissionne\""))).as("no word may be left out").isEmpty();
        assertThat(texts(search("\"cupboard de tokaiev\""))).containsExactly("cupboard de Tokaïev");
    }

    private static int countPhrase() {
        int count = 0;
        for (Paragraph paragraph : seed.paragraphs()) {
            count += paragraph.text().split("soldats de la paix", -1).length - 1;
        }
        return count;
    }

    @Test
    void aRegexScansEveryParagraphCaseInsensitively() throws Exception {
        SearchResult result = search("/psak\\w/");
        assertThat(result.paragraphs()).containsExactly(8);
        assertThat(texts(result)).containsExactly("Psaki");
        assertThat(search("/PSAKI/").count()).isEqualTo(1);
        assertThat(search("/PSAKI/c").isEmpty()).isTrue();
        assertThat(texts(search("/tokaï?ev/"))).contains("Tokaïev").doesNotContain("Tokayev");
        assertThat(search("/x*/").matches()).as("empty matches are not matches")
                .allSatisfy(m -> assertThat(m.end()).isGreaterThan(m.start()));
    }

    @Test
    void aWordMissingFromTheDocumentGetsSuggestionsFromItsVocabulary() throws Exception {
        // (not "psakki": the French stemmer folds doubled letters, so that one finds Psaki)
        SearchResult result = search("pzaki");
        assertThat(result.isEmpty()).isTrue();
        assertThat(result.suggestions()).first().isEqualTo("psaki");
        assertThat(search("tokaiv").suggestions()).hasSizeLessThanOrEqualTo(3).contains("tokaïev");
        assertThat(search("manifestatoins").suggestions()).first().isEqualTo("manifestations");
        // the rest of the query is kept; the suggestion is a query that finds something
        List<String> suggestions = search("Jen pzaki").suggestions();
        assertThat(suggestions).first().isEqualTo("Jen psaki");
        for (String suggestion : suggestions) {
            assertThat(search(suggestion).isEmpty()).isFalse();
        }
        assertThat(search("zzzzzzzzzzq").suggestions()).isEmpty();
    }

    @Test
    void aFoundQueryHasNoSuggestions() throws Exception {
        assertThat(search("psaki").suggestions()).isEmpty();
    }

    @Test
    void aRegexSearchReportsProgressToTheLastParagraph() throws Exception {
        List<int[]> updates = new ArrayList<>();
        index.search(Query.parse("/psaki/"), () -> false, (done, total) -> updates.add(new int[] {done, total}));
        assertThat(updates).isNotEmpty();
        assertThat(updates.get(updates.size() - 1)).containsExactly(seed.size(), seed.size());
        assertThat(updates).extracting(u -> u[0]).isSorted();
    }

    @Test
    void aRegexSearchCanBeCancelledBetweenParagraphs() throws Exception {
        Document big = manyParagraphs(5000);
        SearchIndex bigIndex = SearchIndex.build(big);
        AtomicInteger asked = new AtomicInteger();
        AtomicInteger lastDone = new AtomicInteger();
        assertThatThrownBy(() -> bigIndex.search(Query.parse("/word\\d+/"),
                () -> asked.incrementAndGet() > 1000, (done, total) -> lastDone.set(done)))
                .isInstanceOf(CancellationException.class);
        assertThat(lastDone.get()).isLessThan(5000);
    }

    @Test
    void aPathologicalRegexOnOneLongParagraphCanBeCancelled() throws Exception {
        Document one = new Document("long", List.of(new Paragraph(1, "a".repeat(60) + "!")), Language.ENGLISH,
                null, List.of());
        SearchIndex oneIndex = SearchIndex.build(one);
        long start = System.nanoTime();
        AtomicInteger asked = new AtomicInteger();
        // (.*a){12}b backtracks through ~60^12 ways on a run of a's with no b: unchecked it would run for ages
        assertThatThrownBy(() -> oneIndex.search(Query.parse("/(.*a){12}b/"), () -> asked.incrementAndGet() > 50,
                SearchProgress.NONE)).isInstanceOf(CancellationException.class);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
    }

    @Test
    void anInterruptedThreadCancelsTheSearch() throws Exception {
        Document big = manyParagraphs(2000);
        SearchIndex bigIndex = SearchIndex.build(big);
        Query query = Query.parse("/word/");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> bigIndex.search(query, () -> false, SearchProgress.NONE))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void phraseSearchesCanBeCancelledToo() throws Exception {
        SearchIndex bigIndex = SearchIndex.build(manyParagraphs(2000));
        assertThatThrownBy(() -> bigIndex.search(Query.parse("\"a word\""), () -> true, SearchProgress.NONE))
                .isInstanceOf(CancellationException.class);
        assertThat(bigIndex.search(Query.parse("\"a word7\"")).paragraphs()).containsExactly(8);
    }

    @Test
    void englishWordsAreStemmedTheEnglishWay() throws Exception {
        Document english = new Document("Storm", List.of(
                new Paragraph(1, "The storms hit the coast."),
                new Paragraph(2, "A storm's eye passed over Portland's harbour."),
                new Paragraph(3, "Nobody was hurt.")), Language.ENGLISH, null, List.of());
        SearchIndex englishIndex = SearchIndex.build(english);
        assertThat(englishIndex.search(Query.parse("Storm")).paragraphs()).containsExactly(1, 2);
        assertThat(englishIndex.search(Query.parse("portland")).paragraphs()).containsExactly(2);
        assertThat(englishIndex.search(Query.parse("the")).count()).isEqualTo(2);
    }

    @Test
    void numbersAreFoundWithOrWithoutTheirThousandsSeparator() throws Exception {
        Document figures = new Document("Figures", List.of(
                new Paragraph(1, "Il y avait 2 500 manifestants."),
                new Paragraph(2, "Puis 2500 autres.")), Language.FRENCH, null, List.of());
        SearchIndex figuresIndex = SearchIndex.build(figures);
        SearchResult result = figuresIndex.search(Query.parse("2 500"));
        assertThat(result.paragraphs()).containsExactly(1, 2);
        assertThat(result.matches().get(0).end() - result.matches().get(0).start()).isEqualTo(5);
    }

    private static Document manyParagraphs(int count) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            paragraphs.add(new Paragraph(i, "This is paragraph " + i + ", a word" + (i - 1) + " and a word among words."));
        }
        return new Document("many", paragraphs, Language.ENGLISH, null, List.of());
    }
}
