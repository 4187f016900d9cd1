package dev.lectern.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The words of one document that a search could be about (no stop words, no numbers), by their
 * folded form, with how often each occurs and how to show it: lower case with its accents, as
 * first met ("tokaïev"). Answers "did you mean" by edit distance on the folded forms.
 */
final class Vocabulary {
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** Folded word to id while the index is built; dropped by {@link #freeze()}. */
    private Map<String, Integer> ids = new HashMap<>();
    private final List<String> folded = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();
    private int[] terms = new int[1024];
    private int[] counts = new int[1024];

    /** The id of a folded word, adding it if new; {@code term} is the id of its index term. */
    int add(String foldedWord, String original, int term) {
        Integer id = ids.get(foldedWord);
        if (id != null) {
            return id;
        }
        int next = folded.size();
        if (next == counts.length) {
            counts = Arrays.copyOf(counts, next * 2);
            terms = Arrays.copyOf(terms, next * 2);
        }
        ids.put(foldedWord, next);
        folded.add(foldedWord);
        shown.add(original.toLowerCase(Locale.ROOT).replace('’', '\''));
        terms[next] = term;
        return next;
    }

    /**
     * Adds the words of {@code later}, met after this one's in the text: their counts are added
     * and a word's first form stays; {@code termIds} maps {@code later}'s term ids to this index's.
     */
    void append(Vocabulary later, int[] termIds) {
        for (int id = 0; id < later.folded.size(); id++) {
            int mine = add(later.folded.get(id), later.shown.get(id), termIds[later.terms[id]]);
            counts[mine] += later.counts[id];
        }
    }

    /** Ends building: keeps only what "did you mean" needs. */
    Vocabulary freeze() {
        ids = null;
        counts = Arrays.copyOf(counts, folded.size());
        terms = Arrays.copyOf(terms, folded.size());
        return this;
    }

    void count(int id) {
        counts[id]++;
    }

    int size() {
        return folded.size();
    }

    /**
     * Up to {@code max} words of the document closest to {@code foldedWord}, as shown to the
     * reader, best first: fewest edits (at most 1 for words of up to 4 letters, 2 up to 8, 3
     * beyond), then most alike by Jaro-Winkler, then most frequent. Words with the same index
     * term (manifestation, manifestations) count once, by their closest form.
     */
    List<String> closest(String foldedWord, int max) {
        int limit = foldedWord.length() <= 4 ? 1 : foldedWord.length() <= 8 ? 2 : 3;
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        List<Candidate> candidates = new ArrayList<>();
        for (int id = 0; id < folded.size(); id++) {
            String word = folded.get(id);
            if (Math.abs(word.length() - foldedWord.length()) > limit || word.equals(foldedWord)) {
                continue;
            }
            int edits = distance.apply(foldedWord, word);
            if (edits >= 0) {
                candidates.add(new Candidate(id, edits, JARO_WINKLER.apply(foldedWord, word)));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::edits)
                .thenComparing(Comparator.comparingDouble(Candidate::similarity).reversed())
                .thenComparing(c -> -counts[c.id()])
                .thenComparing(c -> folded.get(c.id())));
        List<String> words = new ArrayList<>();
        Set<Integer> termsSeen = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (words.size() == max) {
                break;
            }
            if (termsSeen.add(terms[candidate.id()])) {
                words.add(shown.get(candidate.id()));
            }
        }
        return words;
    }

    private record Candidate(int id, int edits, double similarity) {
    }
}
