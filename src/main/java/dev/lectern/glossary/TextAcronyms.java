package dev.lectern.glossary;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.TermNormaliser;
import dev.lectern.doc.Document;
import dev.lectern.entities.Acronym;
import dev.lectern.entities.Entity;
import dev.lectern.entities.EntityIndex;
import dev.lectern.entities.EntityType;
import dev.lectern.entities.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * The acronyms the text itself explains. The entity index has already put an acronym and its
 * expansion in one entity (side by side in parentheses, in either order, or a name elsewhere in
 * the text whose initials make the acronym); this reads them back out of it, so the pairing
 * rules live in one place (entities/). The entry marks the acronym's own uses, not the
 * expansion's: the expansion explains itself where it is written.
 */
final class TextAcronyms {
    private TextAcronyms() {
    }

    static List<GlossaryEntry> find(EntityIndex entities, Document document) {
        Language language = document.language();
        List<GlossaryEntry> entries = new ArrayList<>();
        for (Entity entity : entities.entities()) {
            if (entity.type() == EntityType.FIGURE) {
                continue;
            }
            List<String> forms = new ArrayList<>();
            forms.add(entity.name());
            forms.addAll(entity.aliases());
            for (String form : forms) {
                if (!Acronym.looksLikeOne(form)) {
                    continue;
                }
                String key = TermNormaliser.key(form);
                List<Mention> uses = entity.occurrences().stream()
                        .filter(m -> m.kind() == Mention.Kind.NAME && TermNormaliser.key(m.text()).equals(key)).toList();
                Mention expansion = entity.occurrences().stream()
                        .filter(m -> m.kind() == Mention.Kind.NAME && m.text().strip().contains(" ") && !Acronym.looksLikeOne(m.text()))
                        .filter(m -> Acronym.standsFor(form, m.text(), language) || besideInParentheses(m, uses, document))
                        .findFirst().orElse(null);
                if (uses.isEmpty() || expansion == null) {
                    continue;
                }
                List<TermOccurrence> occurrences = uses.stream().map(m -> new TermOccurrence(m.paragraph(), m.start(), m.end())).toList();
                entries.add(GlossaryEntry.used(uses.get(0).text(), List.of(), expansion.text().replaceAll("\\s+", " "),
                        GlossarySource.ACRONYM, "the text, ¶" + expansion.paragraph(), occurrences));
            }
        }
        return entries;
    }

    /** "Programme alimentaire mondial (PAM)" or "PAM (Programme alimentaire mondial)". */
    private static boolean besideInParentheses(Mention name, List<Mention> acronyms, Document document) {
        String text = document.paragraph(name.paragraph()).text();
        for (Mention acronym : acronyms) {
            if (acronym.paragraph() != name.paragraph()) {
                continue;
            }
            Mention first = acronym.start() < name.start() ? acronym : name;
            Mention second = first == acronym ? name : acronym;
            if (first.end() <= second.start() && text.substring(first.end(), second.start()).strip().equals("(")
                    && text.substring(second.end()).stripLeading().startsWith(")")) {
                return true;
            }
        }
        return false;
    }
}
