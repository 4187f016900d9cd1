package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchResultTest {
    static final Match A = new Match(2, 0, 5);
    static final Match B = new Match(2, 10, 15);
    static final Match C = new Match(5, 3, 8);
    static final Match D = new Match(9, 0, 4);

    private final SearchResult result = new SearchResult(query(), List.of(A, B, C, D), List.of());

    private static Query query() {
        try {
            return Query.parse("word");
        } catch (SearchException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void nextIsTheFirstMatchStartingAfterThePoint() {
        assertThat(result.next(1, 0)).contains(new SearchResult.Step(A, 1, 4, false));
        assertThat(result.next(2, -1)).contains(new SearchResult.Step(A, 1, 4, false));
        assertThat(result.next(2, 0)).contains(new SearchResult.Step(B, 2, 4, false));
        assertThat(result.next(2, 10)).contains(new SearchResult.Step(C, 3, 4, false));
        assertThat(result.next(6, 0)).contains(new SearchResult.Step(D, 4, 4, false));
    }

    @Test
    void nextWrapsToTheFirstMatchPastTheLast() {
        assertThat(result.next(9, 0)).contains(new SearchResult.Step(A, 1, 4, true));
        assertThat(result.next(100, 0)).contains(new SearchResult.Step(A, 1, 4, true));
    }

    @Test
    void previousIsTheLastMatchStartingBeforeThePoint() {
        assertThat(result.previous(9, 0)).contains(new SearchResult.Step(C, 3, 4, false));
        assertThat(result.previous(9, 1)).contains(new SearchResult.Step(D, 4, 4, false));
        assertThat(result.previous(2, 10)).contains(new SearchResult.Step(A, 1, 4, false));
        assertThat(result.previous(3, 0)).contains(new SearchResult.Step(B, 2, 4, false));
    }

    @Test
    void previousWrapsToTheLastMatchBeforeTheFirst() {
        assertThat(result.previous(2, 0)).contains(new SearchResult.Step(D, 4, 4, true));
        assertThat(result.previous(1, 50)).contains(new SearchResult.Step(D, 4, 4, true));
    }

    @Test
    void stepsWalkEveryMatchOnceAroundTheDocument() {
        SearchResult.Step step = result.next(1, 0).orElseThrow();
        for (int i = 2; i <= 4; i++) {
            step = result.next(step.match().paragraph(), step.match().start()).orElseThrow();
            assertThat(step.index()).isEqualTo(i);
            assertThat(step.wrapped()).isFalse();
        }
        step = result.next(step.match().paragraph(), step.match().start()).orElseThrow();
        assertThat(step.index()).isEqualTo(1);
        assertThat(step.wrapped()).isTrue();
        step = result.previous(step.match().paragraph(), step.match().start()).orElseThrow();
        assertThat(step.match()).isEqualTo(D);
        assertThat(step.wrapped()).isTrue();
    }

    @Test
    void noMatchesNoStep() {
        SearchResult empty = new SearchResult(query(), List.of(), List.of("words"));
        assertThat(empty.next(1, 0)).isEmpty();
        assertThat(empty.previous(1, 0)).isEmpty();
        assertThat(empty.paragraphs()).isEmpty();
        assertThat(empty.suggestions()).containsExactly("words");
    }

    @Test
    void matchesAreGroupedByParagraphForHighlighting() {
        assertThat(result.paragraphs()).containsExactly(2, 5, 9);
        assertThat(result.in(2)).containsExactly(A, B);
        assertThat(result.in(5)).containsExactly(C);
        assertThat(result.in(3)).isEmpty();
        assertThat(result.in(10)).isEmpty();
    }

    @Test
    void indexOfCountsFromOne() {
        assertThat(result.indexOf(A)).isEqualTo(1);
        assertThat(result.indexOf(D)).isEqualTo(4);
        assertThat(result.indexOf(new Match(5, 3, 9))).isZero();
    }

    @Test
    void matchesMustComeInDocumentOrder() {
        assertThatThrownBy(() -> new SearchResult(query(), List.of(B, A), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Match(0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Match(1, 4, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
