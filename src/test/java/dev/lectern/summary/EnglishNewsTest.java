package dev.lectern.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ten English news reports written for the purpose (src/test/resources/summary/english). */
class EnglishNewsTest {
    static final Path ENGLISH = Path.of("src/test/resources/summary/english");

    @Test
    void allTenArticlesLoadWithTheirReferences() throws Exception {
        List<SummaryEvaluation.Article> articles = SummaryEvaluation.english(ENGLISH);
        assertThat(articles).hasSize(10).allSatisfy(article -> {
            assertThat(article.document().size()).isGreaterThanOrEqualTo(5);
            assertThat(article.reference().split(" ").length).isBetween(30, 60);
        });
    }

    /** Three sentences: the lead first, then news from later paragraphs rather than the lead's follow-ups. */
    @Test
    void threeSentenceSummariesKeepTheLeadAndReachLaterParagraphs() throws Exception {
        Summariser summariser = new Summariser();
        for (SummaryEvaluation.Article article : SummaryEvaluation.english(ENGLISH)) {
            List<SummarySentence> summary = summariser.summarise(article.document(), 3);
            assertThat(summary).hasSize(3);
            assertThat(summary.get(0).paragraph()).as(article.document().title()).isEqualTo(1);
            assertThat(summary.stream().map(SummarySentence::paragraph).distinct().count())
                    .as(article.document().title()).isEqualTo(3);
        }
    }

    /** Scored as OrangeSum is: the 2-sentence summary is not below lead-2 on these either. */
    @Test
    void notBelowLeadTwo() throws Exception {
        List<SummaryEvaluation.Article> articles = SummaryEvaluation.english(ENGLISH);
        Summariser summariser = new Summariser();
        SummaryEvaluation.Result lead = SummaryEvaluation.evaluate("lead-2", articles, a -> SummaryEvaluation.lead(a.document(), 2));
        SummaryEvaluation.Result ours = SummaryEvaluation.evaluate("Summariser", articles,
                a -> SummaryEvaluation.summary(summariser, a.document()));
        assertThat(ours.rougeL()).isGreaterThanOrEqualTo(lead.rougeL());
        assertThat(ours.rouge1()).isGreaterThanOrEqualTo(lead.rouge1());
    }
}
