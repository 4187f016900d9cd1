package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ArticleAnalysisTest {
    /**
     * Percent of the whole analysis at which its phases that can pause end: cutting the text
     * (to 20%) and lining it up for the entities (52% of the entities' 63%).
     */
    private static final int PAUSABLE_ENDS = 52;

    @Test
    void theAnalysisWaitsWhileASearchRunsAndFinishesAfterIt() throws Exception {
        ArticleAnalysis analysis = ArticleAnalysis.start(longArticle());
        AtomicInteger atStart = new AtomicInteger();
        AtomicInteger atEnd = new AtomicInteger();
        analysis.giveWay(() -> {
            sleep(100); // the analysis reaches its next paragraph and stops there
            atStart.set(analysis.percent());
            sleep(400);
            atEnd.set(analysis.percent());
        });
        assertThat(atStart.get()).as("stopped in a phase that can pause").isLessThan(PAUSABLE_ENDS);
        assertThat(atEnd.get()).as("no progress during the search").isEqualTo(atStart.get());
        assertThat(analysis.glossary()).as("finished after the search").isNotNull();
        assertThat(analysis.percent()).isEqualTo(100);
    }

    @Test
    void theAnalysisKeepsStillWhileKeysArriveAndGoesOnAfter() throws Exception {
        ArticleAnalysis analysis = ArticleAnalysis.start(longArticle());
        int atStart = -1;
        long start = System.nanoTime();
        while (System.nanoTime() - start < 250_000_000L) { // less than the longest it keeps still
            analysis.keyPressed(); // a key every 20 ms, as when paging quickly
            sleep(20);
            if (atStart < 0 && System.nanoTime() - start > 100_000_000L) {
                atStart = analysis.percent();
            }
        }
        assertThat(atStart).as("stopped in a phase that can pause").isLessThan(PAUSABLE_ENDS);
        assertThat(analysis.percent()).as("no progress while keys arrive").isEqualTo(atStart);
        assertThat(analysis.glossary()).as("finished once they stop").isNotNull();
        assertThat(analysis.percent()).isEqualTo(100);
    }

    @Test
    void keysHeldDownDoNotStopTheAnalysisForGood() throws Exception {
        ArticleAnalysis analysis = ArticleAnalysis.start(longArticle());
        long start = System.nanoTime();
        while (!analysis.done() && System.nanoTime() - start < 30_000_000_000L) {
            analysis.keyPressed(); // a key held down: one every 10 ms, for as long as it takes
            sleep(10);
        }
        assertThat(analysis.done()).as("finished while keys kept coming").isTrue();
    }

    private static Document longArticle() throws Exception {
        StringBuilder text = new StringBuilder("Un long article\n\n");
        for (int i = 0; i < 40_000; i++) {
            text.append("Le ").append(i).append(" mars, Jean Dupont a rencontré Marie Curie à Lyon, dit l’Agence France-Presse.\n\n");
        }
        return DocumentLoader.parse(text.toString().getBytes(StandardCharsets.UTF_8), "long.txt", null);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
