package dev.lectern.search;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.TermNormaliser;
import dev.lectern.analysis.Token;
import dev.lectern.analysis.Tokenizer;
import dev.lectern.doc.Document;
import dev.lectern.doc.Paragraph;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;

/**
 * The words of one {@link Document}, built once, for searching it.
 *
 * <p>Every token of every paragraph (as {@link Tokenizer} cuts them) is filed under a term:
 * words under their folded and stemmed form ({@link TermNormaliser#stem}: "Manifestations" and
 * "manifestation" under "manifestation", "Tokaïev" under "tokaiev"), numbers under their digits,
 * and stop words, elisions and pronouns ("la", "l'", "-t-il") under their folded form, marked so
 * that they never mix with real words. A hyphenated word is also filed under each of its parts,
 * so "jomart" finds "Kassym-Jomart". Each occurrence (a posting) is three ints: paragraph
 * number, start and end offsets in the paragraph's text (the end negated for a part of a
 * hyphenated word), kept term by term in one flat {@code int[]}, in document order.
 *
 * <p>Searches:
 * <ul>
 *   <li>{@link Query.Words}: the paragraphs holding every query word (stop words left out,
 *       unless the query has nothing else), found by intersecting postings; every occurrence of
 *       a query word there is a match. Answers from the index alone.</li>
 *   <li>{@link Query.Phrase}: the paragraphs holding every word of the phrase (from the index)
 *       are tokenised again and the phrase's words looked for one after the other, compared
 *       folded but not stemmed: "soldats de la paix" finds "Soldats de la Paix" but not "soldat
 *       de la paix". Punctuation between the words does not count.</li>
 *   <li>{@link Query.Regex}: every paragraph is scanned.</li>
 * </ul>
 * Phrase and regex searches can be cancelled and report progress. An index is immutable once
 * built, and can be searched from several threads at once.
 */
public final class SearchIndex {
    /** Marks the terms of stop words, elisions and pronouns (no stem begins with it). */
    private static final char STOP = '\u0001';
    private static final int MAX_SUGGESTIONS = 3;
    private static final int PROGRESS_EVERY = 256;
    /** Paragraphs holding more characters than this are filed by two threads. */
    private static final long SHARED_BUILD_CHARACTERS = 500_000;

    private final Document document;
    private final Language language;
    private final Map<String, Integer> termIds;
    /** Term t's postings are postings[3 * first[t] .. 3 * first[t + 1]), as (paragraph, start, end). */
    private final int[] first;
    private final int[] postings;
    private final Vocabulary vocabulary;

    private SearchIndex(Document document, Map<String, Integer> termIds, int[] first, int[] postings,
                        Vocabulary vocabulary) {
        this.document = document;
        this.language = document.language();
        this.termIds = termIds;
        this.first = first;
        this.postings = postings;
        this.vocabulary = vocabulary;
    }

    /** Builds the index of {@code document}: one pass over its paragraphs. */
    public static SearchIndex build(Document document) {
        return build(document, 1, document.size());
    }

    /**
     * The index of paragraphs {@code from} to {@code to} of {@code document} only, as if the
     * others held no words; phrase and regex searches still read the whole document.
     */
    static SearchIndex build(Document document, int from, int to) {
        return build(document, from, to, SHARED_BUILD_CHARACTERS);
    }

