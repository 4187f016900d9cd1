package dev.lectern.entities;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.Token;
import dev.lectern.analysis.Tokenizer;
import dev.lectern.analysis.WordPool;
import dev.lectern.doc.Document;
import dev.lectern.doc.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * An article's paragraphs cut into tokens once, for the entities and then the glossary to
 * share: each used to cut 10 MB of text again (about a second) and to hold two million tokens
 * of its own. The words' strings come from one {@link WordPool}.
 */
public final class ArticleTokens {
    private final Document document;
    /** The paragraphs' numbers, noted as they are read: a long article's paragraph is read from its file. */
    private final int[] numbers;
    private final List<String> texts;
    private final List<List<Token>> tokens;

    private ArticleTokens(Document document, int[] numbers, List<String> texts, List<List<Token>> tokens) {
        this.document = document;
        this.numbers = numbers;
        this.texts = texts;
        this.tokens = tokens;
    }

    public static ArticleTokens of(Document document) {
        return of(document, done -> { });
    }

    /** The same, telling {@code progress} the percentage of paragraphs cut so far (0 to 100). */
    public static ArticleTokens of(Document document, IntConsumer progress) {
        List<Paragraph> paragraphs = document.paragraphs();
        int[] numbers = new int[paragraphs.size()];
        List<String> texts = new ArrayList<>(paragraphs.size());
        List<List<Token>> tokens = new ArrayList<>(paragraphs.size());
        WordPool words = new WordPool();
        int total = Math.max(1, paragraphs.size());
        for (Paragraph paragraph : paragraphs) {
            String text = paragraph.text(); // read once: a long article's paragraphs are read from its file
            numbers[texts.size()] = paragraph.number();
            texts.add(text);
            tokens.add(Tokenizer.tokens(text, document.language(), words));
            progress.accept(100 * texts.size() / total);
        }
        return new ArticleTokens(document, numbers, texts, tokens);
    }

    public Document document() {
        return document;
    }

    public Language language() {
        return document.language();
    }

    /** How many paragraphs. */
    public int size() {
        return texts.size();
    }

    /** The number of the {@code i}-th paragraph (from 0). */
    public int number(int i) {
        return numbers[i];
    }

    /** The paragraphs' texts, in order. */
    public List<String> texts() {
        return texts;
    }

    /** Each paragraph's tokens, in order. */
    public List<List<Token>> tokens() {
        return tokens;
    }
}
