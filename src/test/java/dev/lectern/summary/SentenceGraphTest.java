package dev.lectern.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentenceGraphTest {
    /** Sentence i has a word shared by every sentence of its group of {@code groupSize}, and one of its own. */
    private static List<Map<String, Double>> sentences(int count, int groupSize) {
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            vectors.add(Map.of("group" + i / groupSize, 1.0, "own" + i, 1.0));
        }
        return vectors;
    }

    @Test
    void aNewsArticleGetsTheWholeGraph() {
        SentenceGraph graph = SentenceGraph.of(sentences(40, 40));
        for (int i = 0; i < 40; i++) {
            assertThat(graph.degree(i)).isEqualTo(39);
        }
    }

    @Test
    void aBookKeepsEachSentencesStrongestEdgesOnly() {
        int count = SentenceGraph.LONG_TEXT + 1000;
        SentenceGraph graph = SentenceGraph.of(sentences(count, 60)); // groups under the book's term limit
        int most = 0;
        for (int i = 0; i < count; i++) {
            most = Math.max(most, graph.degree(i));
        }
        // At most 20 edges to later sentences, and the earlier sentences of its group to it.
        assertThat(most).isGreaterThan(SentenceGraph.BOOK_EDGES).isLessThanOrEqualTo(2 * SentenceGraph.BOOK_EDGES + 19);
        assertThat(graph.degree(0)).isEqualTo(SentenceGraph.BOOK_EDGES);
    }

    @Test
    void inABookATermInMoreThanAHundredSentencesLinksNothing() {
        int count = SentenceGraph.LONG_TEXT + 1000;
        SentenceGraph graph = SentenceGraph.of(sentences(count, 150));
        assertThat(graph.degree(0)).isZero();
    }
}
