package dev.lectern.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The precision bar of the issue, on the shared evaluation data when it is there. */
class GlossaryEvaluationTest {
    private static final Path ORANGESUM = Path.of("../shared/eval/orangesum/source_documents.txt");

    @Test
    void cleanFrenchNewsHasFewerThanHalfAWordPerThousandFlagged() throws Exception {
        assumeTrue(Files.isReadable(ORANGESUM), "no ../shared/eval/orangesum here");
        List<String> articles = Files.readAllLines(ORANGESUM, StandardCharsets.UTF_8);
        GlossaryEvaluation.Count count = GlossaryEvaluation.flaggedIn(articles.subList(300, Math.min(1000, articles.size())));
        assertThat(count.words()).isGreaterThan(100_000);
        assertThat(count.perThousand()).isLessThan(0.5);
    }
}
