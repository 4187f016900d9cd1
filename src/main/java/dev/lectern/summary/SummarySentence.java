package dev.lectern.summary;

/**
 * A sentence picked for a summary: the number of the paragraph it is in (from 1), where it sits
 * in that paragraph's text ({@code start} inclusive, {@code end} exclusive) and its text.
 */
public record SummarySentence(int paragraph, int start, int end, String text) {
}
