package dev.lectern.glossary;

/**
 * One place where the text uses a glossary term: the slice {@code [start, end)} of paragraph
 * {@code paragraph}'s text, or, when {@code part} says so, of the title or the section heading
 * shown above that paragraph (the title counts as above paragraph 1).
 */
public record TermOccurrence(int paragraph, int start, int end, Part part) {
    /** Which text of the paragraph the slice is in. */
    public enum Part { TEXT, HEADING, TITLE }

    public TermOccurrence(int paragraph, int start, int end) {
        this(paragraph, start, end, Part.TEXT);
    }

    /** In the paragraph's own text, where the view can highlight it. */
    public boolean inText() {
        return part == Part.TEXT;
    }
}
