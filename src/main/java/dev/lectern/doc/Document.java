package dev.lectern.doc;

import dev.lectern.analysis.Language;
import java.nio.file.Path;
import java.util.List;

/**
 * An article as Lectern reads it: sanitised text only, safe to put on a terminal.
 * {@code notices} are things the reader should be told about the file (a guessed encoding...).
 */
public record Document(String title, List<Paragraph> paragraphs, Language language, Path source,
                       List<String> notices) {
    public Document {
        paragraphs = List.copyOf(paragraphs);
        notices = List.copyOf(notices);
    }

    public int size() {
        return paragraphs.size();
    }

    /** The paragraph numbered {@code number}, counting from 1. */
    public Paragraph paragraph(int number) {
        return paragraphs.get(number - 1);
    }
}
