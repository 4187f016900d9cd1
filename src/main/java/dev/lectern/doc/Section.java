package dev.lectern.doc;

import java.util.List;

/**
 * One entry of a document's table of contents: a heading and the paragraph it opens. A
 * paragraph opened by several headings at once (a part and its first chapter) has one section
 * for each, in order.
 */
public record Section(int paragraph, String title) {
    /** Adds a section for each line of a paragraph's heading. */
    static void addAll(List<Section> sections, int paragraph, String heading) {
        for (String line : heading.split("\n")) {
            if (!line.isBlank()) {
                sections.add(new Section(paragraph, line.strip()));
            }
        }
    }
}
