package dev.lectern.summary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the ranking knows of each sentence of a text, as numbers: where it is, how central it
 * is (LexRank over {@link SentenceGraph}), how long, whether it quotes or gives figures, how
 * close it is to the whole text and to its first sentence. {@link Summariser} scores a sentence
 * by a weighted sum of these; the weights are fitted on OrangeSum lines 1-300
 * ({@code SummaryEvaluation --tune}).
 */
final class SentenceFeatures {
    static final int BIAS = 0;
    /** log(1 + the sentence's place in the text, from 0). */
    static final int POSITION = 1;
    /** 1 for the text's first sentence. */
    static final int FIRST = 2;
    /** log(n x LexRank score): 0 for a sentence of average centrality. */
    static final int CENTRALITY = 3;
    /** log(terms). */
    static final int LENGTH = 4;
    /** log(terms) squared, so that the fit can prefer a middle length. */
    static final int LENGTH_SQUARED = 5;
    /** 1 if the sentence quotes someone (quotation marks of any kind). */
    static final int QUOTE = 6;
    /** 1 if the sentence has a figure (a digit). */
    static final int FIGURE = 7;
    /** Cosine of the sentence's tf-idf vector with the whole text's. */
    static final int CENTROID = 8;
    /** Cosine with the first sentence (0 for the first itself). */
    static final int LEAD_SIMILARITY = 9;
    /** Place in the text from 0 (first) to 1 (last). */
    static final int RELATIVE_POSITION = 10;
    /**
     * 1 if the sentence opens with a word that leans on the one before it (a connective such as
     * "Mais", "Pourtant", "En effet", "However", or a pronoun such as "Il", "Cette", "They"):
     * read alone in a summary it misses what it answers or refers to.
     */
    static final int LEANS_BACK = 11;
    /** 1 if the sentence opens with a quotation mark: words of someone whom the summary may not have named. */
    static final int OPENS_WITH_QUOTE = 12;
    /**
     * 1 if the sentence holds a lost paragraph break: a word glued to the next one's capital
     * ("Online.Moussavi", "Pas de reconfinement\"Ces dispositions"). On OrangeSum a sub-heading
     * glued to the sentence after it looks like this, and the splitter cannot part them.
     */
    static final int GLUED = 13;
    /** The share of its words that are names or figures (capitalised inside the sentence, or holding a digit). */
    static final int NAMES_AND_FIGURES = 14;
    static final int COUNT = 15;
    static final List<String> NAMES = List.of("bias", "position", "first", "centrality", "length", "length squared",
            "quote", "figure", "centroid", "lead similarity", "relative position", "leans back", "opens with a quote",
            "glued", "names and figures");

    /** First words that lean on the sentence before, accent-folded and lower-cased; "en effet" and the like by their first two words. */
    private static final java.util.Set<String> LEANING_OPENERS = java.util.Set.of(
            "mais", "pourtant", "cependant", "toutefois", "neanmoins", "or", "donc", "ainsi", "alors", "aussi",
            "en effet", "par ailleurs", "de plus", "en outre", "d'ailleurs", "pour autant", "en revanche", "du coup",
            "il", "elle", "ils", "elles", "ce", "cet", "cette", "ces", "c'est", "celui", "celle", "ceux", "celles",
            "cela", "ca", "lui", "leur", "selon lui", "selon elle", "la encore",
            "but", "however", "yet", "so", "also", "still", "moreover", "meanwhile", "instead", "this", "these",
            "that", "those", "it", "he", "she", "they", "his", "her", "their", "its");
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    private SentenceFeatures() {
    }

