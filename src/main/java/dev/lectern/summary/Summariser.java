package dev.lectern.summary;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.Sentence;
import dev.lectern.analysis.SentenceSplitter;
import dev.lectern.analysis.Term;
import dev.lectern.analysis.TermNormaliser;
import dev.lectern.doc.Document;
import dev.lectern.doc.Paragraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Extractive summaries: the sentences of a document ranked by a personalised PageRank over a
 * graph of lexical similarity ({@link SentenceGraph}), whose random jumps favour the first
 * sentences as news is written (a position prior); each score is then divided by a power of the
 * sentence's length, so that a long sentence must say more to win. The best sentences are taken
 * in rank order, skipping exact repeats and any too close to one already taken (cosine of their
 * tf-idf vectors), and given back in article order with their paragraph numbers. The same
 * document always gets the same summary.
 */
public final class Summariser {
    /** Sentences in a summary unless asked otherwise, for a text of up to 30 sentences. */
    public static final int DEFAULT_LENGTH = 3;
    /** A sentence with fewer terms than this (a dateline, "Lire aussi") is never picked. */
    static final int MIN_TERMS = 4;

    private final double damping;
    private final double positionWeight;
    private final double lengthWeight;
    private final double redundancy;

    /** The settings tuned on OrangeSum lines 1-300 (see docs/QUALITY.md). */
    public Summariser() {
        this(0.2, 1.5, 0.5, 0.5);
    }

    /**
     * @param damping        share of a sentence's score that flows from its neighbours (0..1);
     *                       the rest comes from the position prior
     * @param positionWeight how steeply the prior falls with position: 1/(i+1)^positionWeight
     * @param lengthWeight   scores are divided by (terms in the sentence)^lengthWeight, so that a
     *                       long sentence must say more to be picked (0 = no such penalty)
     * @param redundancy     cosine above which a sentence repeats one already taken
     */
    Summariser(double damping, double positionWeight, double lengthWeight, double redundancy) {
        this.damping = damping;
        this.positionWeight = positionWeight;
        this.lengthWeight = lengthWeight;
        this.redundancy = redundancy;
    }

    /** A default summary longer than this stops being a summary, whatever a tenth of a book is. */
    public static final int MOST_BY_DEFAULT = 25;

    /** How many sentences a summary has by default: 3, or about a tenth of a long text, at most 25. */
    public static int defaultLength(int sentences) {
        return Math.min(MOST_BY_DEFAULT, Math.max(DEFAULT_LENGTH, (int) Math.round(sentences / 10.0)));
    }

    /** A summary of the default length ({@link #defaultLength(int)}). */
    public List<SummarySentence> summarise(Document document) {
        List<Candidate> candidates = candidates(document.paragraphs(), language(document));
        return pick(candidates, defaultLength(candidates.size()));
    }

    /** The {@code n} best sentences (fewer if the document has fewer), in article order. */
    public List<SummarySentence> summarise(Document document, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a summary has at least one sentence");
        }
        return pick(candidates(document.paragraphs(), language(document)), n);
    }

    /** The one sentence that best sums up a paragraph; the paragraph's only sentence if it has one. */
    public SummarySentence summarise(Paragraph paragraph, Language language) {
        List<SummarySentence> best = pick(candidates(List.of(paragraph), language), 1);
        return best.isEmpty() ? new SummarySentence(paragraph.number(), 0, 0, "") : best.get(0);
    }

    private static Language language(Document document) {
        return document.language() == null ? Language.OTHER : document.language();
    }

    /** A sentence with its place and its stemmed terms. */
    record Candidate(SummarySentence sentence, int position, Map<String, Integer> counts) {
    }

    static List<Candidate> candidates(List<Paragraph> paragraphs, Language language) {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Paragraph paragraph : paragraphs) {
            for (Sentence sentence : SentenceSplitter.split(paragraph.text(), language)) {
                // An exact repeat (a headline given twice) is the same sentence: keep the first.
                if (!seen.add(TermNormaliser.fold(sentence.text()).strip())) {
                    continue;
                }
                Map<String, Integer> counts = new HashMap<>();
                for (Term term : TermNormaliser.terms(sentence.text(), language)) {
                    counts.merge(term.form(), 1, Integer::sum);
                }
                candidates.add(new Candidate(new SummarySentence(paragraph.number(), sentence.start(),
                        sentence.end(), sentence.text()), candidates.size(), counts));
            }
        }
        return candidates;
    }

    List<SummarySentence> pick(List<Candidate> candidates, int n) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Map<String, Double>> vectors = tfIdf(candidates);
        double[] score = SentenceGraph.of(vectors).rank(prior(candidates.size()), damping);
        for (int i = 0; i < score.length; i++) {
            score[i] /= Math.pow(Math.max(1, termCount(candidates.get(i))), lengthWeight);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -score[i]).thenComparingInt(i -> i));
        double[] norms = vectors.stream().mapToDouble(Summariser::norm).toArray();
        List<Integer> chosen = new ArrayList<>();
        boolean[] taken = new boolean[candidates.size()];
        for (boolean longOnly : new boolean[] {true, false}) {
            // Second round, for short texts: let short sentences in rather than give fewer than asked.
            for (int i : order) {
                if (chosen.size() >= n) {
                    break;
                }
                if (taken[i] || longOnly && termCount(candidates.get(i)) < MIN_TERMS) {
                    continue;
                }
                if (!repeatsAny(i, chosen, vectors, norms)) {
                    chosen.add(i);
                    taken[i] = true;
                }
            }
        }
        chosen.sort(Comparator.naturalOrder());
        return chosen.stream().map(i -> candidates.get(i).sentence()).toList();
    }

    private boolean repeatsAny(int i, List<Integer> chosen, List<Map<String, Double>> vectors, double[] norms) {
        for (int j : chosen) {
            double dot = dot(vectors.get(i), vectors.get(j));
            if (dot > 0 && dot / (norms[i] * norms[j]) > redundancy) {
                return true;
            }
        }
        return false;
    }

    private static int termCount(Candidate candidate) {
        return candidate.counts().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Jumps favour early sentences: weight 1/(i+1)^positionWeight, summing to 1. */
    double[] prior(int size) {
        double[] prior = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++) {
            prior[i] = 1 / Math.pow(i + 1, positionWeight);
            sum += prior[i];
        }
        for (int i = 0; i < size; i++) {
            prior[i] /= sum;
        }
        return prior;
    }

    /** Term counts weighted by log(1 + N/df), N sentences, df the sentences using the term. */
    private static List<Map<String, Double>> tfIdf(List<Candidate> candidates) {
        Map<String, Integer> df = new HashMap<>();
        for (Candidate candidate : candidates) {
            for (String term : candidate.counts().keySet()) {
                df.merge(term, 1, Integer::sum);
            }
        }
        int n = candidates.size();
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        for (Candidate candidate : candidates) {
            Map<String, Double> vector = new HashMap<>();
            candidate.counts().forEach((term, count) -> vector.put(term, count * Math.log(1 + (double) n / df.get(term))));
            vectors.add(vector);
        }
        return vectors;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = dot(a, b);
        return dot == 0 ? 0 : dot / (norm(a) * norm(b));
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            return dot(b, a);
        }
        double dot = 0;
        for (Map.Entry<String, Double> entry : a.entrySet()) {
            Double other = b.get(entry.getKey());
            if (other != null) {
                dot += entry.getValue() * other;
            }
        }
        return dot;
    }

    private static double norm(Map<String, Double> vector) {
        double sum = 0;
        for (double w : vector.values()) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }
}
