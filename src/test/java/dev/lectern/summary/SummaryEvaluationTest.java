package dev.lectern.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryEvaluationTest {
    /** ../shared unless -Dlectern.shared says otherwise. */
    static final Path ORANGESUM = Path.of(System.getProperty("lectern.shared", "../shared"), "eval", "orangesum");

    @Test
    void leadTwoIsTheFirstTwoSentences() {
        assertThat(SummaryEvaluation.lead("M. Dupont est venu. Il a parlé de 12,5 %. Puis il est parti."))
                .isEqualTo("M. Dupont est venu. Il a parlé de 12,5 %.");
    }

    @Test
    void bootstrapIntervalHoldsTheMeanDifference() {
        double[] a = {0.3, 0.2, 0.4, 0.1};
        double[] b = {0.2, 0.2, 0.3, 0.1};
        double[] interval = SummaryEvaluation.bootstrap(a, b);
        assertThat(interval[0]).isLessThanOrEqualTo(0.05);
        assertThat(interval[1]).isGreaterThanOrEqualTo(0.05);
        assertThat(interval[0]).isGreaterThanOrEqualTo(0);
    }

    /** The bar from the issue, on the lines not used for tuning (301-1000). */
    @Test
    void matchesLeadTwoOnRouge1AndBeatsItOnRougeL() throws Exception {
        assumeTrue(Files.isDirectory(ORANGESUM), "../shared/eval/orangesum is not here");
        List<String> sources = Files.readAllLines(ORANGESUM.resolve("source_documents.txt"), StandardCharsets.UTF_8);
        List<String> golds = Files.readAllLines(ORANGESUM.resolve("gold_abstracts.txt"), StandardCharsets.UTF_8);
        int last = Math.min(1000, Math.min(sources.size(), golds.size()));
        assumeTrue(last > 300, "too few OrangeSum lines");
        List<String> articles = sources.subList(300, last);
        List<String> references = golds.subList(300, last);
        SummaryEvaluation.Result lead = SummaryEvaluation.evaluate("lead-2", articles, references, SummaryEvaluation::lead);
        Summariser summariser = new Summariser();
        SummaryEvaluation.Result ours = SummaryEvaluation.evaluate("Summariser", articles, references,
                a -> SummaryEvaluation.summary(summariser, a));
        assertThat(ours.rouge1()).isGreaterThanOrEqualTo(lead.rouge1());
        assertThat(ours.rougeL()).isGreaterThan(lead.rougeL());
    }
}
