package dev.lectern.entities;

import java.util.Collections;
import java.util.List;

/**
 * Someone or something the document names, with every form it is named by. {@code name} is the
 * form shown; {@code aliases} the other forms (spellings, surname, acronym, nationality
 * adjectives); {@code mentions} how many times it is mentioned, in {@code paragraphs} (sorted,
 * each once); {@code occurrences} the mentions themselves, in reading order; {@code salience}
 * how key it is to the document (higher first).
 */
public record Entity(String name, EntityType type, List<String> aliases, int mentions, List<Integer> paragraphs,
                     List<Mention> occurrences, double salience) {
    public Entity {
        aliases = List.copyOf(aliases);
        paragraphs = List.copyOf(paragraphs);
        occurrences = List.copyOf(occurrences);
    }

    /** True when the entity is mentioned in paragraph {@code number}. */
    public boolean isIn(int number) {
        return Collections.binarySearch(paragraphs, number) >= 0; // the pane asks for every entity at every step
    }
}
