package dev.lectern.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {
    // The hand example: reference "the cat was under the bed", candidate "the cat was found under the bed".
    static final List<String> REFERENCE = List.of("the", "cat", "was", "under", "the", "bed");
    static final List<String> CANDIDATE = List.of("the", "cat", "was", "found", "under", "the", "bed");

    @Test
    void rouge1CountsSharedWordsClipped() {
        Rouge.Score score = Rouge.rougeN(CANDIDATE, REFERENCE, 1);
        // all 6 reference words are in the candidate ("the" twice in both): 6/7 precision, 6/6 recall
        assertThat(score.precision()).isCloseTo(6 / 7.0, within(1e-9));
        assertThat(score.recall()).isCloseTo(1.0, within(1e-9));
        assertThat(score.f1()).isCloseTo(2 * (6 / 7.0) / (6 / 7.0 + 1), within(1e-9));
    }

    @Test
    void rouge2CountsSharedPairs() {
        // reference pairs: the-cat cat-was was-under under-the the-bed; candidate shares 4 of its 6
        Rouge.Score score = Rouge.rougeN(CANDIDATE, REFERENCE, 2);
        assertThat(score.precision()).isCloseTo(4 / 6.0, within(1e-9));
        assertThat(score.recall()).isCloseTo(4 / 5.0, within(1e-9));
    }

    @Test
    void repeatedWordsAreClipped() {
        Rouge.Score score = Rouge.rougeN(List.of("the", "the", "the"), List.of("the", "cat"), 1);
        assertThat(score.precision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(score.recall()).isCloseTo(1 / 2.0, within(1e-9));
    }

    @Test
    void rougeLUsesTheLongestCommonSubsequence() {
        assertThat(Rouge.lcs(CANDIDATE, REFERENCE)).isEqualTo(6);
        assertThat(Rouge.lcs(List.of("a", "b", "c", "d"), List.of("b", "d", "a", "c"))).isEqualTo(2);
        Rouge.Score score = Rouge.rougeL(List.of("police", "killed", "the", "gunman"), List.of("the", "gunman", "killed", "police"));
        assertThat(score.f1()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void emptyTextsScoreZero() {
        assertThat(Rouge.rougeN(List.of(), REFERENCE, 1).f1()).isZero();
        assertThat(Rouge.rougeL(CANDIDATE, List.of()).f1()).isZero();
    }

    @Test
    void wordsAreLowerCasedAndFolded() {
        assertThat(Rouge.words("L’État a dit « Non » à 2 500 manifestants.")).containsExactly(
                "l'", "etat", "a", "dit", "non", "a", "2500", "manifestants");
    }
}
