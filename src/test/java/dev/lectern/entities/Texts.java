package dev.lectern.entities;

import dev.lectern.analysis.Language;
import dev.lectern.doc.Document;
import dev.lectern.doc.Paragraph;
import java.util.ArrayList;
import java.util.List;

/** Small documents for tests: one paragraph per string. */
final class Texts {
    private Texts() {
    }

    static Document document(Language language, String... paragraphs) {
        List<Paragraph> list = new ArrayList<>();
        for (String text : paragraphs) {
            list.add(new Paragraph(list.size() + 1, text));
        }
        return new Document("test", list, language, null, List.of());
    }

    static List<String> names(Language language, String... paragraphs) {
        return EntityIndex.build(document(language, paragraphs)).entities().stream()
                .filter(e -> e.type() != EntityType.FIGURE).map(Entity::name).toList();
    }
}
