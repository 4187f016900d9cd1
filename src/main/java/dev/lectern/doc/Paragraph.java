package dev.lectern.doc;

/**
 * One paragraph of a document, numbered from 1. {@code heading} is the section title that
 * starts just before this paragraph, or null. A newline inside {@code text} is a hard line
 * break (code, poetry); everything else is reflowed to the reader's width.
 */
public record Paragraph(int number, String text, String heading) {
    public Paragraph {
        if (number < 1) {
            throw new IllegalArgumentException("paragraphs are numbered from 1");
        }
    }

    public Paragraph(int number, String text) {
        this(number, text, null);
    }
}
