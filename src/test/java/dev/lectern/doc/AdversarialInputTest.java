package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs built to make a parser slow or crash: each must load, or be refused with its one
 * documented exception, in time linear in its size. A megabyte gets a budget far above what
 * a linear parse takes (well under a second) and far below what a quadratic one did (minutes),
 * so the test is not flaky yet catches a blow-up. {@code InputSizeBenchmark} prints the figures.
 */
public class AdversarialInputTest {
    static final Duration BUDGET_PER_MEGABYTE = Duration.ofSeconds(10);

    /** A named input of about {@code size} characters. */
    public record Adversary(String name, IntFunction<String> of) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Adversary> adversaries() {
        return List.of(
                new Adversary("unterminated C1 OSC introducers", n -> "\u009d".repeat(n / 2)),
                new Adversary("unterminated ESC ] strings", n -> "\u001b]x".repeat(n / 3)),
                new Adversary("ESC [ without a final byte", n -> "\u001b[1;".repeat(n / 4)),
                new Adversary("one letter and alternating combining marks", n -> "a" + "\u0301\u0316".repeat(n / 4)),
                new Adversary("characters that decompose into two marks", n -> "a" + "\u0F73".repeat(n / 3)),
                new Adversary("only line ends", n -> "\n".repeat(n - 1) + "x"),
                new Adversary("only tabs", n -> "\t".repeat(n - 1) + "x"),
                new Adversary("CR LF pairs", n -> "a\r\n".repeat(n / 3)),
                new Adversary("open brackets", n -> "[".repeat(n)),
                new Adversary("quotes nested on one line", n -> "> ".repeat(n / 2) + "x"),
                new Adversary("lists nested on one line", n -> "- ".repeat(n / 2) + "x"),
                new Adversary("numbered lists nested on one line", n -> "1. ".repeat(n / 3) + "x"),
                new Adversary("emphasis openers", n -> "*a _a ".repeat(n / 6)),
                new Adversary("nested emphasis", n -> "*".repeat(n / 2 - 1) + "a" + "*".repeat(n / 2 - 1)),
                new Adversary("nested images", n -> "![".repeat(n / 3) + "a" + "](b)".repeat(n / 12)),
                new Adversary("backtick runs", n -> "`a``".repeat(n / 4)),
                new Adversary("link reference definitions", n -> "[a]: b\n".repeat(n / 7) + "[a]"),
                new Adversary("nested divs", n -> "<div>".repeat(n / 5) + "x"),
                new Adversary("nested list items", n -> "<ul><li>".repeat(n / 8) + "x"),
                new Adversary("nested quotes in HTML", n -> "<blockquote><p>".repeat(n / 15) + "x"),
                new Adversary("unclosed tags", n -> "<a href=\"".repeat(n / 9)),
                new Adversary("entities", n -> "&#27;[31m&amp;".repeat(n / 14)),
                new Adversary("many short paragraphs", n -> "Word.\n\n".repeat(n / 7)),
                new Adversary("one long word", n -> "a".repeat(n)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adversaries")
    void aMegabyteOfItLoadsWithinTheBudgetInEveryFormat(Adversary adversary) {
        byte[] bytes = adversary.of().apply(1 << 20).getBytes(StandardCharsets.UTF_8);
        for (String name : List.of("a.txt", "a.md", "a.html")) {
            long start = System.nanoTime();
            Parsed.outcome(bytes, name);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(adversary + " as " + name)
                    .isLessThan(BUDGET_PER_MEGABYTE);
        }
    }

    @Test
    void markdownNestedDeeperThanTheStackAllowsKeepsItsText() throws Exception {
        for (String nested : List.of("> ".repeat(200_000) + "deep", "- ".repeat(200_000) + "deep",
                "*".repeat(100_000) + "deep" + "*".repeat(100_000))) {
            Document document = DocumentLoader.parse(nested.getBytes(StandardCharsets.UTF_8), "a.md", null);
            String last = document.paragraphs().get(document.size() - 1).text();
            assertThat(last.contains("deep")).as("the innermost text is read").isTrue();
        }
    }

    @Test
    void listsNestedAcrossLinesBeyondTheLimitAreReadFlatWithNothingLost() throws Exception {
        StringBuilder markdown = new StringBuilder();
        for (int level = 0; level < 3 * MarkdownFormat.MAX_NESTING; level++) {
            markdown.append("  ".repeat(level)).append("- item ").append(level).append('\n');
        }
        Document document = DocumentLoader.parse(markdown.toString().getBytes(StandardCharsets.UTF_8), "a.md", null);
        String all = String.join("\n", document.paragraphs().stream().map(Paragraph::text).toList());
        for (int level = 0; level < 3 * MarkdownFormat.MAX_NESTING; level++) {
            assertThat(all).contains("item " + level);
        }
    }

    @Test
    void aLineOpeningMoreListsThanTheLimitShowsTheRestAsText() {
        String line = "- ".repeat(MarkdownFormat.MAX_MARKERS_ON_A_LINE + 5) + "x";
        String limited = MarkdownFormat.limitMarkersPerLine("para\n\n" + line + "\nnext");
        assertThat(limited).isEqualTo("para\n\n" + "- ".repeat(MarkdownFormat.MAX_MARKERS_ON_A_LINE) + "\\"
                + "- ".repeat(5) + "x\nnext");
        assertThat(MarkdownFormat.limitMarkersPerLine("- a\n> - 1. b\n")).isEqualTo("- a\n> - 1. b\n");
    }

    @Test
    void longRunsOfCombiningMarksAreBrokenAsUnicodesStreamSafeFormatSays() {
        String zalgo = "a" + "\u0301\u0316".repeat(100);
        String clean = TextSanitizer.clean(zalgo);
        assertThat(clean.codePoints().filter(c -> c == 0x034F).count()).isEqualTo(200 / TextSanitizer.MAX_COMBINING_RUN);
        assertThat(clean.replace("\u034F", "").length()).isEqualTo(zalgo.length() - 1); // á composes, \u0316 sorts first
        assertThat(TextSanitizer.isClean(zalgo, 0, zalgo.length())).isFalse();
        String fewMarks = "Vie\u0323\u0302t"; // Vietnamese: two marks, composed and kept
        assertThat(TextSanitizer.clean(fewMarks)).isEqualTo("Việt");
    }

    /** Found by Jazzer: U+0F73 composes into two marks, so a run grew past the limit after the first pass. */
    @Test
    void cleaningARunOfMarksThatGrowsWhenComposedTwiceChangesNothing() {
        String text = "a" + "\u0F73".repeat(25) + "\u032C".repeat(20);
        String clean = TextSanitizer.clean(text);
        assertThat(TextSanitizer.clean(clean)).isEqualTo(clean);
    }

    @Test
    void aStringSequenceIsStillEndedByItsTerminatorAfterManyUnterminatedOnes() {
        String text = "\u009d".repeat(10) + "\u001b]0;title\u0007after";
        assertThat(TextSanitizer.clean(text)).isEqualTo("<U+009D>".repeat(10) + "after");
        assertThat(TextSanitizer.clean("\u009dtitle\u009cafter \u009d" + "x".repeat(5000) + "\u0007end"))
                .isEqualTo("after <U+009D>" + "x".repeat(5000) + "^Gend");
    }
}
