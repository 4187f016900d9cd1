package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.analysis.Token;
import dev.lectern.analysis.Tokenizer;
import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** An index built by two threads, in two halves joined, is the one a single pass builds. */
class SharedBuildTest {
    private static final List<String> MISSPELT = List.of("manifestatoin", "tokaiv", "almati", "kazakstan", "soldta",
            "presidnet", "wheet", "harvst", "minister", "gouvernment");

    @Test
    void twoHalvesJoinedGiveTheSingleThreadedIndex() throws Exception {
        for (Path file : List.of(Path.of("content/kazakhstan-otsc.fr.txt"),
                Path.of("src/test/resources/dev/lectern/entities/grain-talks.en.txt"))) {
            Document document = DocumentLoader.load(file);
            for (int[] range : new int[][] {{1, document.size()}, {2, document.size() - 1}}) {
                // The halves meet between the second and third paragraphs: "hat" is met once before, three times after.
        SearchIndex single = SearchIndex.build(document, range[0], range[1], Long.MAX_VALUE);
                SearchIndex shared = SearchIndex.build(document, range[0], range[1], 1);
                String what = file + " ¶" + range[0] + "-" + range[1];
                assertThat(shared.termCount()).as(what).isEqualTo(single.termCount());
                assertThat(shared.postingCount()).as(what).isEqualTo(single.postingCount());
                assertThat(shared.vocabularySize()).as(what).isEqualTo(single.vocabularySize());
                for (String word : words(document)) {
                    Query query = Query.parse(word);
                    assertThat(shared.search(query).matches()).as(what + ", " + word).isEqualTo(single.search(query).matches());
                }
                for (String word : MISSPELT) {
                    Query query = Query.parse(word);
                    assertThat(shared.search(query).suggestions()).as(what + ", " + word)
                            .isEqualTo(single.search(query).suggestions());
                }
            }
        }
    }

    /**
     * "Did you mean" weighs words by their count over both halves, and shows one word per term
     * even when the term's forms are first met in different halves.
     */
    @Test
    void didYouMeanCountsAndGroupsWordsAcrossTheHalves() throws Exception {
        String text = """
                An evening at the house

                The cat sat by the walls of the house, and a hat lay near the cat.

                A long quiet evening went by in the old house down by the river, as evenings do in late autumn.

                Someone took the hat. The hat was red, and another hat fell by the wall.

                The evening ended quietly by the river, and the house was still.
                """;
        Document document = DocumentLoader.parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "pets.en.txt", null);
        // The halves meet between the second and third paragraphs: "hat" is met once before, three times after.
        SearchIndex single = SearchIndex.build(document, 1, document.size(), Long.MAX_VALUE);
        SearchIndex shared = SearchIndex.build(document, 1, document.size(), 1);
        for (SearchIndex index : List.of(single, shared)) {
            assertThat(index.search(Query.parse("bat")).suggestions()).containsExactly("hat", "cat", "sat");
            assertThat(index.search(Query.parse("wallss")).suggestions()).containsExactly("walls");
        }
    }

    /** Every word and number of the document, as written. */
    private static Set<String> words(Document document) {
        Set<String> words = new TreeSet<>();
        for (int p = 1; p <= document.size(); p++) {
            for (Token token : Tokenizer.tokens(document.paragraph(p).text(), document.language())) {
                if (token.kind() == Token.Kind.WORD || token.kind() == Token.Kind.NUMBER) {
                    words.add(token.text());
                }
            }
        }
        return words;
    }
}
