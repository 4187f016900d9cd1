package dev.lectern.glossary;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The terms of one document that have an entry: from the reader's glossary file, acronyms the
 * text expands, and words of another language. Immutable and safe to share between threads.
 */
public final class Glossary {
    private static final Glossary EMPTY = new Glossary(List.of());

    private final List<GlossaryEntry> entries;

    private Glossary(List<GlossaryEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Glossary of(List<GlossaryEntry> entries) {
        return new Glossary(entries);
    }

    public static Glossary empty() {
        return EMPTY;
    }

    /** Every entry, in the order the text first uses them. */
    public List<GlossaryEntry> entries() {
        return entries;
    }

    /** The entries used in paragraph {@code number}, in the order they come up there. */
    public List<GlossaryEntry> entriesIn(int number) {
        return entries.stream().filter(e -> e.isIn(number))
                .sorted(Comparator.comparingInt(e -> firstOffsetIn(e, number))).toList();
    }

    /** Where paragraph {@code number} uses a term with an entry, in reading order. */
    public List<TermOccurrence> occurrencesIn(int number) {
        return entries.stream().flatMap(e -> e.occurrences().stream()).filter(o -> o.paragraph() == number)
                .sorted(Comparator.comparingInt(TermOccurrence::start)).toList();
    }

    /** The entry whose term or alias is {@code term}, case and accents ignored. */
    public Optional<GlossaryEntry> find(String term) {
        String key = GlossaryKeys.key(term);
        return entries.stream()
                .filter(e -> GlossaryKeys.key(e.term()).equals(key) || e.aliases().stream().anyMatch(a -> GlossaryKeys.key(a).equals(key)))
                .findFirst();
    }

    private static int firstOffsetIn(GlossaryEntry entry, int number) {
        return entry.occurrences().stream().filter(o -> o.paragraph() == number).mapToInt(TermOccurrence::start).min().orElse(0);
    }
}