    /** Row i holds sentence i's features; {@code vectors} are the sentences' tf-idf vectors. */
    static double[][] of(List<Summariser.Candidate> candidates, List<Map<String, Double>> vectors) {
        int n = candidates.size();
        double[] uniform = new double[n];
        java.util.Arrays.fill(uniform, 1.0 / n);
        double[] centrality = SentenceGraph.of(vectors).rank(uniform, 0.85);
        Map<String, Double> centroid = new HashMap<>();
        for (Map<String, Double> vector : vectors) {
            vector.forEach((term, weight) -> centroid.merge(term, weight, Double::sum));
        }
        double[][] rows = new double[n][COUNT];
        for (int i = 0; i < n; i++) {
            double[] row = rows[i];
            String text = candidates.get(i).sentence().text();
            double terms = Math.max(1, Summariser.termCount(candidates.get(i)));
            row[BIAS] = 1;
            row[POSITION] = Math.log(1 + i);
            row[FIRST] = i == 0 ? 1 : 0;
            row[CENTRALITY] = Math.log(Math.max(1e-6, n * centrality[i]));
            row[LENGTH] = Math.log(terms);
            row[LENGTH_SQUARED] = row[LENGTH] * row[LENGTH];
            row[QUOTE] = quotes(text) ? 1 : 0;
            row[FIGURE] = text.chars().anyMatch(Character::isDigit) ? 1 : 0;
            row[CENTROID] = Summariser.cosine(vectors.get(i), centroid);
            row[LEAD_SIMILARITY] = i == 0 ? 0 : Summariser.cosine(vectors.get(i), vectors.get(0));
            row[RELATIVE_POSITION] = n == 1 ? 0 : (double) i / (n - 1);
            row[LEANS_BACK] = leansBack(text) ? 1 : 0;
            String stripped = text.strip();
            row[OPENS_WITH_QUOTE] = !stripped.isEmpty() && quotes(stripped.substring(0, 1)) ? 1 : 0;
            row[GLUED] = glued(text) ? 1 : 0;
            row[NAMES_AND_FIGURES] = namesAndFigures(text);
        }
        return rows;
    }

    static boolean leansBack(String sentence) {
        // Two words are all it looks at: fold no more than their characters (this runs on every sentence of a book).
        java.util.regex.Matcher words = WORD.matcher(dev.lectern.analysis.TermNormaliser.fold(
                sentence.substring(0, Math.min(sentence.length(), 60))));
        if (!words.find()) {
            return false;
        }
        String first = words.group();
        if (LEANING_OPENERS.contains(first)) {
            return true;
        }
        return words.find() && LEANING_OPENERS.contains(first + " " + words.group());
    }

    /** A capital starting a word glued to three lower-case letters, or to two and a closing mark ("santéPas", "Matignon.Pas"). */
    static boolean glued(String text) {
        for (int k = 3; k + 1 < text.length(); k++) {
            if (!Character.isUpperCase(text.charAt(k)) || !Character.isLowerCase(text.charAt(k + 1))
                    || !Character.isLowerCase(text.charAt(k - 2)) || !Character.isLowerCase(text.charAt(k - 3))) {
                continue;
            }
            char before = text.charAt(k - 1);
            if (Character.isLowerCase(before) || ".!?»\"”)".indexOf(before) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Words are runs of letters and digits (with inner apostrophes and hyphens), as {@link #WORD} has them. */
    static double namesAndFigures(String sentence) {
        int all = 0;
        int marked = 0;
        int k = 0;
        int n = sentence.length();
        while (k < n) {
            char c = sentence.charAt(k);
            if (!Character.isLetterOrDigit(c)) {
                k++;
                continue;
            }
            boolean mark = all > 0 && Character.isUpperCase(c);
            for (; k < n && (Character.isLetterOrDigit(sentence.charAt(k)) || "'’-".indexOf(sentence.charAt(k)) >= 0); k++) {
                mark |= Character.isDigit(sentence.charAt(k));
            }
            marked += mark ? 1 : 0;
            all++;
        }
        return all == 0 ? 0 : (double) marked / all;
    }

    private static boolean quotes(String text) {
        for (int k = 0; k < text.length(); k++) {
            switch (text.charAt(k)) {
                case '"', '«', '»', '“', '”', '„':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }
}
