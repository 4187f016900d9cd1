package dev.lectern.analysis;

/**
 * A word reduced to what it means for matching: lower case, accents and ligatures folded,
 * stemmed ("Manifestations" → "manifestation"). {@code start} and {@code end} are the offsets of
 * the original word in the text it came from, so a match can be shown where it is.
 */
public record Term(String form, int start, int end) {
}
