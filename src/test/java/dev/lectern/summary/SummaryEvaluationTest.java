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
        // Differences of both signs: the interval straddles zero.
        double[] mixed = SummaryEvaluation.bootstrap(new double[] {0.3, 0.1, 0.3, 0.1}, new double[] {0.1, 0.3, 0.1, 0.3});
        assertThat(mixed[0]).isNegative();
        assertThat(mixed[1]).isPositive();
    }

    @Test
    void solvesALinearSystem() {
        double[] x = SummaryEvaluation.solve(new double[][] {{0, 2, 1}, {1, 1, 0}, {3, 0, 1}}, new double[] {7, 3, 6});
        assertThat(x).containsExactly(new double[] {1, 2, 3}, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void leadOfADocumentSkipsNoParagraph() {
        dev.lectern.doc.Document document = new dev.lectern.doc.Document("T", List.of(
                new dev.lectern.doc.Paragraph(1, "One sentence here."),
                new dev.lectern.doc.Paragraph(2, "Two sentences here. And a third.")),
                dev.lectern.analysis.Language.ENGLISH, null, List.of());
        assertThat(SummaryEvaluation.lead(document, 2)).isEqualTo("One sentence here. Two sentences here.");
    }

    /** The bar from the issue, on the lines not used for tuning (301-1000): ROUGE-1 at least lead-2's, ROUGE-L above it. */
    @Test
    void matchesLeadTwoOnRouge1AndBeatsItOnRougeL() throws Exception {
        assumeTrue(Files.isDirectory(ORANGESUM), "../shared/eval/orangesum is not here");
        List<SummaryEvaluation.Article> articles = SummaryEvaluation.orangeSum(ORANGESUM, 301, 1000);
        assumeTrue(articles.size() > 100, "too few OrangeSum lines");
        SummaryEvaluation.Result lead = SummaryEvaluation.evaluate("lead-2", articles,
                a -> SummaryEvaluation.lead(a.document(), 2));
        Summariser summariser = new Summariser();
        SummaryEvaluation.Result ours = SummaryEvaluation.evaluate("Summariser", articles,
                a -> SummaryEvaluation.summary(summariser, a.document()));
        assertThat(ours.rouge1()).isGreaterThanOrEqualTo(lead.rouge1());
        assertThat(ours.rougeL()).isGreaterThan(lead.rougeL());
    }
}
