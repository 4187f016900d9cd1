package dev.lectern.summary;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.Sentence;
import dev.lectern.analysis.SentenceSplitter;
import dev.lectern.doc.Document;
import dev.lectern.doc.Paragraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores the 2-sentence summary against the lead-2 baseline on OrangeSum (French news, one article
 * a line, the reference summary on the same line of the other file): mean ROUGE-1, ROUGE-2 and
 * ROUGE-L F1 over the lines asked for.
 * <pre>
 * mvn -q -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:$(cat target/cp.txt) dev.lectern.summary.SummaryEvaluation [DIR] [FIRST-LAST] [--tune]
 * </pre>
 * DIR defaults to ../shared/eval/orangesum, lines to 301-1000 (1-300 were used for tuning).
 * {@code --tune} prints a grid of settings on the lines asked for instead.
 */
public final class SummaryEvaluation {
    static final int SUMMARY_SENTENCES = 2;

    private SummaryEvaluation() {
    }

    /** Mean F1 of one system over the articles, and each article's ROUGE-L F1. */
    record Result(String system, double rouge1, double rouge2, double rougeL, double[] perArticleL) {
        String row() {
            return String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f |", system, rouge1, rouge2, rougeL);
        }
    }

    /**
     * The 95% interval of the mean ROUGE-L difference (a minus b) over 1000 paired bootstrap
     * resamples of the articles, with a fixed seed.
     */
    static double[] bootstrap(double[] a, double[] b) {
        Random random = new Random(42);
        int n = a.length;
        double[] means = new double[1000];
        for (int r = 0; r < means.length; r++) {
            double sum = 0;
            for (int k = 0; k < n; k++) {
                int i = random.nextInt(n);
                sum += a[i] - b[i];
            }
            means[r] = sum / n;
        }
        Arrays.sort(means);
        return new double[] {means[24], means[974]};
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of("../shared/eval/orangesum");
        int first = 301;
        int last = 1000;
        boolean tune = false;
        for (String arg : args) {
            if (arg.equals("--tune")) {
                tune = true;
            } else if (arg.matches("\\d+-\\d+")) {
                first = Integer.parseInt(arg.substring(0, arg.indexOf('-')));
                last = Integer.parseInt(arg.substring(arg.indexOf('-') + 1));
            } else {
                dir = Path.of(arg);
            }
        }
        List<String> sources = Files.readAllLines(dir.resolve("source_documents.txt"), StandardCharsets.UTF_8);
        List<String> golds = Files.readAllLines(dir.resolve("gold_abstracts.txt"), StandardCharsets.UTF_8);
        last = Math.min(last, Math.min(sources.size(), golds.size()));
        List<String> articles = sources.subList(first - 1, last);
        List<String> references = golds.subList(first - 1, last);
        System.out.printf("OrangeSum lines %d-%d (%d articles), %d-sentence summaries, "
                + "lower-cased accent-folded word tokens%n", first, last, articles.size(), SUMMARY_SENTENCES);
        if (tune) {
            tune(articles, references);
            return;
        }
        System.out.println("| system | ROUGE-1 F1 | ROUGE-2 F1 | ROUGE-L F1 |");
        System.out.println("|---|---|---|---|");
        Result lead = evaluate("lead-2", articles, references, SummaryEvaluation::lead);
        System.out.println(lead.row());
        Summariser summariser = new Summariser();
        Result ours = evaluate("Summariser", articles, references, a -> summary(summariser, a));
        System.out.println(ours.row());
        Summariser plain = new Summariser(0.85, 0, 0, 0.5);
        System.out.println(evaluate("plain LexRank (no position prior)", articles, references,
                a -> summary(plain, a)).row());
        double[] interval = bootstrap(ours.perArticleL(), lead.perArticleL());
        System.out.printf(Locale.ROOT, "%nROUGE-L, Summariser minus lead-2: %+.4f, 95%% paired bootstrap interval [%+.4f, %+.4f]%n",
                ours.rougeL() - lead.rougeL(), interval[0], interval[1]);
    }

    private static void tune(List<String> articles, List<String> references) {
        System.out.println(evaluate("lead-2", articles, references, SummaryEvaluation::lead).row());
        for (double lengthWeight : new double[] {0, 0.25, 0.5, 1}) {
            for (double damping : new double[] {0.1, 0.2, 0.3, 0.5, 0.85}) {
                for (double position : new double[] {0.5, 1, 1.5, 2, 3}) {
                    Summariser summariser = new Summariser(damping, position, lengthWeight, 0.5);
                    String name = String.format(Locale.ROOT, "damping %.2f, position %.1f, length %.2f",
                            damping, position, lengthWeight);
                    System.out.println(evaluate(name, articles, references, a -> summary(summariser, a)).row());
                }
            }
        }
    }

    static Result evaluate(String system, List<String> articles, List<String> references,
                           Function<String, String> summarise) {
        double r1 = 0;
        double r2 = 0;
        double rl = 0;
        double[] perArticle = new double[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            List<String> candidate = Rouge.words(summarise.apply(articles.get(i)));
            List<String> reference = Rouge.words(references.get(i));
            r1 += Rouge.rougeN(candidate, reference, 1).f1();
            r2 += Rouge.rougeN(candidate, reference, 2).f1();
            perArticle[i] = Rouge.rougeL(candidate, reference).f1();
            rl += perArticle[i];
        }
        int n = Math.max(1, articles.size());
        return new Result(system, r1 / n, r2 / n, rl / n, perArticle);
    }

    static String lead(String article) {
        return SentenceSplitter.split(article, Language.FRENCH).stream().limit(SUMMARY_SENTENCES)
                .map(Sentence::text).collect(Collectors.joining(" "));
    }

    static String summary(Summariser summariser, String article) {
        Document document = new Document("", List.of(new Paragraph(1, article)), Language.FRENCH, null, List.of());
        return summariser.summarise(document, SUMMARY_SENTENCES).stream().map(SummarySentence::text)
                .collect(Collectors.joining(" "));
    }
}
