package dev.lectern.glossary;

/** One place where the text uses a glossary term: the slice {@code [start, end)} of paragraph {@code paragraph}. */
public record TermOccurrence(int paragraph, int start, int end) {
}
