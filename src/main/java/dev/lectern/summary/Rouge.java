package dev.lectern.summary;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.TermNormaliser;
import dev.lectern.analysis.Token;
import dev.lectern.analysis.Tokenizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE scores of a candidate summary against one reference (Lin, 2004): ROUGE-N counts the
 * n-grams they share (clipped), ROUGE-L their longest common subsequence. Both are reported as
 * F1 of precision and recall. Texts are compared as lower-cased, accent-folded word tokens.
 */
final class Rouge {
    private Rouge() {
    }

    /** Precision, recall and their harmonic mean. */
    record Score(double precision, double recall, double f1) {
        static Score of(double overlap, int candidate, int reference) {
            double p = candidate == 0 ? 0 : overlap / candidate;
            double r = reference == 0 ? 0 : overlap / reference;
            return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    /** Words and numbers, lower-cased and folded; "l’OTSC" is "l'" and "otsc". */
    static List<String> words(String text) {
        return Tokenizer.tokens(text, Language.FRENCH).stream().map(Token::form).map(TermNormaliser::fold).toList();
    }

    static Score rougeN(List<String> candidate, List<String> reference, int n) {
        Map<List<String>, Integer> referenceGrams = grams(reference, n);
        Map<List<String>, Integer> candidateGrams = grams(candidate, n);
        int overlap = 0;
        for (Map.Entry<List<String>, Integer> gram : candidateGrams.entrySet()) {
            overlap += Math.min(gram.getValue(), referenceGrams.getOrDefault(gram.getKey(), 0));
        }
        return Score.of(overlap, Math.max(0, candidate.size() - n + 1), Math.max(0, reference.size() - n + 1));
    }

    static Score rougeL(List<String> candidate, List<String> reference) {
        return Score.of(lcs(candidate, reference), candidate.size(), reference.size());
    }

    static int lcs(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = a.get(i - 1).equals(b.get(j - 1)) ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    private static Map<List<String>, Integer> grams(List<String> words, int n) {
        Map<List<String>, Integer> grams = new HashMap<>();
        for (int i = 0; i + n <= words.size(); i++) {
            grams.merge(List.copyOf(words.subList(i, i + n)), 1, Integer::sum);
        }
        return grams;
    }
}
