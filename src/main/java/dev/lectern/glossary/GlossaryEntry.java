package dev.lectern.glossary;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * One term the glossary can explain. {@code term} is the form shown, {@code aliases} the other
 * forms it is found by; {@code definition} what it means (for a language note: the word's
 * language and, when known, its likely meaning); {@code origin} where the definition came from,
 * in words a reader understands ("glossary.conf, line 12", "the text, ¶1", "bundled English
 * word list"); {@code paragraphs} where the text uses it (sorted, each once) and
 * {@code occurrences} the uses themselves, in reading order.
 */
public record GlossaryEntry(String term, List<String> aliases, String definition, GlossarySource source, String origin,
                            List<Integer> paragraphs, List<TermOccurrence> occurrences) {
    public GlossaryEntry {
        aliases = List.copyOf(aliases);
        paragraphs = List.copyOf(paragraphs);
        occurrences = List.copyOf(occurrences);
    }

    /** An entry used at {@code occurrences} (in any order); its paragraphs are theirs. */
    public static GlossaryEntry used(String term, List<String> aliases, String definition, GlossarySource source, String origin,
                                     List<TermOccurrence> occurrences) {
        List<TermOccurrence> sorted = occurrences.stream()
                .sorted(Comparator.comparingInt(TermOccurrence::paragraph).thenComparingInt(TermOccurrence::start)).toList();
        List<Integer> paragraphs = List.copyOf(new TreeSet<>(sorted.stream().map(TermOccurrence::paragraph).toList()));
        return new GlossaryEntry(term, aliases, definition, source, origin, paragraphs, sorted);
    }

    public boolean isIn(int paragraph) {
        return paragraphs.contains(paragraph);
    }
}
