package dev.lectern.glossary;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.TermNormaliser;
import dev.lectern.analysis.Token;
import dev.lectern.analysis.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds words of another language left inside a text: English in a French article
 * ("nationwide", "vacation spot"), French in an English one ("déjà vu"). Precision first:
 * <ul>
 *   <li>words written in lower case, and a capitalised word only where it opens a sentence, a
 *       heading or the title, stands alone (not "Black Friday", not "Through Baza") and is never
 *       capitalised inside a sentence in the article (so it is no name);</li>
 *   <li>the title and the section headings are read as well as the paragraphs;</li>
 *   <li>in a French article, a word counts as English when the bundled English list has it and
 *       the French dictionary does not (so "second" and "spot" stay French); in an English article,
 *       a word counts as French when it is not English, with or without its accents, and carries a
 *       French accent or is in our French→English list ("déjà", "mairie"; not "café", "elite");</li>
 *   <li>a phrase of the bundled meanings list ("vacation spot") counts as a whole even when each
 *       of its words is also French;</li>
 *   <li>adjacent foreign words make one note; a run of more than three, or one with two or more
 *       other foreign words close by, is a quotation in the other language, not a borrowed word;</li>
 *   <li>parts of web and e-mail addresses, handles and hashtags are left alone.</li>
 * </ul>
 */
final class LanguageNotes {
    /** A run of more words than this is a quotation. */
    private static final int LONGEST_NOTE = 3;
    /** How many words either side are looked at for other foreign words. */
    private static final int REACH = 8;
    private static final String FRENCH_ACCENTS = "éèêëàâçîïôûùüœæÿ";

    /** The title or a section heading, shown above paragraph {@code paragraph}. */
    record Heading(int paragraph, String text, TermOccurrence.Part part) {
    }

    /** After these (spaces left out), a word opens a sentence or what is said. */
    private static final String OPENERS = ".!?…:«“\"—–-";

    /** The words of one note, as first written, with every place the text uses them. */
    record Found(String key, String written, Language language, List<TermOccurrence> occurrences) {
    }

    private final Language foreign;
    private final EnglishWords english;
    private final LikelyMeanings meanings;
    private final Map<String, List<String[]>> phrasesByFirstWord = new HashMap<>();
    private final Map<String, Found> found = new LinkedHashMap<>();
    /** Words the article capitalises inside a sentence: names, whatever else they are. */
    private final Set<String> capitalisedInside = new HashSet<>();

