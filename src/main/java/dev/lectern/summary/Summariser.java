package dev.lectern.summary;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.Sentence;
import dev.lectern.analysis.SentenceSplitter;
import dev.lectern.analysis.Term;
import dev.lectern.analysis.TermNormaliser;
import dev.lectern.doc.ChapterHeadings;
import dev.lectern.doc.Document;
import dev.lectern.doc.Paragraph;
import dev.lectern.doc.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Extractive summaries. Each sentence gets a score, a weighted sum of what {@link SentenceFeatures}
 * measures (its place, its LexRank centrality, its length, quotes and figures, its closeness to
 * the whole text and to the lead); the weights were fitted on French news (OrangeSum lines
 * 1-300, see docs/QUALITY.md) to predict how much of a reference summary a sentence holds. The
 * best sentences are then taken one at a time, skipping exact repeats and any too close to one
 * already taken (cosine of their tf-idf vectors); in a text of several paragraphs, a sentence
 * loses {@link #SAME_PARAGRAPH} for each sentence already taken from its paragraph, so that a
 * later paragraph with new facts (figures, reactions, outcomes) gets a line rather than the
 * lead's third sentence. A summary of at most N sentences (the default one) stops once those
 * taken hold N x {@link #TERMS_PER_SENTENCE} terms; one of N sentences asked for has N. Sentences
 * are the splitter's, also cut where a full stop is glued to the next capital ({@link #unglued}).
 * The summary is given back in article order with paragraph numbers. The same document always
 * gets the same summary.
 */
public final class Summariser {
    /** Sentences in a summary unless asked otherwise, for a text of up to 30 sentences. */
    public static final int DEFAULT_LENGTH = 3;
    /** A sentence with fewer terms than this (a dateline, "Lire aussi") is never picked. */
    static final int MIN_TERMS = 4;
    /**
     * What a sentence loses for each sentence already taken from its paragraph, in the units of
     * the score (a share of the reference summary's words, typically 0.1 to 0.3). Not tuned on
     * OrangeSum, whose articles are one paragraph each: chosen on the seed and the English set.
     */
    static final double SAME_PARAGRAPH = 0.06;
    /** Cosine above which a sentence repeats one already taken. */
    static final double REDUNDANCY = 0.5;

    /** Fitted on OrangeSum lines 1-300 by {@code SummaryEvaluation --tune}; indices as in {@link SentenceFeatures}. */
    static final double[] WEIGHTS = {-0.065, -0.057, -0.007, 0, 0.134, -0.024, 0, 0, 0.125, 0, 0, 0, 0, 0, 0};

    /**
     * A summary of the default length stops once it holds this many terms for each sentence it
     * may have: on news, a long first sentence says as much as two ordinary ones, and a second
     * one would only make the summary longer than a reader (or a reference summary) needs.
     * Fitted by {@code SummaryEvaluation --tune}; infinite means no such stop.
     */
    static final double TERMS_PER_SENTENCE = 10;

    private final double[] weights;
    private final double sameParagraph;
    private final double termsPerSentence;

    /** The weights fitted on OrangeSum lines 1-300 (see docs/QUALITY.md). */
    public Summariser() {
        this(WEIGHTS, SAME_PARAGRAPH, TERMS_PER_SENTENCE);
    }

    /**
     * @param weights          one per {@link SentenceFeatures} feature
     * @param sameParagraph    what a sentence loses per sentence already taken from its paragraph
     * @param termsPerSentence where a summary of at most n sentences stops: n times this many terms
     */
    Summariser(double[] weights, double sameParagraph, double termsPerSentence) {
        if (weights.length != SentenceFeatures.COUNT) {
            throw new IllegalArgumentException("one weight per feature");
        }
        this.weights = weights.clone();
        this.sameParagraph = sameParagraph;
        this.termsPerSentence = termsPerSentence;
    }

    /** A default summary longer than this stops being a summary, whatever a tenth of a book is. */
    public static final int MOST_BY_DEFAULT = 25;

    /** How many sentences a summary has by default: 3, or about a tenth of a long text, at most 25. */
    public static int defaultLength(int sentences) {
        return Math.min(MOST_BY_DEFAULT, Math.max(DEFAULT_LENGTH, (int) Math.round(sentences / 10.0)));
    }

    /**
     * A text of at least this many characters (a dozen pages) is read as a book: its summary is
     * drawn from every part of it, and it gets one line per chapter when it has chapters.
     */
    public static final long LONG_TEXT_CHARS = 20_000;

    /**
     * A summary of the default length ({@link #defaultLength(int)}); in a short text, fewer
     * sentences when the first ones taken are already long ({@link #summariseAtMost}).
     */
    public List<SummarySentence> summarise(Document document) {
        List<Candidate> candidates = candidates(document.paragraphs(), language(document));
        int n = defaultLength(candidates.size());
        return isLong(document) ? choose(document, candidates, n) : pick(candidates, n, termsPerSentence);
    }

    /**
     * At most {@code most} sentences of a short text, in article order: the best ones, taken one
     * at a time until the summary holds {@code most} times {@link #TERMS_PER_SENTENCE} terms. A
     * long text ({@link #LONG_TEXT_CHARS}) gets {@code most} sentences, as from {@link #summarise(Document, int)}.
     */
    public List<SummarySentence> summariseAtMost(Document document, int most) {
        if (most < 1) {
            throw new IllegalArgumentException("a summary has at least one sentence");
        }
        List<Candidate> candidates = candidates(document.paragraphs(), language(document));
        return isLong(document) ? choose(document, candidates, most) : pick(candidates, most, termsPerSentence);
    }

    /**
     * The {@code n} best sentences (fewer if the document has fewer), in article order. In a long
     * text ({@link #LONG_TEXT_CHARS}) the sentences are cut into {@code n} equal stretches and
     * each gives its best sentence, so that a book's summary does not stop at its first chapter.
     */
    public List<SummarySentence> summarise(Document document, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a summary has at least one sentence");
        }
        return choose(document, candidates(document.paragraphs(), language(document)), n);
    }

    private List<SummarySentence> choose(Document document, List<Candidate> candidates, int n) {
        if (!isLong(document) || candidates.size() <= n) {
            return pick(candidates, n, Double.POSITIVE_INFINITY);
        }
        List<SummarySentence> chosen = new ArrayList<>();
        for (int part = 0; part < n; part++) {
            chosen.addAll(pickNarrative(candidates.subList(part * candidates.size() / n, (part + 1) * candidates.size() / n)));
        }
        return chosen;
    }

    /**
     * The best sentence of a stretch of a book, dialogue left out while there is narration: a
     * line of dialogue ("- Quoi ! s'écria-t-il") read alone in a summary says little about who
     * does what, and the splitter leaves a run of short replies in one long "sentence".
     */
    private List<SummarySentence> pickNarrative(List<Candidate> candidates) {
        List<Candidate> narration = candidates.stream().filter(c -> !isDialogue(c.sentence().text())).toList();
        return pick(narration.isEmpty() ? candidates : narration, 1, Double.POSITIVE_INFINITY);
    }

    /** A sentence that opens with a dialogue dash or a quotation mark, or holds a new reply after a dash. */
    static boolean isDialogue(String sentence) {
        String text = sentence.strip();
        return text.startsWith("-") || text.startsWith("—") || text.startsWith("–") || text.startsWith("«")
                || text.startsWith("\"") || text.startsWith("“") || DIALOGUE_TURN.matcher(text).find();
    }

    private static final java.util.regex.Pattern DIALOGUE_TURN = java.util.regex.Pattern.compile("[.!?…»”]\\s+[-—–]\\s");

    private static boolean isLong(Document document) {
        return document.charsBefore(document.size() + 1) >= LONG_TEXT_CHARS;
    }

    /**
     * One line per section of a long text ({@link #LONG_TEXT_CHARS}) that has at least two: the
     * document's own sections (an EPUB's chapters, Markdown or HTML headings), or else the
     * chapter headings of a plain text ({@link ChapterHeadings}). Headings that open the same
     * paragraph (a part and its first chapter) make one line, their titles joined. Text before
     * the first heading (a title page, a preface without a heading) gets no line. Empty when the
     * text is short or has no sections: then the plain summary is the one to show.
     */
    public List<SectionSummary> summariseSections(Document document) {
        if (!isLong(document)) {
            return List.of();
        }
        List<Section> sections = document.sections();
        boolean headingsInText = false;
        if (sections.size() < 2) {
            sections = ChapterHeadings.find(document.paragraphs());
            headingsInText = true; // the heading is a paragraph of its own, not part of the chapter's text
        }
        List<Integer> starts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        boolean titleIsFirstHeading = false;
        if (headingsInText && !sections.isEmpty() && sections.get(0).paragraph() > 1
                && ChapterHeadings.isHeading(document.title())) {
            // The plain-text loader took the first chapter's heading for the book's title.
            starts.add(1);
            titles.add(document.title().strip());
            titleIsFirstHeading = true;
        }
        for (Section section : sections) {
            if (!starts.isEmpty() && starts.get(starts.size() - 1) == section.paragraph()
                    && !(titleIsFirstHeading && starts.size() == 1)) {
                titles.set(titles.size() - 1, titles.get(titles.size() - 1) + " / " + section.title());
            } else {
                starts.add(section.paragraph());
                titles.add(section.title());
            }
        }
        if (starts.size() < 2) {
            return List.of();
        }
        Language language = language(document);
        List<SectionSummary> lines = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k) + (headingsInText && !(k == 0 && titleIsFirstHeading) ? 1 : 0);
            int to = k + 1 < starts.size() ? starts.get(k + 1) - 1 : document.size();
            List<Paragraph> text = from <= to ? document.paragraphs().subList(from - 1, to) : List.of();
            lines.add(new SectionSummary(titles.get(k), starts.get(k), pickNarrative(candidates(text, language))));
        }
        return lines;
    }

    /** The one sentence that best sums up a paragraph; the paragraph's only sentence if it has one. */
    public SummarySentence summarise(Paragraph paragraph, Language language) {
        List<SummarySentence> best = pick(candidates(List.of(paragraph), language), 1, Double.POSITIVE_INFINITY);
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
            for (Sentence sentence : unglued(SentenceSplitter.split(paragraph.text(), language))) {
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

    /**
     * A full stop or a closing quotation mark glued to the capital of the next word
     * ("Mizan Online.Moussavi a été", "d'affection\"L'ancien chef") ends a sentence the splitter
     * could not see: the text lost a paragraph break there (OrangeSum's articles, pages whose
     * blocks were joined). Such a sentence is cut in two, so that a summary can take the one
     * without the other. Two lower-case letters must come first, so "M.Dupont" stays whole.
     */
    static List<Sentence> unglued(List<Sentence> sentences) {
        List<Sentence> pieces = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            String text = sentence.text();
            int from = 0;
            // A plain scan rather than a pattern with look-behinds: this runs on every sentence of a book.
            for (int k = 3; k + 1 < text.length(); k++) {
                if (isLostBreak(text, k)) {
                    pieces.add(new Sentence(text.substring(from, k), sentence.start() + from, sentence.start() + k));
                    from = k;
                }
            }
            pieces.add(from == 0 ? sentence : new Sentence(text.substring(from), sentence.start() + from, sentence.end()));
        }
        return pieces;
    }

    /** Whether a sentence ends just before {@code k}: see {@link #unglued}. */
    private static boolean isLostBreak(String text, int k) {
        char mark = text.charAt(k - 1);
        boolean twoLowerBefore = Character.isLowerCase(text.charAt(k - 3)) && Character.isLowerCase(text.charAt(k - 2));
        boolean glued;
        int next = k;
        if (isFullStop(mark)) {
            glued = twoLowerBefore;
            char c = text.charAt(k);
            if (c == '"' || c == '«' || c == '“') {
                next++; // the opening quote belongs to the next sentence
            }
        } else if (mark == '"' || mark == '»' || mark == '”') {
            // "affection"L'ancien", or "vérifié.»Le"
            glued = twoLowerBefore || mark != '"' && isFullStop(text.charAt(k - 2)) && Character.isLowerCase(text.charAt(k - 3));
        } else {
            return false;
        }
        return glued && next + 1 < text.length() && Character.isUpperCase(text.charAt(next))
                && Character.isLowerCase(text.charAt(next + 1));
    }

    private static boolean isFullStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /** The best {@code n} sentences, fewer once they hold {@code n} times {@code termsPerSentence} terms. */
    List<SummarySentence> pick(List<Candidate> candidates, int n, double termsPerSentence) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Map<String, Double>> vectors = tfIdf(candidates);
        double[] score = scores(SentenceFeatures.of(candidates, vectors));
        double[] norms = vectors.stream().mapToDouble(Summariser::norm).toArray();
        int[] paragraphs = candidates.stream().mapToInt(c -> c.sentence().paragraph()).toArray();
        int[] terms = candidates.stream().mapToInt(Summariser::termCount).toArray();
        List<Integer> chosen = select(score, paragraphs, terms, (i, j) -> repeats(i, j, vectors, norms), n,
                termsPerSentence);
        return chosen.stream().map(i -> candidates.get(i).sentence()).toList();
    }

    /** Each sentence's score: its features weighted. */
    double[] scores(double[][] features) {
        double[] score = new double[features.length];
        for (int i = 0; i < score.length; i++) {
            for (int f = 0; f < weights.length; f++) {
                score[i] += weights[f] * features[i][f];
            }
        }
        return score;
    }

    /**
     * Takes the best-scored sentences one at a time, in article order at the end: never one of
     * fewer than {@link #MIN_TERMS} terms while there are longer ones, never one that
     * {@code repeats} one already taken; a sentence loses {@code sameParagraph} for each sentence
     * already taken from its paragraph. Stops at {@code n} sentences, or sooner once those taken
     * hold {@code n} times {@code termsPerSentence} terms.
     */
    List<Integer> select(double[] score, int[] paragraphs, int[] terms, BiPredicate<Integer, Integer> repeats, int n) {
        return select(score, paragraphs, terms, repeats, n, termsPerSentence);
    }

    /** As {@link #select(double[], int[], int[], BiPredicate, int)}, with {@code termsPerSentence} given. */
    List<Integer> select(double[] score, int[] paragraphs, int[] terms, BiPredicate<Integer, Integer> repeats, int n,
                         double termsPerSentence) {
        List<Integer> chosen = new ArrayList<>();
        boolean[] taken = new boolean[score.length];
        Map<Integer, Integer> takenFromParagraph = new HashMap<>();
        double enough = termsPerSentence * n;
        int used = 0;
        for (boolean longOnly : new boolean[] {true, false}) {
            // Second round, for short texts: let short sentences in rather than give fewer than asked.
            while (chosen.size() < n && used < enough) {
                int best = -1;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < score.length; i++) {
                    if (taken[i] || longOnly && terms[i] < MIN_TERMS) {
                        continue;
                    }
                    double s = score[i] - sameParagraph * takenFromParagraph.getOrDefault(paragraphs[i], 0);
                    if (s > bestScore) {
                        best = i;
                        bestScore = s;
                    }
                }
                if (best < 0) {
                    break;
                }
                taken[best] = true;
                int candidate = best;
                if (chosen.stream().noneMatch(j -> repeats.test(candidate, j))) {
                    chosen.add(best);
                    used += terms[best];
                    takenFromParagraph.merge(paragraphs[best], 1, Integer::sum);
                }
            }
        }
        chosen.sort(Comparator.naturalOrder());
        return chosen;
    }

    private static boolean repeats(int i, int j, List<Map<String, Double>> vectors, double[] norms) {
        double dot = dot(vectors.get(i), vectors.get(j));
        return dot > 0 && dot / (norms[i] * norms[j]) > REDUNDANCY;
    }

    static int termCount(Candidate candidate) {
        return candidate.counts().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Term counts weighted by log(1 + N/df), N sentences, df the sentences using the term. */
    static List<Map<String, Double>> tfIdf(List<Candidate> candidates) {
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
