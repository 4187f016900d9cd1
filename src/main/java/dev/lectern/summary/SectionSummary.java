package dev.lectern.summary;

import java.util.List;

/**
 * One line of a book's summary: a section (a chapter, a part) with the paragraph its heading
 * opens and the sentence that best sums it up (a list, empty when the section has no text).
 */
public record SectionSummary(String title, int paragraph, List<SummarySentence> sentences) {
    public SectionSummary {
        sentences = List.copyOf(sentences);
    }
}
