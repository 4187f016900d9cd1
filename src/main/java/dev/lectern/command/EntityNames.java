package dev.lectern.command;

import dev.lectern.analysis.TermNormaliser;
import dev.lectern.entities.Entity;
import dev.lectern.entities.EntityIndex;
import dev.lectern.entities.EntityType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Names to complete {@code jump NAME} with: every capitalised word of an entity's name and
 * aliases, so that a completed word never needs quoting ("Tokayev", "OTSC", "Almaty"); accents
 * and case forgiven.
 */
final class EntityNames {
    private EntityNames() {
    }

    static List<String> completing(String typed, EntityIndex index) {
        String prefix = TermNormaliser.fold(typed);
        Set<String> names = new LinkedHashSet<>();
        for (Entity entity : index.entities()) {
            if (entity.type() == EntityType.FIGURE) {
                continue;
            }
            for (String form : forms(entity)) {
                for (String word : form.split("\\s+")) {
                    // Capitalised words only: "Tokayev", "OTSC", not the "de" or "sécurité" inside a name.
                    if (word.length() > 1 && Character.isUpperCase(word.codePointAt(0))
                            && TermNormaliser.fold(word).startsWith(prefix)) {
                        names.add(word);
                    }
                }
            }
        }
        return List.copyOf(names);
    }

    private static List<String> forms(Entity entity) {
        List<String> forms = new java.util.ArrayList<>(entity.aliases());
        forms.add(0, entity.name());
        return forms;
    }
}
