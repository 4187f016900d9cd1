package dev.lectern.analysis;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a paragraph into sentences. ICU4J's sentence iterator (with its abbreviation
 * suppressions, {@code fr@ss=standard} or {@code en@ss=standard}) proposes the breaks; then a
 * break is taken back when
 * <ul>
 *   <li>the text before it ends with a known abbreviation (M., Mme, p., chap., St., av., env.,
 *       cf., art., n°, Dr., U.S., ...) or an initial (J. R. R. Tolkien);</li>
 *   <li>the text after it goes on in lower case (« Partez ! » a-t-il déclaré) — closing quotes
 *       that ICU left at the start of the next piece are handed back to the sentence they end;</li>
 *   <li>one side has no letter or digit at all (the stray ". " in "Kazakhstan. . Un état").</li>
 * </ul>
 * A line break inside a paragraph (poetry, code) always ends a sentence.
 * Safe to use from several threads.
 */
public final class SentenceSplitter {
    private static final Set<String> FRENCH_ABBREVIATIONS = Set.of(
            "p", "pp", "chap", "St", "Ste", "av", "env", "cf", "Cf", "art", "M", "MM", "Mme", "Mmes",
            "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "vol", "fig", "éd", "bd", "boul", "n°", "N°",
            "tél", "ibid", "op", "cit", "resp", "dir", "coll");
    private static final Set<String> ENGLISH_ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "vs", "No", "Nos", "Gen", "Sen", "Rep",
            "Gov", "Lt", "Col", "Capt", "Sgt", "Mt", "Ft", "Rev", "Hon", "approx", "fig", "Fig",
            "p", "pp", "cf", "e.g", "i.e", "U.S", "U.K", "U.N", "Jan", "Feb", "Mar", "Apr", "Aug",
            "Sept", "Sep", "Oct", "Nov", "Dec", "ca", "vol", "ed", "eds", "al");
    private static final ULocale FRENCH = new ULocale("fr@ss=standard");
    private static final ULocale ENGLISH = new ULocale("en@ss=standard");
    private static final ThreadLocal<BreakIterator> FRENCH_ITERATOR =
            ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(FRENCH));
    private static final ThreadLocal<BreakIterator> ENGLISH_ITERATOR =
            ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(ENGLISH));

    private SentenceSplitter() {
    }

    /** The sentences of {@code paragraph}, in order; an empty or blank text has none. */
    public static List<Sentence> split(String paragraph, Language language) {
        List<Integer> breaks = icuBreaks(paragraph, language);
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < breaks.size(); i++) {
            int end = breaks.get(i);
            boolean last = i == breaks.size() - 1;
            if (!last) {
                int shifted = handBackClosingQuotes(paragraph, start, end);
                if (keepsGoing(paragraph, start, shifted, language)) {
                    continue;
                }
                end = shifted;
                breaks.set(i, end);
            }
            add(paragraph, start, end, sentences);
            start = end;
        }
        return List.copyOf(sentences);
    }

    private static List<Integer> icuBreaks(String text, Language language) {
        BreakIterator iterator = (language == Language.ENGLISH ? ENGLISH_ITERATOR : FRENCH_ITERATOR).get();
        iterator.setText(text);
        List<Integer> breaks = new ArrayList<>();
        iterator.first();
        for (int b = iterator.next(); b != BreakIterator.DONE; b = iterator.next()) {
            breaks.add(b);
        }
        iterator.setText("");
        return breaks;
    }

    private static void add(String text, int start, int end, List<Sentence> sentences) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        if (!sentences.isEmpty() && !hasLetterOrDigit(text, start, end)) {
            // Punctuation alone ("." after "Kazakhstan. ") belongs to the sentence before it.
            Sentence previous = sentences.remove(sentences.size() - 1);
            sentences.add(new Sentence(text.substring(previous.start(), end), previous.start(), end));
            return;
        }
        sentences.add(new Sentence(text.substring(start, end), start, end));
    }

    /**
     * ICU ends "« Partez ! » a-t-il" after the space that French puts before ». Closing quotes
     * (and the spaces before them) at the start of the next piece go back to this one.
     */
    private static int handBackClosingQuotes(String text, int start, int end) {
        int i = end;
        while (i < text.length() && isSpace(text.charAt(i)) && text.charAt(i) != '\n') {
            i++;
        }
        int quotes = i;
        while (quotes < text.length() && closesQuote(text, start, quotes)) {
            quotes++;
        }
        if (quotes == i) {
            return end;
        }
        while (quotes < text.length() && isSpace(text.charAt(quotes)) && text.charAt(quotes) != '\n') {
            quotes++;
        }
        return quotes;
    }

    private static boolean closesQuote(String text, int sentenceStart, int at) {
        char c = text.charAt(at);
        if (c == '»' || c == '”' || c == '›') {
            return true;
        }
        if (c == '"') {
            // A straight quote closes when an odd number of them came before in this sentence.
            long before = text.substring(sentenceStart, at).chars().filter(ch -> ch == '"').count();
            return before % 2 == 1;
        }
        return false;
    }

    /** True when the sentence that ICU ended at {@code end} really goes on. */
    private static boolean keepsGoing(String text, int start, int end, Language language) {
        int last = end;
        while (last > start && isSpace(text.charAt(last - 1))) {
            if (text.charAt(last - 1) == '\n') {
                return false;
            }
            last--;
        }
        if (!hasLetterOrDigit(text, start, end)) {
            return true;
        }
        int next = end;
        while (next < text.length() && isSpace(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return false;
        }
        int following = nextLetterOrDigit(text, next);
        if (following >= 0 && Character.isLowerCase(text.charAt(following))) {
            return true;
        }
        return last > start && text.charAt(last - 1) == '.' && endsWithAbbreviation(text, start, last - 1, language);
    }

    private static int nextLetterOrDigit(String text, int from) {
        for (int i = from; i < text.length() && i < from + 3; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Does the word that ends just before the period at {@code dot} shorten something? */
    private static boolean endsWithAbbreviation(String text, int start, int dot, Language language) {
        int wordStart = dot;
        while (wordStart > start && !isSpace(text.charAt(wordStart - 1)) && "(«“\"'[".indexOf(text.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: J. R. R. Tolkien, George W. Bush
        }
        if (FRENCH_ABBREVIATIONS.contains(word) || ENGLISH_ABBREVIATIONS.contains(word)) {
            return language != Language.ENGLISH || ENGLISH_ABBREVIATIONS.contains(word)
                    || word.equals("M");
        }
        return isDottedInitials(word);
    }

    /** U.S, U.K, e.g: letters each followed by a period (the last period is the sentence's). */
    private static boolean isDottedInitials(String word) {
        if (word.length() < 3) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            boolean letterPlace = i % 2 == 0;
            char c = word.charAt(i);
            if (letterPlace ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return word.length() % 2 == 1;
    }

    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
