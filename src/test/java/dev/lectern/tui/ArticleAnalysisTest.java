package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ArticleAnalysisTest {
    /** Percent of the whole analysis at which the entities' tokenising, the phase that can pause, ends (70% × 45%). */
    private static final int TOKENISING_ENDS = 31;

    @Test
    void theAnalysisWaitsWhileASearchRunsAndFinishesAfterIt() throws Exception {
        StringBuilder text = new StringBuilder("Un long article\n\n");
        for (int i = 0; i < 40_000; i++) {
            text.append("Le ").append(i).append(" mars, Jean Dupont a rencontré Marie Curie à Lyon, dit l’Agence France-Presse.\n\n");
        }
        Document document = DocumentLoader.parse(text.toString().getBytes(StandardCharsets.UTF_8), "long.txt", null);
        ArticleAnalysis analysis = ArticleAnalysis.start(document);
        AtomicInteger atStart = new AtomicInteger();
        AtomicInteger atEnd = new AtomicInteger();
        analysis.giveWay(() -> {
            sleep(100); // the analysis reaches its next paragraph and stops there
            atStart.set(analysis.percent());
            sleep(400);
            atEnd.set(analysis.percent());
        });
        assertThat(atStart.get()).as("stopped while tokenising").isLessThan(TOKENISING_ENDS);
        assertThat(atEnd.get()).as("no progress during the search").isEqualTo(atStart.get());
        assertThat(analysis.glossary()).as("finished after the search").isNotNull();
        assertThat(analysis.percent()).isEqualTo(100);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
