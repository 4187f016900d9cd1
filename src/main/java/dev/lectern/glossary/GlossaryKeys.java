package dev.lectern.glossary;

import dev.lectern.analysis.TermNormaliser;

/** The folded form terms are compared by: case, accents, ligatures and apostrophes ignored. */
final class GlossaryKeys {
    private GlossaryKeys() {
    }

    static String key(String term) {
        return TermNormaliser.fold(term.strip().replace('’', '\'')).replaceAll("\\s+", " ");
    }
}