    /** {@code sharedFrom}: how many characters make the build worth two threads (few in tests). */
    static SearchIndex build(Document document, int from, int to, long sharedFrom) {
        Builder builder = new Builder(document.language());
        long length = document.charsBefore(to + 1) - document.charsBefore(from);
        if (length < sharedFrom || to == from || Runtime.getRuntime().availableProcessors() < 2) {
            return builder.add(document, from, to).finish(document);
        }
        // The first search of a long article waits for this build, and the view and the background
        // analysis are idle meanwhile: a second thread files the later half, and the halves are joined.
        long half = (document.charsBefore(from) + document.charsBefore(to + 1)) / 2;
        int middle = document.lastStartingBefore(half, from, to - 1);
        CompletableFuture<Builder> later = CompletableFuture.supplyAsync(
                () -> new Builder(document.language()).add(document, middle + 1, to), runnable -> {
                    Thread thread = new Thread(runnable, "lectern-index");
                    thread.setDaemon(true);
                    thread.start();
                });
        builder.add(document, from, middle);
        try {
            return builder.append(later.join()).finish(document);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public Document document() {
        return document;
    }

    /** How many distinct terms the index holds (stop words included). */
    public int termCount() {
        return first.length - 1;
    }

    /** How many occurrences the index holds. */
    public int postingCount() {
        return postings.length / 3;
    }

    /** How many distinct words (folded, unstemmed, stop words left out) "did you mean" draws on. */
    public int vocabularySize() {
        return vocabulary.size();
    }

    /**
     * How long a regex may spend on one paragraph: far more than any sane pattern needs (a
     * linear regex reads a megabyte in milliseconds), far less than a reader will wait.
     */
    public static final Duration REGEX_BUDGET = Duration.ofSeconds(2);

    /**
     * Runs {@code query} to the end; a phrase or regex search then cannot be cancelled.
     *
     * @throws SearchTooSlowException if a regex spent longer than {@link #REGEX_BUDGET} on one paragraph
     */
    public SearchResult search(Query query) {
        return search(query, () -> false, SearchProgress.NONE);
    }

    /**
     * Runs {@code query}. A phrase or regex search, which scans paragraphs, asks {@code cancelled}
     * between paragraphs (and now and then inside a long one) and tells {@code progress} how
     * many paragraphs it has scanned; an interrupted thread counts as cancelled too.
     *
     * @throws CancellationException if the search was cancelled before it finished
     * @throws SearchTooSlowException if a regex spent longer than {@link #REGEX_BUDGET} on one paragraph
     */
    public SearchResult search(Query query, BooleanSupplier cancelled, SearchProgress progress) {
        return search(query, cancelled, progress, REGEX_BUDGET);
    }

    /**
     * As {@link #search(Query, BooleanSupplier, SearchProgress)}, with {@code regexBudget} the
     * longest a regex may spend on one paragraph before the whole search is stopped.
     *
     * @throws SearchTooSlowException if a regex spent longer than that on one paragraph, or
     *     nested deeper than the regex engine's stack allows
     */
    public SearchResult search(Query query, BooleanSupplier cancelled, SearchProgress progress, Duration regexBudget) {
        BooleanSupplier stop = () -> cancelled.getAsBoolean() || Thread.currentThread().isInterrupted();
        if (query instanceof Query.Words words) {
            return searchWords(words, true);
        } else if (query instanceof Query.Phrase phrase) {
            return searchPhrase(phrase, stop, progress);
        } else {
            return searchRegex((Query.Regex) query, stop, progress, regexBudget.toNanos());
        }
    }

    // ---- words

    /** {@code suggest}: whether a word the article lacks brings "did you mean" suggestions. */
    private SearchResult searchWords(Query.Words query, boolean suggest) {
        List<Token> tokens = Tokenizer.tokens(query.text(), language);
        Set<String> words = new LinkedHashSet<>();
        Set<String> stopWords = new LinkedHashSet<>();
        for (Token token : tokens) {
            String term = term(token, language);
            if (term != null) {
                (isStop(term) ? stopWords : words).add(term);
            }
        }
        Set<String> terms = words.isEmpty() ? stopWords : words;
        List<Integer> ids = new ArrayList<>();
        List<Token> unknown = new ArrayList<>();
        for (Token token : tokens) {
            String term = term(token, language);
            if (term != null && terms.contains(term)) {
                Integer id = termIds.get(term);
                if (id == null) {
                    unknown.add(token);
                } else if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        if (terms.isEmpty()) {
            return new SearchResult(query, List.of(), List.of());
        }
        if (!unknown.isEmpty()) {
            return new SearchResult(query, List.of(), suggest ? suggestions(query.text(), unknown) : List.of());
        }
        return new SearchResult(query, matches(ids), List.of());
    }

    /** Every occurrence of the terms {@code ids} in the paragraphs that hold them all. */
    private List<Match> matches(List<Integer> ids) {
        List<Match> matches = new ArrayList<>();
        List<Match> inParagraph = new ArrayList<>();
        forEachParagraphWithAll(ids, (paragraph, cursor, end) -> {
            inParagraph.clear();
            for (int k = 0; k < cursor.length; k++) {
                for (int j = cursor[k]; j < end[k] && postings[3 * j] == paragraph; j++) {
                    inParagraph.add(new Match(paragraph, postings[3 * j + 1], Math.abs(postings[3 * j + 2])));
                }
            }
            if (cursor.length > 1) {
                inParagraph.sort(null);
            }
            matches.addAll(inParagraph);
        });
        return matches;
    }

    /** Told of a paragraph holding every term; cursor[k] is term k's first posting there. */
    private interface ParagraphVisitor {
        void visit(int paragraph, int[] cursor, int[] end);
    }

    /**
     * Walks the paragraphs that hold every term of {@code ids}, in order: along the rarest term's
     * postings, seeking the others forward.
     */
    private void forEachParagraphWithAll(List<Integer> ids, ParagraphVisitor visitor) {
        int[] cursor = new int[ids.size()];
        int[] end = new int[ids.size()];
        int rarest = 0;
        for (int k = 0; k < ids.size(); k++) {
            cursor[k] = first[ids.get(k)];
            end[k] = first[ids.get(k) + 1];
            if (end[k] - cursor[k] < end[rarest] - cursor[rarest]) {
                rarest = k;
            }
        }
        int i = cursor[rarest];
        while (i < end[rarest]) {
            int paragraph = postings[3 * i];
            boolean all = true;
            for (int k = 0; k < ids.size() && all; k++) {
                cursor[k] = seek(cursor[k], end[k], paragraph);
                all = cursor[k] < end[k] && postings[3 * cursor[k]] == paragraph;
            }
            if (all) {
                visitor.visit(paragraph, cursor, end);
            }
            while (i < end[rarest] && postings[3 * i] == paragraph) {
                i++;
            }
        }
    }

    /** The first posting in [from, to) whose paragraph is at least {@code paragraph} (galloping). */
    private int seek(int from, int to, int paragraph) {
        if (from >= to || postings[3 * from] >= paragraph) {
            return from;
        }
        int step = 1;
        int low = from;
        int high = from + 1;
        while (high < to && postings[3 * high] < paragraph) {
            low = high;
            step <<= 1;
            high = Math.min(to, from + step);
        }
        // postings[low] < paragraph, and high == to or postings[high] >= paragraph
        while (low + 1 < high) {
            int mid = (low + high) >>> 1;
            if (postings[3 * mid] < paragraph) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return high;
    }

    /**
     * Up to three versions of the query with each word the document lacks replaced by one of its
     * closest words, kept only if they find something.
     */
    private List<String> suggestions(String text, List<Token> unknown) {
        List<List<String>> alternatives = new ArrayList<>();
        for (Token token : unknown) {
            List<String> closest = vocabulary.closest(TermNormaliser.fold(token.form()), MAX_SUGGESTIONS);
            if (closest.isEmpty()) {
                return List.of();
            }
            alternatives.add(closest);
        }
        Set<String> suggestions = new LinkedHashSet<>();
        for (int choice = 0; choice < MAX_SUGGESTIONS; choice++) {
            StringBuilder suggestion = new StringBuilder(text);
            for (int k = unknown.size() - 1; k >= 0; k--) { // from the end, so offsets hold
                List<String> closest = alternatives.get(k);
                Token token = unknown.get(k);
                suggestion.replace(token.start(), token.end(), closest.get(Math.min(choice, closest.size() - 1)));
            }
            String candidate = suggestion.toString();
            // Not suggesting again: a candidate the tokenizer cuts differently (Jazzer found one)
            // would have its own unknown words, and suggestions for them, for ever.
            if (!searchWords(new Query.Words(candidate, List.of(candidate.split("\\s+"))), false).isEmpty()) {
                suggestions.add(candidate);
            }
        }
        return List.copyOf(suggestions);
    }

    // ---- phrases

    private SearchResult searchPhrase(Query.Phrase query, BooleanSupplier cancelled, SearchProgress progress) {
        List<Token> tokens = Tokenizer.tokens(query.phrase(), language);
        String[] wanted = new String[tokens.size()];
        List<Integer> ids = new ArrayList<>();
        for (int k = 0; k < wanted.length; k++) {
            wanted[k] = TermNormaliser.fold(tokens.get(k).form());
            Integer id = termIds.get(term(tokens.get(k), language));
            if (id == null) {
                return new SearchResult(query, List.of(), List.of());
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        if (wanted.length == 0) {
            return new SearchResult(query, List.of(), List.of());
        }
        // (paragraph, first posting there of the phrase's first word) for each paragraph with all its words
        List<int[]> candidates = new ArrayList<>();
        forEachParagraphWithAll(ids, (paragraph, cursor, end) -> candidates.add(new int[] {paragraph, cursor[0]}));
        int window = 64 + 2 * query.phrase().length();
        List<Match> matches = new ArrayList<>();
        int firstEnd = first[ids.get(0) + 1];
        for (int c = 0; c < candidates.size(); c++) {
            if (c % PROGRESS_EVERY == 0) {
                checkCancelled(cancelled);
                progress.update(c, candidates.size());
            }
            int paragraph = candidates.get(c)[0];
            String text = document.paragraph(paragraph).text();
            int lastEnd = 0;
            for (int j = candidates.get(c)[1]; j < firstEnd && postings[3 * j] == paragraph; j++) {
                int start = postings[3 * j + 1];
                if (postings[3 * j + 2] < 0 || start < lastEnd) {
                    continue; // a part of a hyphenated word, or inside the previous occurrence
                }
                int end = phraseEnd(text, start, wanted, window);
                if (end > 0) {
                    matches.add(new Match(paragraph, start, end));
                    lastEnd = end;
                }
            }
        }
        progress.update(candidates.size(), candidates.size());
        return new SearchResult(query, matches, List.of());
    }

    /**
     * Where the phrase {@code wanted} (folded words) ends if it starts at the token beginning at
     * {@code start} in {@code text}, or -1. Only a window of the text is tokenised, widened while
     * its last token could have been cut short.
     */
    private int phraseEnd(String text, int start, String[] wanted, int window) {
        while (true) {
            int to = (int) Math.min(text.length(), (long) start + window);
            List<Token> tokens = Tokenizer.tokens(text.substring(start, to), language);
            boolean whole = to == text.length();
            if (tokens.size() < wanted.length) {
                if (whole) {
                    return -1;
                }
            } else if (whole || tokens.get(wanted.length - 1).end() + 16 < to - start) {
                for (int k = 0; k < wanted.length; k++) {
                    if (!TermNormaliser.fold(tokens.get(k).form()).equals(wanted[k])) {
                        return -1;
                    }
                }
                return start + tokens.get(wanted.length - 1).end();
            }
            window *= 2;
        }
    }

    // ---- regular expressions

    private SearchResult searchRegex(Query.Regex query, BooleanSupplier cancelled, SearchProgress progress, long budgetNanos) {
        List<Paragraph> paragraphs = document.paragraphs();
        int total = paragraphs.size();
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (i % PROGRESS_EVERY == 0) {
                checkCancelled(cancelled);
                progress.update(i, total);
            } else if (cancelled.getAsBoolean()) {
                throw new CancellationException("search cancelled");
            }
            Paragraph paragraph = paragraphs.get(i);
            long deadline = System.nanoTime() + budgetNanos;
            Matcher matcher = query.pattern().matcher(new CancellableText(paragraph.text(), cancelled, deadline));
            try {
                while (matcher.find()) {
                    if (matcher.end() > matcher.start()) {
                        matches.add(new Match(paragraph.number(), matcher.start(), matcher.end()));
                    }
                }
            } catch (StackOverflowError tooDeep) {
                // java.util.regex recurses once per repetition of a group: (a|aa)+ on a long
                // line overflows the stack. The stack unwinds here, so the thread lives on.
                throw new SearchTooSlowException();
            }
        }
        progress.update(total, total);
        return new SearchResult(query, matches, List.of());
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("search cancelled");
        }
    }

    // ---- terms

    /** The index term of a token, or null if it has none (a word with no letters left). */
    static String term(Token token, Language language) {
        if (token.kind() == Token.Kind.NUMBER) {
            return token.form();
        }
        if (token.kind() == Token.Kind.WORD) {
            String stem = TermNormaliser.stem(token.form(), language);
            if (stem != null) {
                return stem;
            }
        }
        String folded = TermNormaliser.fold(token.form());
        return folded.isEmpty() ? null : STOP + folded;
    }

    private static boolean isStop(String term) {
        return term.charAt(0) == STOP;
    }

    /** One pass over the document; postings grow term by term, then are laid out flat. */
    private static final class Builder {
        private final Language language;
        private final Map<String, Integer> termIds = new HashMap<>();
        /** What each distinct token form (as written) is filed under, so each is stemmed once. */
        private final Map<String, Form> forms = new HashMap<>();
        private final Vocabulary vocabulary = new Vocabulary();
        private int[][] lists = new int[1024][];
        private int[] sizes = new int[1024];

        Builder(Language language) {
            this.language = language;
        }

        /** A token form's term, and its word in the vocabulary (-1 for stop words and numbers). */
        private record Form(int term, int word) {
        }

        /** Files the tokens of paragraphs {@code from} to {@code to}, after those filed before. */
        Builder add(Document document, int from, int to) {
            for (int number = from; number <= to; number++) {
                Paragraph paragraph = document.paragraph(number);
                String text = paragraph.text();
                for (Token token : Tokenizer.tokens(text, language)) {
                    add(paragraph.number(), token, token.form(), token.start(), token.end());
                    if (token.kind() == Token.Kind.WORD) {
                        addParts(paragraph.number(), token);
                    }
                }
            }
            return this;
        }

        /**
         * Files after this builder's postings those of {@code later}, built from the paragraphs
         * that follow. Terms and words new to this builder get the next ids in the order
         * {@code later} met them: the index is the one a single pass would have built.
         */
        Builder append(Builder later) {
            String[] laterTerms = new String[later.termIds.size()];
            later.termIds.forEach((term, id) -> laterTerms[id] = term);
            int[] ids = new int[laterTerms.length];
            for (int t = 0; t < laterTerms.length; t++) {
                ids[t] = termId(laterTerms[t]);
                int[] list = lists[ids[t]];
                int size = sizes[ids[t]];
                int more = later.sizes[t];
                if (size + more > list.length) {
                    list = lists[ids[t]] = Arrays.copyOf(list, Math.max(list.length * 2, size + more));
                }
                System.arraycopy(later.lists[t], 0, list, size, more);
                sizes[ids[t]] = size + more;
                later.lists[t] = null;
            }
            vocabulary.append(later.vocabulary, ids);
            return this;
        }

        SearchIndex finish(Document document) {
            int count = termIds.size();
            int[] first = new int[count + 1];
            for (int t = 0; t < count; t++) {
                first[t + 1] = first[t] + sizes[t] / 3;
            }
            int[] postings = new int[3 * first[count]];
            for (int t = 0; t < count; t++) {
                System.arraycopy(lists[t], 0, postings, 3 * first[t], sizes[t]);
                lists[t] = null;
            }
            return new SearchIndex(document, Map.copyOf(termIds), first, postings, vocabulary.freeze());
        }

        /** Files each part of a hyphenated word (Kassym-Jomart, États-Unis) under its own term. */
        private void addParts(int paragraph, Token token) {
            String form = token.form();
            if (form.indexOf('-') < 0 && form.indexOf('\u2010') < 0 && form.indexOf('\u2011') < 0) {
                return; // most words: found without a call per character
            }
            int from = 0;
            for (int i = 0; i <= form.length(); i++) {
                if (i == form.length() || isHyphen(form.charAt(i))) {
                    if (from == 0 && i == form.length()) {
                        return; // no hyphen
                    }
                    if (i > from) {
                        add(paragraph, null, form.substring(from, i), token.start() + from, -(token.start() + i));
                    }
                    from = i + 1;
                }
            }
        }

        /** Adds one posting; {@code end} is negative for a part of a hyphenated word. */
        private void add(int paragraph, Token token, String form, int start, int end) {
            Form filed = forms.get(form);
            if (filed == null) {
                filed = file(token == null ? new Token(form, form, start, -end, Token.Kind.WORD) : token);
                forms.put(form, filed);
            }
            if (filed.term() < 0) {
                return;
            }
            if (filed.word() >= 0) {
                vocabulary.count(filed.word());
            }
            int t = filed.term();
            int[] list = lists[t];
            if (sizes[t] + 3 > list.length) {
                list = lists[t] = Arrays.copyOf(list, list.length * 2);
            }
            list[sizes[t]++] = paragraph;
            list[sizes[t]++] = start;
            list[sizes[t]++] = end;
        }

        private Form file(Token token) {
            String term = term(token, language);
            if (term == null) {
                return new Form(-1, -1);
            }
            int id = termId(term);
            int word = token.kind() == Token.Kind.WORD && !isStop(term)
                    ? vocabulary.add(TermNormaliser.fold(token.form()), token.text(), id) : -1;
            return new Form(id, word);
        }

        /** The id of {@code term}, a new one with an empty list if it was not filed yet. */
        private int termId(String term) {
            Integer id = termIds.get(term);
            if (id == null) {
                id = termIds.size();
                termIds.put(term, id);
                if (id == lists.length) {
                    lists = Arrays.copyOf(lists, id * 2);
                    sizes = Arrays.copyOf(sizes, id * 2);
                }
                lists[id] = new int[6];
            }
            return id;
        }

        private static boolean isHyphen(char c) {
            return c == '-' || c == '\u2010' || c == '\u2011';
        }
    }
}
