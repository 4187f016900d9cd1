package dev.lectern.entities;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.Sentence;
import dev.lectern.analysis.SentenceSplitter;
import dev.lectern.analysis.TermNormaliser;
import dev.lectern.analysis.Token;
import dev.lectern.analysis.Tokenizer;
import dev.lectern.analysis.WordPool;
import java.util.List;

/**
 * One paragraph cut into tokens, with which tokens open a sentence. A sentence's first token
 * opens it; after an elided article (L’Organisation) the word keeps its own capital, so the
 * article opens the sentence and the word does not. A word after an opening quote, a dialogue
 * dash or . ! ? … opens too. In English a possessive 's is cut off the
 * word it follows. Each token's {@link Gazetteer#key} is folded once here, since every rule
 * looks words up by it.
 */
record TokenLine(int paragraph, String text, List<Token> tokens, boolean[] opensSentence, String[] keys) {
    /** After an opening quote or a dialogue dash, a word opens what is said. */
    private static final String OPENERS = "«“\"—–-";
    /** After the end of a sentence, even one the splitter kept whole. */
    private static final String ENDS = ".!?…";

    static TokenLine of(int paragraph, String text, Language language) {
        return of(paragraph, text, Tokenizer.tokens(text, language), language, new WordPool());
    }

    /**
     * The line of a paragraph already cut into {@code tokens}, with the strings it makes taken
     * from {@code pool}: a whole article's lines are kept at once.
     */
    static TokenLine of(int paragraph, String text, List<Token> tokens, Language language, WordPool pool) {
        if (language == Language.ENGLISH) {
            tokens = tokens.stream().map(token -> withoutPossessive(token, pool)).toList();
        }
        boolean[] opens = new boolean[tokens.size()];
        int t = 0;
        for (Sentence sentence : SentenceSplitter.split(text, language)) {
            while (t < tokens.size() && tokens.get(t).start() < sentence.start()) {
                t++;
            }
            if (t < tokens.size() && tokens.get(t).start() < sentence.end()) {
                opens[t] = true;
            }
        }
        for (int k = 1; k < tokens.size(); k++) {
            // the first and last signs between the two tokens, spaces left out (read in place: this runs for every token)
            int first = tokens.get(k - 1).end();
            int last = tokens.get(k).start() - 1;
            while (first <= last && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            while (last >= first && Character.isWhitespace(text.charAt(last))) {
                last--;
            }
            if (first <= last && (OPENERS.indexOf(text.charAt(last)) >= 0 || ENDS.indexOf(text.charAt(first)) >= 0)) {
                opens[k] = true;
            }
        }
        String[] keys = new String[tokens.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = pool.of(TermNormaliser.key(tokens.get(k).form()));
        }
        return new TokenLine(paragraph, text, tokens, opens, keys);
    }

    /** "Russia's" is Russia: the possessive ending is left out of the word. */
    private static Token withoutPossessive(Token token, WordPool pool) {
        String form = token.form();
        if (token.kind() == Token.Kind.WORD && form.length() > 2 && form.endsWith("'s")) {
            int cut = token.text().length() - 2;
            return new Token(pool.of(token.text().substring(0, cut)), pool.of(form.substring(0, form.length() - 2)),
                    token.start(), token.end() - 2, token.kind());
        }
        return token;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** Token {@code i}'s form folded: {@code TermNormaliser.key(token(i).form())}. */
    String key(int i) {
        return keys[i];
    }

    /** True when only spaces stand between token {@code i} and token {@code i + 1}. */
    boolean adjacent(int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        int from = tokens.get(i).end();
        int to = tokens.get(i + 1).start();
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Adjacent, or (when {@code parenthesis}) only "(" and spaces between: "mondial (FM". */
    boolean adjacentOrParenthesis(int i, boolean parenthesis) {
        if (!parenthesis) {
            return adjacent(i);
        }
        return text.substring(tokens.get(i).end(), tokens.get(i + 1).start()).strip().equals("(");
    }

    /** The text from the start of token {@code from} to the end of token {@code to - 1}. */
    String slice(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** {@code TermNormaliser.key(slice(from, to))}; a single word's key is already there. */
    String sliceKey(int from, int to) {
        // a word's text differs from its form only by ’ for ', which the key makes straight
        return to - from == 1 && tokens.get(from).kind() == Token.Kind.WORD ? keys[from] : TermNormaliser.key(slice(from, to));
    }

    /**
     * The tokens' keys joined by single spaces, for phrase look-ups: "attachee de presse". It is
     * the key of their words so joined, since words are folded one by one.
     */
    String keys(int from, int to) {
        if (to - from == 1) {
            return keys[from];
        }
        StringBuilder words = new StringBuilder(keys[from]);
        for (int k = from + 1; k < to; k++) {
            words.append(' ').append(keys[k]);
        }
        return words.toString();
    }
}
