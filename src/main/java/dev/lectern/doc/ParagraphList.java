package dev.lectern.doc;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A document's paragraphs, in order, with the character counts that percent read needs, so that
 * a long document need not be walked (or, when read lazily, decoded) to know them. Unmodifiable.
 */
public abstract class ParagraphList extends AbstractList<Paragraph> implements RandomAccess {
    /**
     * How many characters the texts of the paragraphs numbered below {@code number} hold: 0 for
     * paragraph 1, the whole document's for {@code size() + 1}.
     */
    public abstract long charsBefore(int number);

    private volatile List<Section> sections;

    /**
     * The headings, in order, each with the paragraph it opens (see {@link Document#sections()}).
     * Found by reading every paragraph once; a lazy list that knows them from its scan says so
     * without decoding anything.
     */
    public List<Section> sections() {
        if (sections == null) {
            List<Section> found = new java.util.ArrayList<>();
            for (Paragraph paragraph : this) {
                if (paragraph.heading() != null) {
                    Section.addAll(found, paragraph.number(), paragraph.heading());
                }
            }
            sections = List.copyOf(found);
        }
        return sections;
    }

    /** The paragraphs as they are, held in memory. */
    static ParagraphList of(List<Paragraph> paragraphs) {
        return paragraphs instanceof ParagraphList list ? list : new Listed(List.copyOf(paragraphs));
    }

    private static final class Listed extends ParagraphList {
        private final List<Paragraph> paragraphs;
        private final long[] charsBefore;
        Listed(List<Paragraph> paragraphs) {
            this.paragraphs = paragraphs;
            charsBefore = new long[paragraphs.size() + 1];
            for (int i = 0; i < paragraphs.size(); i++) {
                charsBefore[i + 1] = charsBefore[i] + paragraphs.get(i).text().length();
            }
        }

        @Override
        public Paragraph get(int index) {
            return paragraphs.get(index);
        }

        @Override
        public int size() {
            return paragraphs.size();
        }

        @Override
        public long charsBefore(int number) {
            return charsBefore[number - 1];
        }
    }
}
