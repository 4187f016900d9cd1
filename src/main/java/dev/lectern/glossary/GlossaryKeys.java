package dev.lectern.glossary;

import dev.lectern.analysis.TermNormaliser;

/** The folded form terms are compared by: case, accents, ligatures and apostrophes ignored. */
final class GlossaryKeys {
    private GlossaryKeys() {
    }

    static String key(String term) {
        return TermNormaliser.fold(term.strip().replace('’', '\'')).replaceAll("\\s+", " ");
    }

    /** The key of one token's form (no spaces): most words are plain lower-case ASCII and skip folding. */
    static String ofWord(String form) {
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (c >= 128 || Character.isUpperCase(c)) {
                return TermNormaliser.fold(form.replace('’', '\''));
            }
        }
        return form;
    }
}