    private LanguageNotes(Language article, EnglishWords english, LikelyMeanings meanings) {
        this.foreign = article == Language.ENGLISH ? Language.FRENCH : Language.ENGLISH;
        this.english = english;
        this.meanings = meanings;
        for (String phrase : meanings.phrases()) {
            String[] words = phrase.split(" ");
            phrasesByFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
    }

    /** The language the notes of an article written in {@code article} are about, or null for none. */
    static Language foreignTo(Language article) {
        return switch (article) {
            case FRENCH -> Language.ENGLISH;
            case ENGLISH -> Language.FRENCH;
            case OTHER -> null;
        };
    }

    /**
     * The notes of the paragraphs {@code texts} (numbered from 1 in order, {@code tokens} theirs),
     * in the order of their first use.
     */
    static List<Found> find(List<String> texts, List<List<Token>> tokens, Language article) {
        return find(texts, tokens, List.of(), article);
    }

    /** The same, with the title and headings read too (each note's place says which it is in). */
    static List<Found> find(List<String> texts, List<List<Token>> tokens, List<Heading> headings, Language article) {
        if (foreignTo(article) == null) {
            return List.of();
        }
        LanguageNotes notes = new LanguageNotes(article, EnglishWords.get(), LikelyMeanings.forArticleIn(article));
        for (int p = 0; p < texts.size(); p++) {
            notes.learn(texts.get(p), tokens.get(p));
        }
        for (Heading heading : headings) {
            notes.read(heading.paragraph(), heading.text(), Tokenizer.tokens(heading.text(), article), heading.part());
        }
        for (int p = 0; p < texts.size(); p++) {
            notes.read(p + 1, texts.get(p), tokens.get(p), TermOccurrence.Part.TEXT);
        }
        List<Found> result = new ArrayList<>(notes.found.values());
        // in reading order of their first use: a heading comes before its paragraph's text
        result.sort(Comparator.comparingInt((Found f) -> f.occurrences().get(0).paragraph())
                .thenComparingInt(f -> f.occurrences().get(0).inText() ? 1 : 0));
        return List.copyOf(result);
    }

    /** First pass: which words the article capitalises inside a sentence. */
    private void learn(String text, List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Token.Kind.WORD && Character.isUpperCase(token.text().charAt(0)) && !opens(text, tokens, i, true)) {
                capitalisedInside.add(token.form().toLowerCase(Locale.ROOT));
            }
        }
    }

    private void read(int paragraph, String text, List<Token> tokens, TermOccurrence.Part part) {
        int n = tokens.size();
        boolean[] isForeign = new boolean[n];
        for (int i = 0; i < n; i++) {
            isForeign[i] = isForeign(text, tokens.get(i)) || isForeignOpening(text, tokens, i);
        }
        int i = 0;
        while (i < n) {
            int end = phraseEnd(text, tokens, i);
            if (end < 0 && isForeign[i]) {
                end = i + 1;
                while (end < n && isForeign[end] && onlySpaceBetween(text, tokens, end - 1)) {
                    end++;
                }
            }
            if (end < 0) {
                i++;
                continue;
            }
            if (end - i <= LONGEST_NOTE && foreignNearby(tokens, isForeign, i, end) < 2) {
                note(paragraph, text, tokens, i, end, part);
            }
            i = end;
        }
    }

    private boolean isForeign(String text, Token token) {
        if (token.kind() != Token.Kind.WORD || !Character.isLowerCase(token.text().charAt(0)) || inAddress(text, token)) {
            return false;
        }
        String form = token.form();
        if (foreign == Language.ENGLISH) {
            return isPlainLowerCase(form) && english.isEnglishOnly(form);
        }
        String lower = form.toLowerCase(Locale.ROOT);
        if (english.isEnglish(lower) || english.isEnglish(TermNormaliser.fold(form))) {
            return false;
        }
        boolean accented = false;
        for (int k = 0; k < lower.length() && !accented; k++) {
            accented = FRENCH_ACCENTS.indexOf(lower.charAt(k)) >= 0;
        }
        return accented || meanings.of(TermNormaliser.key(form)).isPresent();
    }

    /** The end of a bundled phrase starting at token {@code i}, or -1. */
    private int phraseEnd(String text, List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (first.kind() != Token.Kind.WORD || !Character.isLowerCase(first.text().charAt(0))) {
            return -1;
        }
        List<String[]> phrases = phrasesByFirstWord.get(TermNormaliser.key(first.form()));
        if (phrases == null) {
            return -1;
        }
        int best = -1;
        for (String[] phrase : phrases) {
            int k = 1;
            while (k < phrase.length && i + k < tokens.size() && onlySpaceBetween(text, tokens, i + k - 1)
                    && TermNormaliser.key(tokens.get(i + k).form()).equals(phrase[k])) {
                k++;
            }
            if (k == phrase.length) {
                best = Math.max(best, i + k);
            }
        }
        return best;
    }

    /** How many foreign words stand within reach of the run {@code [from, to)}, outside it. */
    private static int foreignNearby(List<Token> tokens, boolean[] isForeign, int from, int to) {
        int count = 0;
        for (int k = Math.max(0, from - REACH); k < Math.min(tokens.size(), to + REACH); k++) {
            if ((k < from || k >= to) && isForeign[k]) {
                count++;
            }
        }
        return count;
    }

    private void note(int paragraph, String text, List<Token> tokens, int from, int to, TermOccurrence.Part part) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        String written = text.substring(start, end).replaceAll("\\s+", " ");
        String key = TermNormaliser.key(written);
        // shown as the text writes it inside a sentence: "Weekend" opening a headline is the word weekend
        String shown = Character.isUpperCase(written.charAt(0)) && !isAllCaps(written)
                ? written.substring(0, 1).toLowerCase(Locale.ROOT) + written.substring(1) : written;
        found.computeIfAbsent(key, k -> new Found(k, shown, foreign, new ArrayList<>()))
                .occurrences().add(new TermOccurrence(paragraph, start, end, part));
    }

    /**
     * "Nationwide, les prix..." or a headline's "Weekend : ...": a capitalised word opening a
     * sentence or a heading that is foreign written in lower case, stands alone (the next word is
     * not capitalised: "Black Friday" is a name) and is never capitalised inside a sentence here.
     */
    private boolean isForeignOpening(String text, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.kind() != Token.Kind.WORD || !Character.isUpperCase(token.text().charAt(0))
                || isAllCaps(token.text()) || !opens(text, tokens, i, false)) {
            return false;
        }
        String lower = token.form().toLowerCase(Locale.ROOT);
        if (capitalisedInside.contains(lower)) {
            return false;
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).kind() == Token.Kind.WORD
                && Character.isUpperCase(tokens.get(i + 1).text().charAt(0))) {
            return false;
        }
        Token lowered = new Token(lower, lower, token.start(), token.end(), token.kind());
        return isForeign(text, lowered);
    }

    private static boolean isAllCaps(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether token {@code i} opens its text or a sentence, or with {@code quotes} also what is
     * said or quoted (after a quote, a dash or a colon): a capitalised word there may be a title
     * (« Tenet »), so it opens for telling names apart, not for finding foreign words.
     */
    private static boolean opens(String text, List<Token> tokens, int i, boolean quotes) {
        int k = (i == 0 ? 0 : tokens.get(i - 1).end());
        int last = tokens.get(i).start() - 1;
        while (last >= k && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (i == 0) {
            return true;
        }
        int first = k;
        while (first <= last && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        return first <= last && (quotes && OPENERS.indexOf(text.charAt(last)) >= 0 || ".!?…".indexOf(text.charAt(last)) >= 0
                || ".!?…".indexOf(text.charAt(first)) >= 0);
    }

    private static boolean onlySpaceBetween(String text, List<Token> tokens, int i) {
        for (int k = tokens.get(i).end(); k < tokens.get(i + 1).start(); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainLowerCase(String form) {
        for (int k = 0; k < form.length(); k++) {
            char c = form.charAt(k);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** Part of www.example.com, name@mail, @handle, #tag or a path: not prose. */
    private static boolean inAddress(String text, Token token) {
        char before = token.start() > 0 ? text.charAt(token.start() - 1) : ' ';
        if ("@#/\\._".indexOf(before) >= 0) {
            return true;
        }
        if (token.end() < text.length()) {
            char after = text.charAt(token.end());
            boolean dotInside = after == '.' && token.end() + 1 < text.length() && Character.isLetterOrDigit(text.charAt(token.end() + 1));
            return after == '@' || after == '/' || after == '_' || dotInside;
        }
        return false;
    }
}
