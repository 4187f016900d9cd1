package dev.lectern.search;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the reader asked for, parsed from what they typed after {@code search} or {@code /}:
 * <ul>
 *   <li>{@code words...}: every word, case- and accent-folded and stemmed, in one paragraph
 *       ({@link Words});</li>
 *   <li>{@code "a phrase"} (also “…” or « … »): those words one after the other
 *       ({@link Phrase});</li>
 *   <li>{@code /regex/}: a Java regular expression, case-insensitive; {@code /regex/c} makes it
 *       case-sensitive. The closing slash may be left out ({@code /regex}), as in less
 *       ({@link Regex}).</li>
 * </ul>
 * The forms do not mix: {@code "a phrase" word} is refused with a message saying so.
 */
public sealed interface Query permits Query.Words, Query.Phrase, Query.Regex {

    /** What was typed, trimmed. */
    String text();

    /** Words that must all occur in one paragraph; {@code words} are as typed. */
    record Words(String text, List<String> words) implements Query {
        public Words {
            words = List.copyOf(words);
        }
    }

    /** An exact phrase: {@code phrase} is the text between the quotes. */
    record Phrase(String text, String phrase) implements Query {
    }

    /** A regular expression, compiled. */
    record Regex(String text, Pattern pattern) implements Query {
    }

    /**
     * Parses what the reader typed.
     *
     * @throws SearchException with a one-line message: nothing to search for, an unclosed or
     *     empty phrase, a phrase mixed with words, an empty regex, or an invalid regex (then the
     *     message is the regex error's description, nothing else)
     */
    static Query parse(String typed) throws SearchException {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new SearchException("Nothing to search for.");
        }
        if (text.charAt(0) == '/') {
            return regex(text);
        }
        int quote = firstQuote(text);
        if (quote < 0) {
            requireWords(text, "Nothing to search for: no words in \"" + text + "\".");
            return new Words(text, List.of(text.split("\\s+")));
        }
        return phrase(text, quote);
    }

    private static Query regex(String text) throws SearchException {
        int close = text.lastIndexOf('/');
        String source;
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        if (close == 0) {
            source = text.substring(1); // "/regex" with no closing slash: the rest is the regex
        } else {
            source = text.substring(1, close);
            String after = text.substring(close + 1);
            if (after.equals("c")) {
                flags = 0;
            } else if (!after.isEmpty() && !after.equals("i")) {
                throw new SearchException("A regex is /pattern/ on its own (/pattern/c for case-sensitive); "
                        + "remove \"" + after.strip() + "\" after it.");
            }
        }
        if (source.isEmpty()) {
            throw new SearchException("The regex is empty.");
        }
        try {
            return new Regex(text, Pattern.compile(source, flags));
        } catch (PatternSyntaxException e) {
            throw new SearchException(oneLine(e.getDescription()));
        }
    }

    private static Query phrase(String text, int open) throws SearchException {
        char opening = text.charAt(open);
        char closing = switch (opening) {
            case '“' -> '”';
            case '«' -> '»';
            default -> '"';
        };
        int close = text.indexOf(closing, open + 1);
        if (close < 0) {
            throw new SearchException("The phrase has no closing " + closing + ".");
        }
        if (open != 0 || close != text.length() - 1) {
            throw new SearchException("Search either for words or for one \"phrase in quotes\", not both.");
        }
        String phrase = text.substring(1, close).strip();
        if (phrase.isEmpty()) {
            throw new SearchException("The phrase is empty.");
        }
        requireWords(phrase, "The phrase has no words.");
        return new Phrase(text, phrase);
    }

    private static void requireWords(String text, String message) throws SearchException {
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new SearchException(message);
        }
    }

    private static int firstQuote(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '«') {
                return i;
            }
        }
        return -1;
    }

    private static String oneLine(String message) {
        String line = message == null ? "Invalid regex." : message.replaceAll("\\s+", " ").strip();
        return line.isEmpty() ? "Invalid regex." : line;
    }
}
