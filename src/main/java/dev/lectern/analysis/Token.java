package dev.lectern.analysis;

/**
 * A word, number or elided article as it stands in the text: {@code text} is the original
 * slice {@code [start, end)}; {@code form} is the same with apostrophes made straight (’ → ')
 * and thousands separators taken out of numbers ("2 500" → "2500").
 */
public record Token(String text, String form, int start, int end, Kind kind) {
    public enum Kind {
        /** A word, hyphenated ones whole: Kassym-Jomart, États-Unis. */
        WORD,
        /** Digits, with their decimal mark and thousands separators: 12,5 · 3.5 · 2 500. */
        NUMBER,
        /** An elided article or pronoun with its apostrophe: l’, d’, qu’, jusqu’. */
        ELISION,
        /** A French pronoun joined by a hyphen to the verb before it: -t-il, -elle, -on. */
        CLITIC
    }
}
