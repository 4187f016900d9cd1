package dev.lectern.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What a search found: its {@link Match}es in document order (by paragraph, then offset), and,
 * when a word search found nothing, up to three "did you mean" queries built from the document's
 * own vocabulary. Immutable.
 */
public final class SearchResult {
    private final Query query;
    private final List<Match> matches;
    private final int[] paragraphs; // matches' paragraph numbers, for binary search
    private final int[] starts;
    private final List<String> suggestions;

    SearchResult(Query query, List<Match> matches, List<String> suggestions) {
        this.query = query;
        this.matches = List.copyOf(matches);
        this.suggestions = List.copyOf(suggestions);
        this.paragraphs = new int[this.matches.size()];
        this.starts = new int[this.matches.size()];
        for (int i = 0; i < paragraphs.length; i++) {
            Match match = this.matches.get(i);
            if (i > 0 && match.compareTo(this.matches.get(i - 1)) < 0) {
                throw new IllegalArgumentException("matches out of document order");
            }
            paragraphs[i] = match.paragraph();
            starts[i] = match.start();
        }
    }

    /**
     * A match reached by {@link #next} or {@link #previous}: {@code index} counts from 1 (for
     * "match 2/7"); {@code wrapped} is true when the search went past the end (or start) of the
     * document to find it.
     */
    public record Step(Match match, int index, int count, boolean wrapped) {
    }

    public Query query() {
        return query;
    }

    public List<Match> matches() {
        return matches;
    }

    public int count() {
        return matches.size();
    }

    public boolean isEmpty() {
        return matches.isEmpty();
    }

    /** Queries to offer as "did you mean" when nothing was found, best first; at most three. */
    public List<String> suggestions() {
        return suggestions;
    }

    /** The distinct paragraph numbers with a match, in order. */
    public List<Integer> paragraphs() {
        List<Integer> numbers = new ArrayList<>();
        for (int p : paragraphs) {
            if (numbers.isEmpty() || numbers.get(numbers.size() - 1) != p) {
                numbers.add(p);
            }
        }
        return Collections.unmodifiableList(numbers);
    }

    /** The matches in paragraph {@code paragraph}, in order: what to highlight there. */
    public List<Match> in(int paragraph) {
        int from = firstIndexAfter(paragraph - 1, Integer.MAX_VALUE);
        int to = firstIndexAfter(paragraph, Integer.MAX_VALUE);
        return matches.subList(from, to);
    }

    /**
     * The first match that begins after the point (paragraph, offset), wrapping to the first
     * match of the document if there is none; empty if there are no matches. Use offset -1 for
     * "from the start of this paragraph on".
     */
    public Optional<Step> next(int paragraph, int offset) {
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        int i = firstIndexAfter(paragraph, offset);
        boolean wrapped = i == matches.size();
        return Optional.of(step(wrapped ? 0 : i, wrapped));
    }

    /**
     * The last match that begins before the point (paragraph, offset), wrapping to the last match
     * of the document if there is none; empty if there are no matches.
     */
    public Optional<Step> previous(int paragraph, int offset) {
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        int i = firstIndexAfter(paragraph, offset - 1) - 1; // last one starting before offset
        boolean wrapped = i < 0;
        return Optional.of(step(wrapped ? matches.size() - 1 : i, wrapped));
    }

    /** The 1-based position of {@code match} among the matches, or 0 if it is not one of them. */
    public int indexOf(Match match) {
        int i = firstIndexAfter(match.paragraph(), match.start() - 1);
        for (; i < matches.size() && matches.get(i).start() == match.start()
                && matches.get(i).paragraph() == match.paragraph(); i++) {
            if (matches.get(i).equals(match)) {
                return i + 1;
            }
        }
        return 0;
    }

    private Step step(int i, boolean wrapped) {
        return new Step(matches.get(i), i + 1, matches.size(), wrapped);
    }

    /** The index of the first match beginning strictly after (paragraph, offset). */
    private int firstIndexAfter(int paragraph, int offset) {
        int low = 0;
        int high = paragraphs.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            boolean after = paragraphs[mid] > paragraph || paragraphs[mid] == paragraph && starts[mid] > offset;
            if (after) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    @Override
    public String toString() {
        return "SearchResult[" + query.text() + ": " + matches.size() + " matches" + "]";
    }
}
