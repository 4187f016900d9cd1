package dev.lectern.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts text into {@link Token}s that keep their place in the text.
 * <ul>
 *   <li>French elisions are split off with their apostrophe (’ or '): l’OTSC → l’ + OTSC,
 *       d’Almaty, qu’il, jusqu’au. Other apostrophes stay inside the word (aujourd’hui,
 *       don't, O'Brien).</li>
 *   <li>Hyphenated words stay whole (Kassym-Jomart, États-Unis, peut-être), except a French
 *       subject pronoun after a verb: "a-t-il" is "a" + "-t-il", "dit-elle" is "dit" + "-elle".
 *       The verb is then a word of its own, and the pronoun, a stop word anyway, is a
 *       {@link Token.Kind#CLITIC}.</li>
 *   <li>A number is one token with its decimal mark (12,5 · 3.5) and its thousands separators:
 *       a space, no-break space (U+00A0), narrow no-break space (U+202F) or thin space between
 *       groups of three digits ("2 500", "1 000 000"); a plain space joins groups only after
 *       a first group of one to three digits, so "en 2019 500 personnes" stays two numbers.</li>
 * </ul>
 */
public final class Tokenizer {
    private static final Set<String> ELISIONS = Set.of(
            "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu");
    private static final Set<String> CLITICS = Set.of(
            "il", "ils", "elle", "elles", "on", "je", "tu", "nous", "vous", "ce", "moi", "toi", "lui",
            "leur", "le", "la", "les", "y", "en", "t");
    /** Nouns that look like a verb and its pronoun. */
    private static final Set<String> NOT_INVERSIONS = Set.of("rendez-vous", "on-dit", "qu-en-dira-t-on");

    private Tokenizer() {
    }

    public static List<Token> tokens(String text, Language language) {
        return tokens(text, language, null);
    }

    /** The same, with the tokens' strings taken from {@code pool} (none when null), for tokens kept long. */
    public static List<Token> tokens(String text, Language language, WordPool pool) {
        List<Token> tokens = new ArrayList<>();
        // Read from an array: under the reader's C1-only JIT, String.charAt on accented (UTF-16)
        // text was a fifth of the time of indexing an article.
        char[] chars = text.toCharArray();
        int i = 0;
        int n = chars.length;
        while (i < n) {
            char c = chars[i];
            if (isAsciiLetter(c)) {
                i = word(text, chars, i, language, tokens, pool);
            } else if (c < 128 && !isAsciiDigit(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                i = number(text, chars, i, tokens, pool);
            } else if (Character.isLetter(c)) {
                i = word(text, chars, i, language, tokens, pool);
            } else {
                i++;
            }
        }
        return tokens;
    }

    private static int number(String text, char[] chars, int start, List<Token> tokens, WordPool pool) {
        int n = chars.length;
        int i = digits(chars, start);
        int firstGroup = i - start;
        StringBuilder form = new StringBuilder(text.substring(start, i));
        while (i < n) {
            char c = chars[i];
            boolean narrow = c == '\u00A0' || c == '\u202F' || c == '\u2009';
            if ((narrow || c == ' ' && firstGroup <= 3) && groupOfThree(chars, i + 1)) {
                form.append(text, i + 1, i + 4);
                i += 4;
            } else if ((c == ',' || c == '.') && i + 1 < n && Character.isDigit(chars[i + 1])) {
                int end = digits(chars, i + 1);
                form.append(text, i, end);
                i = end;
                firstGroup = Integer.MAX_VALUE; // after a decimal mark no more thousands groups
            } else {
                break;
            }
        }
        tokens.add(new Token(kept(text.substring(start, i), pool), kept(form.toString(), pool), start, i, Token.Kind.NUMBER));
        return i;
    }

    private static boolean groupOfThree(char[] chars, int at) {
        if (at + 3 > chars.length) {
            return false;
        }
        for (int k = at; k < at + 3; k++) {
            if (!Character.isDigit(chars[k])) {
                return false;
            }
        }
        return at + 3 == chars.length || !Character.isDigit(chars[at + 3]);
    }

    private static int digits(char[] chars, int from) {
        int i = from;
        while (i < chars.length && Character.isDigit(chars[i])) {
            i++;
        }
        return i;
    }

    private static int word(String text, char[] chars, int start, Language language, List<Token> tokens, WordPool pool) {
        int n = chars.length;
        int i = start;
        int partStart = start;
        while (true) {
            while (i < n && isWordChar(chars[i])) {
                i++;
            }
            if (i + 1 < n && isApostrophe(chars[i]) && Character.isLetter(chars[i + 1])) {
                String before = text.substring(partStart, i).toLowerCase(Locale.ROOT);
                if (language != Language.ENGLISH && partStart == start && ELISIONS.contains(before)) {
                    tokens.add(new Token(kept(text.substring(start, i + 1), pool), kept(text.substring(start, i) + "'", pool),
                            start, i + 1, Token.Kind.ELISION));
                    return i + 1;
                }
                i++;
                continue;
            }
            if (i + 1 < n && isHyphen(chars[i]) && Character.isLetterOrDigit(chars[i + 1])) {
                int clitic = language == Language.ENGLISH ? -1 : cliticEnd(text, chars, i);
                if (clitic > 0) {
                    add(text, start, i, Token.Kind.WORD, tokens, pool);
                    add(text, i, clitic, Token.Kind.CLITIC, tokens, pool);
                    return clitic;
                }
                i++;
                partStart = i;
                continue;
            }
            break;
        }
        add(text, start, i, Token.Kind.WORD, tokens, pool);
        return i;
    }

    /** If a pronoun chain (-t-il, -elle, -le-moi) starts at the hyphen {@code at}, where it ends. */
    private static int cliticEnd(String text, char[] chars, int at) {
        int i = at;
        int end = -1;
        while (i < chars.length && isHyphen(chars[i])) {
            int partEnd = i + 1;
            while (partEnd < chars.length && Character.isLetter(chars[partEnd])) {
                partEnd++;
            }
            if (!CLITICS.contains(text.substring(i + 1, partEnd))) {
                return -1; // a compound word (peut-être, sous-le-vent), not a verb and its pronoun
            }
            end = partEnd;
            i = partEnd;
        }
        String chain = text.substring(at, end).toLowerCase(Locale.ROOT);
        String whole = text.substring(wordStart(chars, at), end).toLowerCase(Locale.ROOT);
        return chain.equals("-t") || NOT_INVERSIONS.contains(whole) ? -1 : end;
    }

    private static int wordStart(char[] chars, int at) {
        int i = at;
        while (i > 0 && isWordChar(chars[i - 1])) {
            i--;
        }
        return i;
    }

    private static void add(String text, int start, int end, Token.Kind kind, List<Token> tokens, WordPool pool) {
        String original = kept(text.substring(start, end), pool);
        String form = original.replace('’', '\'');
        tokens.add(new Token(original, form == original ? form : kept(form, pool), start, end, kind));
    }

    private static String kept(String word, WordPool pool) {
        return pool == null ? word : pool.of(word);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isWordChar(char c) {
        if (c < 128) { // most characters of most texts: answered without Unicode's tables
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
