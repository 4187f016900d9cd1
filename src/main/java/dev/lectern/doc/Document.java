package dev.lectern.doc;

import dev.lectern.analysis.Language;
import java.nio.file.Path;
import java.util.List;

/**
 * An article as Lectern reads it: sanitised text only, safe to put on a terminal.
 * {@code notices} are things the reader should be told about the file (a guessed encoding...).
 * The paragraphs of a long plain-text file are decoded only when asked for ({@link LazyParagraphs}).
 * {@code metadata} holds the byline, site, date and web address of an article that has them.
 */
public record Document(String title, List<Paragraph> paragraphs, Language language, Path source,
                       List<String> notices, Metadata metadata) {
    public Document {
        paragraphs = ParagraphList.of(paragraphs); // a lazy list is kept as it is, not copied
        notices = List.copyOf(notices);
        metadata = metadata == null ? Metadata.NONE : metadata;
    }

    public Document(String title, List<Paragraph> paragraphs, Language language, Path source, List<String> notices) {
        this(title, paragraphs, language, source, notices, Metadata.NONE);
    }

    /**
     * What the reading position and marks are kept under: the article's web address when it came
     * from the web (so a saved copy and its URL share one place), else its file's absolute path;
     * null when it has neither.
     */
    public String readingKey() {
        if (metadata.webAddress() != null) {
            return metadata.webAddress();
        }
        return source == null ? null : source.toAbsolutePath().normalize().toString();
    }

    public Document withMetadata(Metadata replaced) {
        return new Document(title, paragraphs, language, source, notices, replaced);
    }

    public int size() {
        return paragraphs.size();
    }

    /** The characters of the paragraphs numbered below {@code number} (1 to size + 1), for percent read. */
    public long charsBefore(int number) {
        return ((ParagraphList) paragraphs).charsBefore(number);
    }

    /**
     * The last of paragraphs {@code from} to {@code to} that starts before character
     * {@code offset} of the text (as {@link #charsBefore} counts); {@code from} when none does.
     */
    public int lastStartingBefore(long offset, int from, int to) {
        int low = from;
        int high = to;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (charsBefore(mid) < offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /**
     * The table of contents: every heading with the paragraph it opens, in order (Markdown and
     * HTML headings, a book's chapters). Empty for a document without headings. Known without
     * decoding a long document's paragraphs.
     */
    public List<Section> sections() {
        return ((ParagraphList) paragraphs).sections();
    }

    /** The section being read at paragraph {@code number}: the last heading at or before it; null before the first. */
    public Section sectionAt(int number) {
        List<Section> sections = sections();
        int low = 0;
        int high = sections.size() - 1;
        Section found = null;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (sections.get(mid).paragraph() <= number) {
                found = sections.get(mid);
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    /** The paragraph numbered {@code number}, counting from 1. */
    public Paragraph paragraph(int number) {
        return paragraphs.get(number - 1);
    }
}
