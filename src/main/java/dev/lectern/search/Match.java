package dev.lectern.search;

/**
 * One place a search found: characters {@code [start, end)} of paragraph {@code paragraph}'s
 * text (paragraphs count from 1), the slice to highlight. A word search has one match per
 * occurrence of each query word, a phrase search one per occurrence of the phrase, a regex
 * search one per non-empty match.
 */
public record Match(int paragraph, int start, int end) implements Comparable<Match> {
    public Match {
        if (paragraph < 1 || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad match " + paragraph + ":" + start + "-" + end);
        }
    }

    @Override
    public int compareTo(Match other) {
        int c = Integer.compare(paragraph, other.paragraph);
        if (c == 0) {
            c = Integer.compare(start, other.start);
        }
        return c == 0 ? Integer.compare(end, other.end) : c;
    }
}
