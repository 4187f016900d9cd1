package dev.lectern.entities;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.TermNormaliser;
import dev.lectern.analysis.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the key figures of a text: a number with what it counts (12 policiers, 353 autres
 * blessés, 3 millions de dollars, 40 %), dates (5 janvier 2022, January 5, 2022, mars 2019) and
 * years (2019). A number that counts nothing nameable (page 3, 2,5) is not a figure.
 */
final class FigureSpotter {
    private static final Set<String> MONTHS = Set.of(
            "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
            "novembre", "decembre", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");
    /** Words between a number and what it counts: 353 autres blessés, 3 millions de dollars. */
    private static final Set<String> QUANTIFIERS = Set.of(
            "autres", "other", "more", "de", "d'", "of", "million", "millions", "milliard", "milliards", "billion",
            "billions", "mille", "thousand", "hundred", "nouveaux", "nouvelles", "new", "premiers", "premieres", "first",
            "derniers", "dernieres", "last");
    private static final int EARLIEST_YEAR = 1000;
    private static final int LATEST_YEAR = 2100;

    private FigureSpotter() {
    }

    static List<Mention> spot(TokenLine line, Language language) {
        List<Mention> figures = new ArrayList<>();
        int i = 0;
        while (i < line.size()) {
            Token token = line.token(i);
            int end = -1;
            if (token.kind() == Token.Kind.NUMBER) {
                end = figureEnd(line, i, language);
            } else if (isMonth(line, i) && isNumber(line, i + 1) && line.adjacent(i) && isYear(line.token(i + 1))) {
                end = i + 2; // mars 2019, March 2019
            }
            if (end > i) {
                int from = token.start();
                int to = line.token(end - 1).end() + (token.kind() == Token.Kind.NUMBER && end == i + 1 ? percentSign(line, i) : 0);
                figures.add(new Mention(line.text().substring(from, to), line.paragraph(), from, to, Mention.Kind.FIGURE));
                i = end;
            } else {
                i++;
            }
        }
        return figures;
    }

    /** Where the figure that starts with the number at {@code i} ends, or -1 if it is none. */
    private static int figureEnd(TokenLine line, int i, Language language) {
        Token number = line.token(i);
        if (percentSign(line, i) > 0) {
            return i + 1;
        }
        if (i + 1 < line.size() && line.adjacent(i) && isMonth(line, i + 1)) {
            int end = i + 2;
            if (isNumber(line, end) && isYear(line.token(end))) {
                end++;
            }
            return end; // 5 janvier 2022
        }
        int j = i + 1;
        while (j < line.size() && line.adjacent(j - 1) && QUANTIFIERS.contains(line.key(j))) {
            j++;
        }
        if (j < line.size() && line.adjacent(j - 1) && isCountedNoun(line, j, language)) {
            return j + 1;
        }
        return isYear(number) ? i + 1 : -1;
    }

    private static boolean isCountedNoun(TokenLine line, int i, Language language) {
        Token token = line.token(i);
        String key = line.key(i);
        return token.kind() == Token.Kind.WORD && Character.isLowerCase(token.text().charAt(0))
                && !TermNormaliser.isStopWord(key, language) && !MONTHS.contains(key) && key.length() > 1;
    }

    private static boolean isYear(Token token) {
        if (token.kind() != Token.Kind.NUMBER || token.form().length() != 4 || !token.form().chars().allMatch(Character::isDigit)) {
            return false;
        }
        int year = Integer.parseInt(token.form());
        return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
    }

    private static boolean isMonth(TokenLine line, int i) {
        return line.token(i).kind() == Token.Kind.WORD && MONTHS.contains(line.key(i));
    }

    private static boolean isNumber(TokenLine line, int i) {
        return i >= 0 && i < line.size() && line.token(i).kind() == Token.Kind.NUMBER;
    }

    /** How many characters a "%" after the number at {@code i} adds (with its space), or 0. */
    private static int percentSign(TokenLine line, int i) {
        String text = line.text();
        int k = line.token(i).end();
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0' || text.charAt(k) == '\u202F')
                && k - line.token(i).end() < 2) {
            k++;
        }
        return k < text.length() && text.charAt(k) == '%' ? k + 1 - line.token(i).end() : 0;
    }
}
