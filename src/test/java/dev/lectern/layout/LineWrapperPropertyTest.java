package dev.lectern.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Wraps many random texts at many widths and checks what must hold for any of them. The seed is
 * fixed so that a failure is reproducible; the message names the text and width.
 */
class LineWrapperPropertyTest {
    private static final int CASES = 3_000;

    private static final String[] LATIN = {"a", "b", "e", "l", "o", "r", "s", "t", "é", "à", "ç", "ü", "’", "-", ","};
    private static final String[] WIDE = {"東", "京", "中", "文", "한", "글", "Ａ", "😀", "👍"};
    private static final String[] COMBINING = {"\u0301", "\u0300", "\u0327", "\u0308"};
    private static final String[] FRENCH_MARKS = {"«", "»", ":", ";", "!", "?"};

    /** A random word: letters, sometimes wide characters or letters with combining marks. */
    private static String word(Random random, boolean wide) {
        int length = 1 + (random.nextInt(10) == 0 ? random.nextInt(30) : random.nextInt(8));
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (wide && random.nextInt(4) == 0) {
                word.append(WIDE[random.nextInt(WIDE.length)]);
            } else {
                word.append(LATIN[random.nextInt(LATIN.length)]);
                if (random.nextInt(8) == 0) {
                    word.append(COMBINING[random.nextInt(COMBINING.length)]);
                }
            }
        }
        return word.toString();
    }

    /** Words separated by one or more spaces, sometimes hard line breaks and indentation. */
    private static String text(Random random, boolean wide, boolean french) {
        int words = random.nextInt(40);
        StringBuilder text = new StringBuilder();
        if (random.nextInt(5) == 0) {
            text.append(" ".repeat(1 + random.nextInt(6)));
        }
        for (int i = 0; i < words; i++) {
            if (french && random.nextInt(5) == 0) {
                text.append(FRENCH_MARKS[random.nextInt(FRENCH_MARKS.length)]);
            } else {
                text.append(word(random, wide));
            }
            if (i == words - 1) {
                break;
            }
            int separator = random.nextInt(12);
            if (separator == 0) {
                text.append('\n');
                if (random.nextBoolean()) {
                    text.append(" ".repeat(1 + random.nextInt(6)));
                }
            } else if (separator == 1) {
                text.append("   ");
            } else {
                text.append(' ');
            }
        }
        if (random.nextInt(6) == 0) {
            text.append("  ");
        }
        return text.toString();
    }

    @Test
    void plainTexts() {
        check(new Random(20240107L), false, false, 1);
    }

    @Test
    void textsWithWideCharactersAndCombiningMarks() {
        // A two-column character cannot fit a one-column line, so widths start at 2 here.
        check(new Random(31415926L), true, false, 2);
    }

    @Test
    void textsWithFrenchPunctuation() {
        check(new Random(17890714L), true, true, 2);
    }

    private static void check(Random random, boolean wide, boolean french, int minWidth) {
        for (int n = 0; n < CASES; n++) {
            String text = text(random, wide, french);
            int width = minWidth + random.nextInt(n % 3 == 0 ? 6 : 60);
            String context = "width " + width + ", text \"" + text.replace("\n", "\\n") + "\"";
            WrappedText wrapped = LineWrapper.wrap(text, width);

            everyLineFits(wrapped, width, context);
            textComesBackInOrder(text, wrapped, context);
            wordsThatFitAreWhole(text, wrapped, width, context);
            if (french) {
                frenchMarksStayWithTheirWords(text, wrapped, width, context);
            } else {
                eachLineIsAsFullAsItCanBe(text, wrapped, width, context);
            }
        }
    }

    private static void everyLineFits(WrappedText wrapped, int width, String context) {
        assertThat(wrapped.lineCount()).as(context).isPositive();
        for (int i = 0; i < wrapped.lineCount(); i++) {
            assertThat(DisplayWidth.of(wrapped.line(i))).as("line %d of %s", i, context).isLessThanOrEqualTo(width);
            assertThat(wrapped.line(i)).as("line %d of %s", i, context).doesNotContain("\n");
        }
    }

    /**
     * Lines are in order and only spaces and hard breaks lie between them, so putting the dropped
     * spaces back gives the text, every word in its place.
     */
    private static void textComesBackInOrder(String text, WrappedText wrapped, String context) {
        StringBuilder rebuilt = new StringBuilder();
        int previousEnd = 0;
        for (int i = 0; i < wrapped.lineCount(); i++) {
            assertThat(wrapped.start(i)).as("line %d starts after the line before, %s", i, context)
                    .isGreaterThanOrEqualTo(previousEnd);
            String between = text.substring(previousEnd, wrapped.start(i));
            assertThat(between.isBlank()).as("only spaces dropped before line %d: \"%s\", %s", i, between, context)
                    .isTrue();
            rebuilt.append(between).append(wrapped.line(i));
            previousEnd = wrapped.end(i);
        }
        String tail = text.substring(previousEnd);
        assertThat(tail.isBlank()).as("only spaces after the last line, %s", context).isTrue();
        rebuilt.append(tail);
        assertThat(rebuilt.toString()).as(context).isEqualTo(text);
        assertThat(wrapped.lineCount()).as("one line at least per hard line, %s", context)
                .isGreaterThanOrEqualTo((int) text.chars().filter(c -> c == '\n').count() + 1);
    }

    /** A run of non-space characters no wider than the line is never cut across two lines. */
    private static void wordsThatFitAreWhole(String text, WrappedText wrapped, int width, String context) {
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (DisplayWidth.of(text, start, i) <= width) {
                int line = wrapped.lineAt(start);
                assertThat(wrapped.end(line)).as("\"%s\" whole on line %d, %s", text.substring(start, i), line, context)
                        .isGreaterThanOrEqualTo(i);
            }
        }
    }

    /**
     * No break after « or before », :, ;, !, ? that follow a space, unless the words they bind
     * together are too wide for a line anyway.
     */
    private static void frenchMarksStayWithTheirWords(String text, WrappedText wrapped, int width, String context) {
        for (int i = 0; i + 1 < wrapped.lineCount(); i++) {
            int gapStart = wrapped.end(i);
            int gapEnd = wrapped.start(i + 1);
            String between = text.substring(gapStart, gapEnd);
            if (between.isEmpty() || between.contains("\n") || !binds(text, gapStart, gapEnd)) {
                continue;
            }
            int groupStart = wordStart(text, gapStart);
            while (groupStart > 0 && text.charAt(groupStart - 1) == ' ') {
                int runStart = groupStart;
                while (runStart > 0 && text.charAt(runStart - 1) == ' ') {
                    runStart--;
                }
                if (runStart == 0 || text.charAt(runStart - 1) == '\n' || !binds(text, runStart, groupStart)) {
                    break;
                }
                groupStart = wordStart(text, runStart);
            }
            int groupEnd = wordEnd(text, gapEnd);
            while (groupEnd < text.length() && text.charAt(groupEnd) == ' ') {
                int runEnd = groupEnd;
                while (runEnd < text.length() && text.charAt(runEnd) == ' ') {
                    runEnd++;
                }
                if (runEnd == text.length() || text.charAt(runEnd) == '\n' || !binds(text, groupEnd, runEnd)) {
                    break;
                }
                groupEnd = wordEnd(text, runEnd);
            }
            assertThat(DisplayWidth.of(text, groupStart, groupEnd))
                    .as("break between line %d and %d splits \"%s\", %s", i, i + 1,
                            text.substring(groupStart, groupEnd), context)
                    .isGreaterThan(width);
        }
    }

    /** Whether the spaces text[runStart, runEnd), between two words, are bound by French typography. */
    private static boolean binds(String text, int runStart, int runEnd) {
        char before = text.charAt(runStart - 1);
        char after = text.charAt(runEnd);
        return before == '«' || after == '»' || after == ':' || after == ';' || after == '!' || after == '?';
    }

    private static int wordStart(String text, int end) {
        int start = end;
        while (start > 0 && text.charAt(start - 1) != ' ' && text.charAt(start - 1) != '\n') {
            start--;
        }
        return start;
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '\n') {
            end++;
        }
        return end;
    }

    /**
     * Greedy fill: when a line was ended at a space inside a hard line, the next line's first word
     * (with the spaces before it) would not have fitted on it.
     */
    private static void eachLineIsAsFullAsItCanBe(String text, WrappedText wrapped, int width, String context) {
        for (int i = 0; i + 1 < wrapped.lineCount(); i++) {
            int end = wrapped.end(i);
            int nextStart = wrapped.start(i + 1);
            String between = text.substring(end, nextStart);
            if (between.isEmpty() || between.contains("\n")) {
                continue;
            }
            int nextWordEnd = nextStart;
            while (nextWordEnd < text.length() && text.charAt(nextWordEnd) != ' ' && text.charAt(nextWordEnd) != '\n') {
                nextWordEnd++;
            }
            int joined = DisplayWidth.of(wrapped.line(i)) + between.length() + DisplayWidth.of(text, nextStart, nextWordEnd);
            assertThat(joined).as("line %d could have taken the next word, %s", i, context).isGreaterThan(width);
        }
    }
}
