package dev.lectern.entities;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.TermNormaliser;
import java.util.Locale;

/**
 * Acronyms and what they stand for: OTSC is made of the initials of the content words of
 * "Organisation du traité de sécurité collective" (particles and stop words left out; the
 * parts of a hyphenated word each count: Nord-Atlantique gives NA).
 */
public final class Acronym {
    private static final int SHORTEST = 2;
    private static final int LONGEST = 8;

    private Acronym() {
    }

    /** Written like an acronym: two to eight capitals (and digits), no lower case: OTSC, G7. */
    public static boolean looksLikeOne(String text) {
        if (text.length() < SHORTEST || text.length() > LONGEST || !Character.isLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.isUpperCase(c) || Character.isDigit(c) || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** The initials of the content words of {@code phrase}, folded: "otsc". */
    public static String initials(String phrase, Language language) {
        StringBuilder initials = new StringBuilder();
        for (String word : phrase.split("[\\s’']+")) {
            String key = TermNormaliser.key(word);
            if (key.isEmpty() || TermNormaliser.isStopWord(key, language) || key.length() == 1) {
                continue;
            }
            for (String part : key.split("-")) {
                if (!part.isEmpty()) {
                    initials.append(part.charAt(0));
                }
            }
        }
        return initials.toString();
    }

    /** Does {@code acronym} stand for {@code phrase}? */
    public static boolean standsFor(String acronym, String phrase, Language language) {
        String letters = TermNormaliser.key(acronym).replace(".", "").toLowerCase(Locale.ROOT);
        return phrase.trim().contains(" ") && letters.equals(initials(phrase, language));
    }
}
