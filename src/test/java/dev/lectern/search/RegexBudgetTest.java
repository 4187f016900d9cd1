package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.analysis.Language;
import dev.lectern.doc.Document;
import dev.lectern.doc.Paragraph;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A regex that backtracks forever is stopped by the time budget or by the reader, never hangs. */
class RegexBudgetTest {
    /** (a+)+$ is quadratic in the JDK's engine on this line: minutes, not milliseconds. */
    private static final String LONG_AS = "a".repeat(200_000) + "b";

    private static SearchIndex index(String... texts) {
        List<Paragraph> paragraphs = new java.util.ArrayList<>();
        for (String text : texts) {
            paragraphs.add(new Paragraph(paragraphs.size() + 1, text));
        }
        return SearchIndex.build(new Document("t", paragraphs, Language.ENGLISH, null, List.of()));
    }

    @Test
    void aBacktrackingRegexIsStoppedByTheBudget() throws Exception {
        SearchIndex index = index("A first paragraph.", LONG_AS);
        long start = System.nanoTime();
        assertThatThrownBy(() -> index.search(Query.parse("/(a+)+$/"), () -> false, SearchProgress.NONE,
                Duration.ofMillis(100)))
                .isInstanceOf(SearchTooSlowException.class)
                .hasMessage("Search took too long and was stopped: simplify the pattern.");
        // Generous: the budget is 100 ms, the search itself would take minutes.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void theBudgetIsPerParagraphSoALongArticleOfQuickParagraphsIsSearchedWhole() throws Exception {
        String[] texts = new String[400];
        java.util.Arrays.fill(texts, "word ".repeat(200) + "end");
        SearchIndex index = index(texts);
        SearchResult result = index.search(Query.parse("/end$/"), () -> false, SearchProgress.NONE, Duration.ofMillis(50));
        assertThat(result.matches()).hasSize(400);
    }

    @Test
    void aPatternTooDeepForTheRegexStackIsStoppedToo() throws Exception {
        // (a|aa)+ recurses once per repetition: a long line overflows the thread's stack.
        SearchIndex index = index("a".repeat(100_000) + "b");
        assertThatThrownBy(() -> index.search(Query.parse("/(a|aa)+$/")))
                .isInstanceOf(SearchTooSlowException.class);
        assertThat(index.search(Query.parse("/b$/")).matches()).hasSize(1); // the index still answers
    }

    @Test
    void theReaderCancelsABacktrackingRegexWhileItRuns() throws Exception {
        SearchIndex index = index(LONG_AS);
        AtomicBoolean cancelled = new AtomicBoolean();
        Query query = Query.parse("/(a+)+$/");
        CompletableFuture<SearchResult> running = CompletableFuture.supplyAsync(
                () -> index.search(query, cancelled::get, SearchProgress.NONE, Duration.ofHours(1)));
        Thread.sleep(200);
        assertThat(running).isNotDone();
        cancelled.set(true);
        assertThatThrownBy(() -> running.get(20, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
    }
}
