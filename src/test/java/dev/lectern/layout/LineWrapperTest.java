package dev.lectern.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineWrapperTest {
    static List<String> lines(String text, int width) {
        WrappedText wrapped = LineWrapper.wrap(text, width);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < wrapped.lineCount(); i++) {
            lines.add(wrapped.line(i));
        }
        return lines;
    }

    @Test
    void shortTextIsOneLine() {
        assertThat(lines("Hello world", 80)).containsExactly("Hello world");
    }

    @Test
    void greedyFillBreaksAtSpaces() {
        assertThat(lines("the quick brown fox jumps over the lazy dog", 10))
                .containsExactly("the quick", "brown fox", "jumps over", "the lazy", "dog");
    }

    @Test
    void lineMayBeExactlyTheWidth() {
        assertThat(lines("abcde fghij", 5)).containsExactly("abcde", "fghij");
        assertThat(lines("ab cd", 5)).containsExactly("ab cd");
    }

    @Test
    void breakSpacesAreDroppedAndInnerSpacesKept() {
        assertThat(lines("one   two      three", 9)).containsExactly("one   two", "three");
    }

    @Test
    void wordThatFitsIsNeverCut() {
        assertThat(lines("a verylongword b", 12)).containsExactly("a", "verylongword", "b");
    }

    @Test
    void wordLongerThanTheWidthIsCutByColumns() {
        assertThat(lines("x abcdefghijklmnop y", 5)).containsExactly("x", "abcde", "fghij", "klmno", "p y");
    }

    @Test
    void wideCharactersCountTwoColumns() {
        assertThat(lines("東京 大阪 京都", 5)).containsExactly("東京", "大阪", "京都");
        assertThat(lines("東京 大阪 京都", 6)).containsExactly("東京", "大阪", "京都");
        assertThat(lines("東京 大阪 京都", 8)).containsExactly("東京", "大阪", "京都");
        assertThat(lines("東京 大阪 京都", 9)).containsExactly("東京 大阪", "京都");
    }

    @Test
    void longWideWordIsCutWithoutSplittingACharacter() {
        assertThat(lines("東京大阪京都", 5)).containsExactly("東京", "大阪", "京都");
    }

    @Test
    void combiningMarksTakeNoColumnAndStayWithTheirLetter() {
        String cafe = "cafe\u0301";

        assertThat(lines(cafe + " " + cafe, 9)).containsExactly(cafe + " " + cafe);
        assertThat(lines(cafe + cafe, 4)).containsExactly(cafe, cafe);
    }

    @Test
    void emojiCountsTwoColumns() {
        assertThat(lines("ok 😀😀 go", 7)).containsExactly("ok 😀😀", "go");
        assertThat(lines("ok 😀😀 go", 5)).containsExactly("ok", "😀😀", "go");
    }

    @Test
    void noBreakAfterOpeningGuillemet() {
        assertThat(lines("il dit « bonjour", 9)).containsExactly("il dit", "« bonjour");
    }

    @Test
    void noBreakBeforeClosingGuillemetOrHighPunctuation() {
        assertThat(lines("mot »", 5)).containsExactly("mot »");
        assertThat(lines("un mot »", 6)).containsExactly("un", "mot »");
        assertThat(lines("un deux :", 8)).containsExactly("un", "deux :");
        assertThat(lines("un deux ;", 8)).containsExactly("un", "deux ;");
        assertThat(lines("un deux !", 8)).containsExactly("un", "deux !");
        assertThat(lines("un deux ?", 8)).containsExactly("un", "deux ?");
        assertThat(lines("un ‹ deux ›", 8)).containsExactly("un", "‹ deux ›");
    }

    @Test
    void punctuationWithoutASpaceBeforeIsAnOrdinaryWord() {
        assertThat(lines("one two: three", 7)).containsExactly("one", "two:", "three");
    }

    @Test
    void frenchQuotationAtManyWidthsNeverStrandsItsMarks() {
        String text = "Il a dit « soldats de la paix » et puis : « pourquoi ? » — voilà !";
        // From 14 columns on, "« pourquoi ? »", the widest bound group, fits a line.
        for (int width = 14; width <= text.length(); width++) {
            for (String line : lines(text, width)) {
                assertThat(line).as("width %d", width)
                        .doesNotStartWith("»").doesNotStartWith(":").doesNotStartWith("?").doesNotStartWith("!")
                        .doesNotEndWith("«").doesNotEndWith("« ");
            }
        }
    }

    @Test
    void tooWideFrenchUnitBreaksAtItsSpacesBeforeCuttingAWord() {
        // "« bonjour » :" is 13 columns: it cannot stay whole on 10, but "bonjour" fits and must not be cut.
        assertThat(lines("« bonjour » : oui", 10)).containsExactly("« bonjour", "» : oui");
        assertThat(lines("« bonjour »", 8)).containsExactly("«", "bonjour", "»");
    }

    @Test
    void noBreakSpaceBindsItsNeighbours() {
        assertThat(lines("prix 100\u00A0€ net", 7)).containsExactly("prix", "100\u00A0€", "net");
        // Bound by a no-break space, "14 juillet" is one word: too wide for 8 columns, it is cut.
        assertThat(lines("le 14\u202Fjuillet", 8)).containsExactly("le", "14\u202Fjuill", "et");
    }

    @Test
    void newlineIsAHardBreak() {
        assertThat(lines("first line\nsecond", 80)).containsExactly("first line", "second");
        assertThat(lines("a\n\nb", 80)).containsExactly("a", "", "b");
        assertThat(lines("end\n", 80)).containsExactly("end", "");
    }

    @Test
    void leadingIndentationIsKeptOnHardLines() {
        assertThat(lines("code:\n    if (x) {\n        y();\n    }", 40))
                .containsExactly("code:", "    if (x) {", "        y();", "    }");
    }

    @Test
    void indentationIsKeptOnlyOnTheFirstLineOfAWrappedHardLine() {
        assertThat(lines("  one two three", 9)).containsExactly("  one two", "three");
    }

    @Test
    void indentationGivesWayRatherThanCuttingAWordThatFits() {
        assertThat(lines("   word", 5)).containsExactly("word");
        assertThat(lines("x\n      alpha beta", 6)).containsExactly("x", "alpha", "beta");
    }

    @Test
    void trailingSpacesAreNotALine() {
        assertThat(lines("word    ", 4)).containsExactly("word");
        assertThat(lines("word   \nnext", 4)).containsExactly("word", "next");
    }

    @Test
    void whitespaceOnlyHardLineIsAnEmptyLine() {
        assertThat(lines("a\n    \nb", 10)).containsExactly("a", "", "b");
    }

    @Test
    void emptyTextIsOneEmptyLine() {
        WrappedText wrapped = LineWrapper.wrap("", 10);

        assertThat(wrapped.lineCount()).isEqualTo(1);
        assertThat(wrapped.line(0)).isEmpty();
    }

    @Test
    void widthOneGivesOneCharacterPerLine() {
        assertThat(lines("ab cd", 1)).containsExactly("a", "b", "c", "d");
        assertThat(lines("é\u0301x", 1)).containsExactly("é\u0301", "x");
    }

    @Test
    void wideCharacterOnAOneColumnLineStandsAlone() {
        // It cannot fit; it must still appear, alone, and the text must not be lost.
        assertThat(lines("東京", 1)).containsExactly("東", "京");
    }

    @Test
    void widthBelowOneIsTreatedAsOne() {
        assertThat(lines("ab", 0)).containsExactly("a", "b");
        assertThat(lines("ab", -5)).containsExactly("a", "b");
    }

    @Test
    void linesAreOffsetsIntoTheText() {
        WrappedText wrapped = LineWrapper.wrap("alpha beta\ngamma", 6);

        assertThat(wrapped.lineCount()).isEqualTo(3);
        assertThat(wrapped.start(0)).isZero();
        assertThat(wrapped.end(0)).isEqualTo(5);
        assertThat(wrapped.start(1)).isEqualTo(6);
        assertThat(wrapped.end(1)).isEqualTo(10);
        assertThat(wrapped.start(2)).isEqualTo(11);
        assertThat(wrapped.end(2)).isEqualTo(16);
    }

    @Test
    void veryLongParagraphWrapsCompletely() {
        String text = "lorem ipsum dolor sit amet ".repeat(40_000).strip();

        WrappedText wrapped = LineWrapper.wrap(text, 80);

        assertThat(wrapped.start(0)).isZero();
        assertThat(wrapped.end(wrapped.lineCount() - 1)).isEqualTo(text.length());
        for (int i = 0; i < wrapped.lineCount(); i++) {
            assertThat(wrapped.end(i) - wrapped.start(i)).isLessThanOrEqualTo(80);
        }
    }
}
