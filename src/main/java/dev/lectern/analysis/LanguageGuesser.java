package dev.lectern.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * Guesses the language of a text from how often it uses the commonest function words of French
 * and English. Machine-spun translations mix the two, so the guess goes by the majority and
 * needs a clear lead before it names a language.
 */
public final class LanguageGuesser {
    /** How much of a text the guess reads. */
    public static final int SAMPLE_CHARS = 64 * 1024;
    private static final int MIN_HITS = 3;

    private static final Set<String> FRENCH = Set.of(
            "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "que", "qui", "dans",
            "pour", "pas", "par", "sur", "au", "aux", "avec", "ce", "cette", "il", "elle", "ont",
            "sont", "été", "mais", "ou", "où", "nous", "vous", "leur", "plus", "son", "sa", "ses");
    private static final Set<String> ENGLISH = Set.of(
            "the", "of", "and", "to", "in", "is", "that", "it", "was", "for", "on", "are", "with",
            "as", "his", "they", "be", "at", "by", "this", "have", "from", "or", "had", "not",
            "but", "what", "were", "which", "their", "has", "an", "would", "there", "been", "who");

    private LanguageGuesser() {
    }

    /** Looks at the first 64 KB of the text only: enough to decide, cheap on a long book. */
    public static Language guess(CharSequence text) {
        int end = Math.min(text.length(), SAMPLE_CHARS);
        int french = 0;
        int english = 0;
        int start = -1;
        for (int i = 0; i <= end; i++) {
            boolean letter = i < end && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String word = text.subSequence(start, i).toString().toLowerCase(Locale.ROOT);
                if (FRENCH.contains(word)) {
                    french++;
                }
                if (ENGLISH.contains(word)) {
                    english++;
                }
                start = -1;
            }
        }
        if (Math.max(french, english) < MIN_HITS) {
            return Language.OTHER;
        }
        if (french > english * 1.5) {
            return Language.FRENCH;
        }
        if (english > french * 1.5) {
            return Language.ENGLISH;
        }
        return Language.OTHER;
    }
}
