package dev.lectern.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * Turns words into {@link Term}s: lower case, then ASCII folding (Tokaïev ~ tokaiev, cœur ~ coeur,
 * État ~ etat), then a light stemmer — Lucene's French light stemmer for French, its English
 * minimal (plural) stemmer for English, none for other languages — and drops stop words
 * (Lucene's French list, with a few forms of être and avoir, and its Snowball English list,
 * folded the same way). Elided articles and pronouns after a hyphen are never terms; numbers
 * are terms, thousands separators removed.
 * Lucene stays inside this class. Safe to use from several threads.
 */
public final class TermNormaliser {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final char ASCII_END = 0x80;
    /**
     * What each character folds to, filled as characters come up: Lucene's folding is one method
     * too big for the JIT to compile (over 8,000 bytes of code), so it always runs interpreted,
     * and calling it for every accented letter of a long text cost seconds. Threads may race to
     * fill a slot; they write the same immutable string, so any of them is right.
     */
    private static final String[] FOLDS = new String[Character.MAX_VALUE + 1];
    /**
     * Lucene's French list (Snowball's) leaves out "est" and "a" (also "east" and the letter) and
     * "été" (also "summer"); as verbs they are by far the commoner, so they are added back.
     */
    private static final Set<String> FRENCH_STOP_WORDS = union(folded(FrenchAnalyzer.getDefaultStopSet()),
            Set.of("a", "as", "est", "ete"));
    private static final Set<String> ENGLISH_STOP_WORDS = folded(snowballList("english_stop.txt"));

    private TermNormaliser() {
    }

    /** The terms of {@code text} in order, stop words left out. */
    public static List<Term> terms(String text, Language language) {
        List<Term> terms = new ArrayList<>();
        for (Token token : Tokenizer.tokens(text, language)) {
            String form = term(token, language);
            if (form != null) {
                terms.add(new Term(form, token.start(), token.end()));
            }
        }
        return terms;
    }

    /** The term of one token, or null for a stop word, an elision or a pronoun after a hyphen. */
    public static String term(Token token, Language language) {
        switch (token.kind()) {
            case ELISION, CLITIC:
                return null;
            case NUMBER:
                return token.form();
            default:
                return stem(token.form(), language);
        }
    }

    /**
     * The term of a single word: folded and stemmed, or null if it is a stop word. Used for query
     * words, so that a search for "Manifestation" finds "manifestations".
     */
    public static String stem(String word, Language language) {
        Map<String, String> known = STEMS.get(language);
        String stem = known.get(word);
        if (stem == null) {
            stem = stemAnew(word, language);
            if (known.size() < MOST_STEMS_KEPT) {
                known.put(word, stem == null ? NOT_A_TERM : stem);
            }
        }
        return stem == NOT_A_TERM ? null : stem;
    }

    /**
     * Words already stemmed, per language: a text uses its words again and again, and folding
     * and stemming each use of them was most of the time of summarising a book. Bounded, since
     * the words of a book are not all worth keeping.
     */
    private static final Map<Language, Map<String, String>> STEMS = new java.util.EnumMap<>(Map.of(
            Language.FRENCH, new java.util.concurrent.ConcurrentHashMap<>(),
            Language.ENGLISH, new java.util.concurrent.ConcurrentHashMap<>(),
            Language.OTHER, new java.util.concurrent.ConcurrentHashMap<>()));
    private static final int MOST_STEMS_KEPT = 200_000;
    /** Stands for "a stop word" in {@link #STEMS}, which cannot hold null. */
    private static final String NOT_A_TERM = new String("");

    private static String stemAnew(String word, Language language) {
        String folded = fold(word);
        if (language == Language.ENGLISH && folded.endsWith("'s")) {
            folded = folded.substring(0, folded.length() - 2);
        }
        if (isStopWord(folded, language) || folded.isEmpty()) {
            return null;
        }
        char[] chars = folded.toCharArray();
        int length = switch (language) {
            case FRENCH -> new FrenchLightStemmer().stem(chars, chars.length);
            case ENGLISH -> new EnglishMinimalStemmer().stem(chars, chars.length);
            case OTHER -> chars.length;
        };
        return new String(chars, 0, length);
    }

    /** True when the folded word is a stop word of the language (both lists for OTHER). */
    public static boolean isStopWord(String foldedWord, Language language) {
        return switch (language) {
            case FRENCH -> FRENCH_STOP_WORDS.contains(foldedWord);
            case ENGLISH -> ENGLISH_STOP_WORDS.contains(foldedWord);
            case OTHER -> FRENCH_STOP_WORDS.contains(foldedWord) || ENGLISH_STOP_WORDS.contains(foldedWord);
        };
    }

    /**
     * The folded form names and terms are compared by (entities, glossary): apostrophes straight,
     * runs of white space one space, periods kept: "Tokaïev" → "tokaiev". A key is its own key.
     */
    public static String key(String words) {
        if (isKey(words)) {
            return words; // most words of a text: checked in one pass, nothing to make
        }
        String text = words.strip().replace('’', '\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)))) {
                text = WHITESPACE.matcher(text).replaceAll(" ");
                break;
            }
        }
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            char c = text.charAt(i);
            plain = c < 128 && !Character.isUpperCase(c);
        }
        return plain ? text : TermNormaliser.fold(text);
    }

    /**
     * Already folded: printable ASCII without capitals, single spaces between words only. (A word
     * with control characters is not, and takes the long way, which gives the same.)
     */
    private static boolean isKey(String words) {
        int n = words.length();
        if (n == 0 || words.charAt(0) == ' ' || words.charAt(n - 1) == ' ') {
            return n == 0;
        }
        for (int i = 0; i < n; i++) {
            char c = words.charAt(i);
            if (c >= 128 || c < ' ' || c >= 'A' && c <= 'Z' || c == ' ' && words.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * Lower case, accents and ligatures folded to ASCII, curly apostrophes made straight:
     * "Tokaïev" → "tokaiev", "Cœur" → "coeur", "l’État" → "l'etat". Letters with no ASCII
     * form (Cyrillic, Greek...) are kept, lower-cased. The result may be longer than the input
     * (œ → oe), so its offsets are not the text's.
     */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length() && lower.charAt(i) < ASCII_END) {
            i++;
        }
        if (i == lower.length()) {
            return lower;
        }
        // Lucene folds each character on its own, so folding one at a time gives its result.
        StringBuilder folded = new StringBuilder(lower.length() + 4).append(lower, 0, i);
        for (; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c < ASCII_END) {
                folded.append(c);
            } else {
                String fold = FOLDS[c];
                if (fold == null) {
                    fold = foldWithLucene(c);
                    FOLDS[c] = fold;
                }
                folded.append(fold);
            }
        }
        return folded.toString();
    }

    private static String foldWithLucene(char c) {
        char[] output = new char[4];
        int length = ASCIIFoldingFilter.foldToASCII(new char[] {c}, 0, output, 0, 1);
        return new String(output, 0, length);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> set = new HashSet<>(a);
        set.addAll(b);
        return Set.copyOf(set);
    }

    private static Set<String> folded(CharArraySet words) {
        Set<String> set = new HashSet<>();
        for (Object word : words) {
            set.add(fold(new String((char[]) word)));
        }
        return Set.copyOf(set);
    }

    private static CharArraySet snowballList(String name) {
        try (InputStream in = SnowballFilter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Lucene's " + name + " is missing");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return WordlistLoader.getSnowballWordSet(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
