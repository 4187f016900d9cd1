package dev.lectern.analysis;

/**
 * One sentence of a paragraph: its text and where it sits in the paragraph's text,
 * {@code start} inclusive and {@code end} exclusive, surrounding spaces left out.
 */
public record Sentence(String text, int start, int end) {
    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
        }
    }
}
