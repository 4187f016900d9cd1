package dev.lectern.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReadingSessionTest {
    /**
     * A page layout where every line of every paragraph holds ten characters: line n starts at
     * offset 10n. Paragraphs have one line unless given more.
     */
    private static final class FakeLayout implements PageLayout {
        private final Map<Integer, Integer> lines = new HashMap<>();
        private final int pageHeight;

        FakeLayout(int pageHeight) {
            this.pageHeight = pageHeight;
        }

        FakeLayout tall(int paragraph, int lineCount) {
            lines.put(paragraph, lineCount);
            return this;
        }

        @Override
        public int lineCount(int paragraph) {
            return lines.getOrDefault(paragraph, 1);
        }

        @Override
        public int lineAt(int paragraph, int offset) {
            return Math.min(offset / 10, lineCount(paragraph) - 1);
        }

        @Override
        public int lineStart(int paragraph, int line) {
            assertThat(line).as("line asked of paragraph %d", paragraph).isBetween(0, lineCount(paragraph) - 1);
            return line * 10;
        }

        @Override
        public int pageHeight() {
            return pageHeight;
        }
    }

    private final FakeLayout shortParagraphs = new FakeLayout(5);

    @Test
    void startsAtTheFirstParagraph() {
        ReadingSession session = new ReadingSession(3);

        assertThat(session.position()).isEqualTo(new Position(1, 0));
        assertThat(session.paragraph()).isEqualTo(1);
        assertThat(session.paragraphCount()).isEqualTo(3);
        assertThat(session.beforeJump()).isEmpty();
        assertThat(session.marks()).isEmpty();
    }

    @Test
    void documentWithoutParagraphsIsRefused() {
        assertThatThrownBy(() -> new ReadingSession(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nextAndPreviousMoveByParagraph() {
        ReadingSession session = new ReadingSession(3);

        assertThat(session.next(shortParagraphs)).isTrue();
        assertThat(session.position()).isEqualTo(new Position(2, 0));
        assertThat(session.next(shortParagraphs)).isTrue();
        assertThat(session.paragraph()).isEqualTo(3);
        assertThat(session.previous(shortParagraphs)).isTrue();
        assertThat(session.position()).isEqualTo(new Position(2, 0));
    }

    @Test
    void nextStopsAtTheLastParagraph() {
        ReadingSession session = new ReadingSession(2);
        session.next(shortParagraphs);

        assertThat(session.next(shortParagraphs)).isFalse();
        assertThat(session.position()).isEqualTo(new Position(2, 0));
    }

    @Test
    void previousStopsAtTheFirstParagraph() {
        ReadingSession session = new ReadingSession(2);

        assertThat(session.previous(shortParagraphs)).isFalse();
        assertThat(session.position()).isEqualTo(Position.START);
    }

    @Test
    void tallParagraphScrollsWithinItselfBeforeTheNext() {
        // Paragraph 2 has 10 lines, the page shows 4: pages start at lines 0, 3 and 6, keeping
        // one line of the last page in view, and line 9 is shown before paragraph 3 comes.
        FakeLayout layout = new FakeLayout(4).tall(2, 10);
        ReadingSession session = new ReadingSession(3);
        session.next(layout);

        assertThat(session.next(layout)).isTrue();
        assertThat(session.position()).isEqualTo(new Position(2, 30));
        assertThat(session.next(layout)).isTrue();
        assertThat(session.position()).isEqualTo(new Position(2, 60));
        assertThat(session.next(layout)).isTrue();
        assertThat(session.position()).isEqualTo(new Position(3, 0));
    }

    @Test
    void previousScrollsBackWithinATallParagraph() {
        FakeLayout layout = new FakeLayout(4).tall(2, 10);
        ReadingSession session = new ReadingSession(3);
        session.restore(new Position(2, 60), Map.of());

        assertThat(session.previous(layout)).isTrue();
        assertThat(session.position()).isEqualTo(new Position(2, 30));
        assertThat(session.previous(layout)).isTrue();
        assertThat(session.position()).isEqualTo(new Position(2, 0));
        assertThat(session.previous(layout)).isTrue();
        assertThat(session.position()).isEqualTo(new Position(1, 0));
    }

    @Test
    void scrollingBackNeverGoesBeforeTheFirstLine() {
        FakeLayout layout = new FakeLayout(4).tall(1, 10);
        ReadingSession session = new ReadingSession(1);
        session.restore(new Position(1, 20), Map.of());

        assertThat(session.previous(layout)).isTrue();
        assertThat(session.position()).isEqualTo(new Position(1, 0));
        assertThat(session.previous(layout)).isFalse();
    }

    @Test
    void tallLastParagraphScrollsThenStops() {
        FakeLayout layout = new FakeLayout(3).tall(1, 5);
        ReadingSession session = new ReadingSession(1);

        assertThat(session.next(layout)).isTrue();
        assertThat(session.position()).isEqualTo(new Position(1, 20));
        assertThat(session.next(layout)).isFalse();
        assertThat(session.position()).isEqualTo(new Position(1, 20));
    }

    @Test
    void pageOfOneLineStillMoves() {
        FakeLayout layout = new FakeLayout(1).tall(1, 3);
        ReadingSession session = new ReadingSession(2);

        session.next(layout);
        assertThat(session.position()).isEqualTo(new Position(1, 10));
        session.next(layout);
        assertThat(session.position()).isEqualTo(new Position(1, 20));
        session.next(layout);
        assertThat(session.position()).isEqualTo(new Position(2, 0));
    }

    @Test
    void everyLineOfATallParagraphIsShownOnTheWayDown() {
        for (int page = 1; page <= 7; page++) {
            for (int lines = 1; lines <= 25; lines++) {
                FakeLayout layout = new FakeLayout(page).tall(1, lines);
                ReadingSession session = new ReadingSession(2);
                TreeSet<Integer> seen = new TreeSet<>();
                while (session.paragraph() == 1) {
                    int top = layout.lineAt(1, session.position().offset());
                    for (int line = top; line < Math.min(lines, top + page); line++) {
                        seen.add(line);
                    }
                    assertThat(session.next(layout)).isTrue();
                }
                assertThat(seen).as("page %d, %d lines", page, lines).hasSize(lines);
            }
        }
    }

    @Test
    void offsetThatIsNotALineStartScrollsFromItsLine() {
        // After a resize the saved offset can fall inside a line.
        FakeLayout layout = new FakeLayout(4).tall(1, 10);
        ReadingSession session = new ReadingSession(1);
        session.restore(new Position(1, 35), Map.of());

        session.next(layout);

        assertThat(session.position()).isEqualTo(new Position(1, 60));
    }

    @Test
    void firstAndLast() {
        ReadingSession session = new ReadingSession(5);
        session.next(shortParagraphs);

        session.last();
        assertThat(session.position()).isEqualTo(new Position(5, 0));
        session.first();
        assertThat(session.position()).isEqualTo(new Position(1, 0));
    }

    @Test
    void jumpToClampsOutOfRangeNumbers() {
        ReadingSession session = new ReadingSession(5);

        session.jumpTo(99);
        assertThat(session.paragraph()).isEqualTo(5);
        session.jumpTo(0);
        assertThat(session.paragraph()).isEqualTo(1);
        session.jumpTo(-4);
        assertThat(session.paragraph()).isEqualTo(1);
        session.jumpTo(3);
        assertThat(session.paragraph()).isEqualTo(3);
    }

    @Test
    void quoteQuoteGoesBackToBeforeTheLastJump() {
        ReadingSession session = new ReadingSession(10);
        session.next(shortParagraphs);
        session.next(shortParagraphs);

        session.last();
        assertThat(session.beforeJump()).contains(new Position(3, 0));
        assertThat(session.goToMark('\'')).isTrue();
        assertThat(session.position()).isEqualTo(new Position(3, 0));
        assertThat(session.goToMark('\'')).isTrue();
        assertThat(session.position()).isEqualTo(new Position(10, 0));
    }

    @Test
    void steppingIsNotAJump() {
        ReadingSession session = new ReadingSession(10);
        session.jumpTo(5);
        session.next(shortParagraphs);
        session.next(shortParagraphs);

        // '' goes back to where the jump to 5 started, not to 5 or 6, and '' again returns to 7.
        assertThat(session.goToMark('\'')).isTrue();
        assertThat(session.position()).isEqualTo(new Position(1, 0));
        assertThat(session.goToMark('\'')).isTrue();
        assertThat(session.position()).isEqualTo(new Position(7, 0));
    }

    @Test
    void quoteQuoteBeforeAnyJumpDoesNothing() {
        ReadingSession session = new ReadingSession(3);
        session.next(shortParagraphs);

        assertThat(session.goToMark('\'')).isFalse();
        assertThat(session.position()).isEqualTo(new Position(2, 0));
    }

    @Test
    void jumpToWhereTheReaderIsKeepsThePlaceBeforeTheLastJump() {
        ReadingSession session = new ReadingSession(5);
        session.jumpTo(4);

        session.jumpTo(4);
        session.last();
        session.last();

        assertThat(session.beforeJump()).contains(new Position(4, 0));
    }

    @Test
    void marksRememberTheParagraphAndScroll() {
        FakeLayout layout = new FakeLayout(4).tall(2, 10);
        ReadingSession session = new ReadingSession(5);
        session.next(layout);
        session.next(layout);
        session.setMark('a');
        session.last();

        assertThat(session.goToMark('a')).isTrue();
        assertThat(session.position()).isEqualTo(new Position(2, 30));
        assertThat(session.beforeJump()).contains(new Position(5, 0));
        assertThat(session.marks()).containsExactly(Map.entry('a', new Position(2, 30)));
    }

    @Test
    void markCanBeMovedAndLettersAreDistinct() {
        ReadingSession session = new ReadingSession(5);
        session.jumpTo(2);
        session.setMark('a');
        session.jumpTo(3);
        session.setMark('A');
        session.jumpTo(4);
        session.setMark('a');
        session.first();

        session.goToMark('a');
        assertThat(session.paragraph()).isEqualTo(4);
        session.goToMark('A');
        assertThat(session.paragraph()).isEqualTo(3);
    }

    @Test
    void unknownMarkDoesNothing() {
        ReadingSession session = new ReadingSession(5);
        session.jumpTo(3);

        assertThat(session.goToMark('z')).isFalse();
        assertThat(session.position()).isEqualTo(new Position(3, 0));
        assertThat(session.beforeJump()).contains(Position.START);
    }

    @Test
    void marksAreACopy() {
        ReadingSession session = new ReadingSession(2);
        session.setMark('a');

        Map<Character, Position> marks = session.marks();
        session.setMark('b');

        assertThat(marks).containsOnlyKeys('a');
        assertThatThrownBy(() -> marks.put('c', Position.START)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void restoreSetsPositionAndMarks() {
        ReadingSession session = new ReadingSession(10);
        session.setMark('x');

        session.restore(new Position(4, 25), Map.of('a', new Position(2, 5), 'b', new Position(9, 0)));

        assertThat(session.position()).isEqualTo(new Position(4, 25));
        assertThat(session.marks()).containsOnly(
                Map.entry('a', new Position(2, 5)), Map.entry('b', new Position(9, 0)));
    }

    @Test
    void restoreClampsToAShorterDocument() {
        ReadingSession session = new ReadingSession(5);

        session.restore(new Position(12, 400), Map.of('a', new Position(8, 30), 'b', new Position(0, 7),
                'c', new Position(3, -2)));

        assertThat(session.position()).isEqualTo(new Position(5, 0));
        assertThat(session.marks()).containsOnly(
                Map.entry('a', new Position(5, 0)), Map.entry('b', new Position(1, 0)), Map.entry('c', new Position(3, 0)));
    }

    @Test
    void restoreClampsANegativeOffset() {
        ReadingSession session = new ReadingSession(5);

        session.restore(new Position(2, -10), Map.of());

        assertThat(session.position()).isEqualTo(new Position(2, 0));
    }
}
