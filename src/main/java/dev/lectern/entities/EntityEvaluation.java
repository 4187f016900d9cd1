package dev.lectern.entities;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.LanguageGuesser;
import dev.lectern.doc.Document;
import dev.lectern.doc.Paragraph;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scores the recogniser on annotated French texts ({@code ../shared/eval/ner/} by default:
 * {@code *.bio} and {@code *.conll}, see its SOURCES.md) and prints a Markdown table: exact-span
 * precision, recall and F1, untyped and per type (PER, LOC, ORG), for {@link EntityIndex} and
 * for a plain capitalisation rule (every maximal run of capitalised tokens, the first word of
 * a sentence and a word after . ! ? : or an opening quote or dash left out) and a second one
 * (every run of capitalised tokens, less one-word runs the text also writes in lower case).
 * <p>
 * The tokens are joined by spaces into paragraphs of five sentences (sentences as the file
 * gives them; in French an elision is written on its word, "l'Algérie", where the files cut it
 * "l ' Algérie") and read as a {@link Document} in the language guessed from them (French unless
 * clearly English; an English possessive 's is joined to its word); each name mention found is mapped back to
 * the tokens it covers. Every PERSON, PLACE, ORGANISATION and OTHER mention counts as a guess
 * (OTHER never matches a type); nationality adjectives and figures are not names and are left out.
 * <p>
 * With {@code --part tuning} or {@code --part held-out}, only the first or the second half of each
 * file (by position, cut at a sentence start) is read: rules are tuned, and errors read, on the
 * first half only; the second is scored to see whether they hold on text not looked at.
 * <p>
 * With {@code --spans outside} or {@code --spans inside}, the recogniser's guesses (never the gold)
 * are first rewritten to one span convention: leading articles and courtesy titles cut off, or
 * taken in from the text just before ({@link #toConvention}); {@code as-is} (the default) scores
 * them as they come. A second table counts the gold names that begin with an article or a title.
 * <p>
 * With {@code --errors}, the commonest missed and wrong spans of each file go to standard error.
 * <p>
 * Run: {@code java -cp target/classes:$(cat target/cp.txt) dev.lectern.entities.EntityEvaluation [DIR] [--part P] [--spans as-is|outside|inside] [--errors]}
 */
public final class EntityEvaluation {
    private static final int SENTENCES_PER_PARAGRAPH = 5;
    private static final Map<EntityType, String> TAGS = Map.of(
            EntityType.PERSON, "PER", EntityType.PLACE, "LOC", EntityType.ORGANISATION, "ORG", EntityType.OTHER, "OTHER");

    private EntityEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        boolean errors = List.of(args).contains("--errors");
        int partAt = List.of(args).indexOf("--part");
        int spansAt = List.of(args).indexOf("--spans");
        AnnotatedText.Part part;
        Convention convention;
        try {
            part = partAt >= 0 && partAt + 1 < args.length ? AnnotatedText.Part.named(args[partAt + 1]) : AnnotatedText.Part.ALL;
            convention = spansAt >= 0 && spansAt + 1 < args.length ? Convention.named(args[spansAt + 1]) : Convention.AS_IS;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/eval/ner");
        System.err.println("span convention of the guesses: " + convention.label);
        if (!Files.isDirectory(dir) && !Files.isRegularFile(dir)) {
            System.err.println("no evaluation data in " + dir);
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.isDirectory(dir) ? Files.list(dir) : Stream.of(dir)) {
            files = listing.filter(p -> p.toString().endsWith(".bio") || p.toString().endsWith(".conll")).sorted().toList();
        }
        PrintStream out = System.out;
        out.println("| file | part | system | untyped P / R / F1 | PER F1 (P / R) | LOC F1 (P / R) | ORG F1 (P / R) | guessed | gold | seconds "
                + "| untyped P / R / F1, articles and titles aside | PER / LOC / ORG F1, aside |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        List<String> counts = new ArrayList<>();
        for (Path file : files) {
            AnnotatedText text = AnnotatedText.read(file).part(part);
            long started = System.nanoTime();
            List<AnnotatedText.Span> guesses = toConvention(text, recognise(text), convention);
            double seconds = (System.nanoTime() - started) / 1e9;
            print(out, text, part, "EntityIndex", guesses, seconds, true);
            print(out, text, part, "capitalisation rule", capitalisedRuns(text), 0, false);
            print(out, text, part, "capitalised runs, no lower-case singles", capitalisedRunsWithoutPlainWords(text), 0, false);
            if (errors) {
                printErrors(System.err, text, guesses);
            }
            int articles = 0;
            int titles = 0;
            for (AnnotatedText.Span name : text.names()) {
                int start = name.start();
                if (articleLength(text, start) > 0) {
                    articles++;
                } else if (titleLength(text, start) > 0) {
                    titles++;
                }
            }
            counts.add(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d |", text.name(), part.label(),
                    text.names().size(), articles, titles));
        }
        out.println();
        out.println("| file | part | gold names | begin with an article | begin with a title |");
        out.println("|---|---|---|---|---|");
        counts.forEach(out::println);
    }

    /** Which span convention the guesses are rewritten to before scoring; gold is never touched. */
    enum Convention {
        AS_IS("as-is"), OUTSIDE("outside"), INSIDE("inside");

        final String label;

        Convention(String label) {
            this.label = label;
        }

        static Convention named(String name) {
            for (Convention convention : values()) {
                if (convention.label.equals(name)) {
                    return convention;
                }
            }
            throw new IllegalArgumentException("--spans is as-is, outside or inside, not " + name);
        }
    }

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("le", "la", "les", "l'");
    /** Plurals the recogniser's list of courtesy titles lacks. */
    private static final java.util.Set<String> PLURAL_TITLES = java.util.Set.of("mmes", "mlles", "messieurs", "mesdames");

    /**
     * The guesses rewritten to one convention: {@code OUTSIDE} cuts leading articles and courtesy
     * titles or appellations off each (la Seine → Seine, M. Walter → Walter; a guess left empty is
     * dropped), {@code INSIDE} takes in those the text has just before it (Seine → la Seine).
     * A capitalised article inside a sentence belongs to the name (La Rochelle) and is left alone.
     */
    static List<AnnotatedText.Span> toConvention(AnnotatedText text, List<AnnotatedText.Span> guesses, Convention convention) {
        if (convention == Convention.AS_IS) {
            return guesses;
        }
        List<AnnotatedText.Span> result = new ArrayList<>();
        for (AnnotatedText.Span span : guesses) {
            int start = span.start();
            if (convention == Convention.OUTSIDE) {
                for (int length; start < span.end()
                        && (length = Math.max(articleLength(text, start), titleLength(text, start))) > 0; ) {
                    start += length;
                }
            } else {
                for (boolean moved = true; moved; ) {
                    moved = false;
                    for (int length = 1; length <= 2 && !moved && start - length >= 0; length++) {
                        if (articleLength(text, start - length) == length || titleLength(text, start - length) == length) {
                            start -= length;
                            moved = true;
                        }
                    }
                }
            }
            if (start < span.end()) {
                result.add(new AnnotatedText.Span(start, span.end(), span.type()));
            }
        }
        return result;
    }

    /**
     * How many tokens the article at {@code at} takes (la: 1; l': 1, or 2 where the file cuts it
     * "l '"), or 0 where there is none or it is capitalised inside a sentence (La Rochelle).
     */
    static int articleLength(AnnotatedText text, int at) {
        String token = text.tokens().get(at);
        String key = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int length = ARTICLES.contains(key) ? 1
                : key.equals("l") && at + 1 < text.tokens().size() && isApostrophe(text.tokens().get(at + 1)) ? 2 : 0;
        boolean capitalInside = Character.isUpperCase(token.charAt(0)) && !text.sentenceStarts().contains(at)
                && !(at > 0 && text.tokens().get(at - 1).matches("[.!?…:«\"“—–-]+"));
        return capitalInside ? 0 : length;
    }

    /**
     * How many tokens the courtesy title or appellation at {@code at} takes (Mme: 1; M. written
     * "M ." : 2), or 0: the recogniser's own lists (courtesy titles, appellations) and their plurals.
     */
    static int titleLength(AnnotatedText text, int at) {
        String key = dev.lectern.analysis.TermNormaliser.key(text.tokens().get(at));
        boolean period = at + 1 < text.tokens().size() && text.tokens().get(at + 1).equals(".");
        String bare = key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
        boolean title = Gazetteer.get().isCourtesyTitleKey(bare) || NameSpotter.APPELLATIONS.contains(bare)
                || PLURAL_TITLES.contains(bare);
        if (!title || bare.equals("me") && text.tokens().get(at).startsWith("m")) {
            return 0; // "me" in lower case is the pronoun, not Maître's abbreviation
        }
        // "M" alone is a title only with its period, as the novels cut it "M ."
        return (bare.equals("m") || bare.equals("mm")) && !key.endsWith(".") ? (period ? 2 : 0) : 1;
    }

    private static void print(PrintStream out, AnnotatedText text, AnnotatedText.Part part, String system,
                              List<AnnotatedText.Span> guesses, double seconds, boolean typed) {
        SpanScore untyped = SpanScore.of(guesses, text.names(), null);
        List<AnnotatedText.Span> guessesAside = withoutLeadingArticles(text, guesses);
        List<AnnotatedText.Span> goldAside = withoutLeadingArticles(text, text.names());
        SpanScore aside = SpanScore.of(guessesAside, goldAside, null);
        String typesAside = typed ? String.format(Locale.ROOT, "%.2f / %.2f / %.2f",
                SpanScore.of(guessesAside, goldAside, "PER").f1(), SpanScore.of(guessesAside, goldAside, "LOC").f1(),
                SpanScore.of(guessesAside, goldAside, "ORG").f1()) : "–";
        out.printf(Locale.ROOT, "| %s | %s | %s | %.2f / %.2f / **%.2f** | %s | %s | %s | %d | %d | %s | %.2f / %.2f / %.2f | %s |%n",
                text.name(), part.label(), system, untyped.precision(), untyped.recall(), untyped.f1(),
                typed ? f1(guesses, text, "PER") : "–", typed ? f1(guesses, text, "LOC") : "–",
                typed ? f1(guesses, text, "ORG") : "–", untyped.guessed(), untyped.gold(),
                typed ? String.format(Locale.ROOT, "%.1f", seconds) : "–", aside.precision(), aside.recall(), aside.f1(),
                typesAside);
    }

    /** Words a set may or may not put inside a name's span: articles, their contractions, courtesy titles. */
    private static final java.util.Set<String> ASIDE = java.util.Set.of("le", "la", "les", "l", "l'", "du", "des", "au",
            "aux", "'", "m.", "m", ".", "mme", "mlle", "monsieur", "madame", "mademoiselle", "the", "mr", "mrs", "ms", "dr");

    /**
     * The spans with their leading articles and courtesy titles left out (la Seine → Seine,
     * M. Walter → Walter): the novels' gold puts them inside a name, the 1906 newspaper's leaves
     * them out, and the recogniser follows neither everywhere. A second figure, never the first.
     */
    static List<AnnotatedText.Span> withoutLeadingArticles(AnnotatedText text, List<AnnotatedText.Span> spans) {
        List<AnnotatedText.Span> result = new ArrayList<>();
        for (AnnotatedText.Span span : spans) {
            int start = span.start();
            while (start < span.end() - 1 && ASIDE.contains(text.tokens().get(start).toLowerCase(Locale.ROOT))) {
                start++;
            }
            result.add(new AnnotatedText.Span(start, span.end(), span.type()));
        }
        return result;
    }

    private static void printErrors(PrintStream err, AnnotatedText text, List<AnnotatedText.Span> guesses) {
        java.util.Set<AnnotatedText.Span> gold = new java.util.HashSet<>();
        text.names().forEach(span -> gold.add(span.untyped()));
        java.util.Set<AnnotatedText.Span> guessed = new java.util.HashSet<>();
        guesses.forEach(span -> guessed.add(span.untyped()));
        err.println("## " + text.name() + " missed: " + commonest(text, gold, guessed));
        err.println("## " + text.name() + " wrong: " + commonest(text, guessed, gold));
        java.util.Map<String, Long> mistyped = new java.util.TreeMap<>();
        for (AnnotatedText.Span span : guesses) {
            for (AnnotatedText.Span name : text.names()) {
                if (name.start() == span.start() && name.end() == span.end() && !name.type().equals(span.type())) {
                    mistyped.merge(name.type() + "->" + span.type() + " "
                            + String.join(" ", text.tokens().subList(span.start(), span.end())), 1L, Long::sum);
                }
            }
        }
        err.println("## " + text.name() + " mistyped: " + mistyped);
    }

    private static String commonest(AnnotatedText text, java.util.Set<AnnotatedText.Span> these,
                                    java.util.Set<AnnotatedText.Span> notIn) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        for (AnnotatedText.Span span : these) {
            if (!notIn.contains(span)) {
                counts.merge(String.join(" ", text.tokens().subList(span.start(), span.end())), 1L, Long::sum);
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(40)
                .map(e -> e.getKey() + "×" + e.getValue()).toList().toString();
    }

    private static String f1(List<AnnotatedText.Span> guesses, AnnotatedText text, String type) {
        SpanScore score = SpanScore.of(guesses, text.names(), type);
        return String.format(Locale.ROOT, "%.2f (%.2f / %.2f)", score.f1(), score.precision(), score.recall());
    }

    /** The names {@link EntityIndex} finds in the text, as token spans. */
    static List<AnnotatedText.Span> recognise(AnnotatedText text) {
        Language language = LanguageGuesser.guess(String.join(" ", text.tokens()));
        List<Paragraph> paragraphs = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>(); // per paragraph: char offset of each of its tokens
        List<Integer> firstTokens = new ArrayList<>();
        List<Integer> starts = text.sentenceStarts();
        for (int s = 0; s < starts.size(); s += SENTENCES_PER_PARAGRAPH) {
            int from = starts.get(s);
            int to = s + SENTENCES_PER_PARAGRAPH < starts.size() ? starts.get(s + SENTENCES_PER_PARAGRAPH) : text.tokens().size();
            StringBuilder builder = new StringBuilder();
            int[] at = new int[to - from];
            for (int t = from; t < to; t++) {
                // an English possessive goes back on its word, as it is written: "Toyota's"; a French
                // elision on the word after it: "l ' Algérie", "d' Etat" are read as "l'Algérie", "d'Etat"
                if (builder.length() > 0 && !(language == Language.ENGLISH && text.tokens().get(t).equals("'s"))
                        && !(language != Language.ENGLISH && (isApostrophe(text.tokens().get(t))
                                || t > from && endsWithApostrophe(text.tokens().get(t - 1))))) {
                    builder.append(' ');
                }
                at[t - from] = builder.length();
                builder.append(text.tokens().get(t));
            }
            paragraphs.add(new Paragraph(paragraphs.size() + 1, builder.toString()));
            offsets.add(at);
            firstTokens.add(from);
        }
        Document document = new Document(text.name(), paragraphs, language == Language.ENGLISH ? language : Language.FRENCH,
                null, List.of());
        List<AnnotatedText.Span> spans = new ArrayList<>();
        for (Entity entity : EntityIndex.build(document).entities()) {
            if (entity.type() == EntityType.FIGURE) {
                continue;
            }
            for (Mention mention : entity.occurrences()) {
                if (mention.kind() != Mention.Kind.NAME) {
                    continue;
                }
                int[] at = offsets.get(mention.paragraph() - 1);
                String paragraph = paragraphs.get(mention.paragraph() - 1).text();
                int first = tokenAt(at, mention.start());
                int last = tokenAt(at, mention.end() - 1);
                int base = firstTokens.get(mention.paragraph() - 1);
                spans.add(new AnnotatedText.Span(base + first, base + last + 1, TAGS.get(entity.type())));
                assert paragraph.length() >= mention.end();
            }
        }
        return spans;
    }

    private static boolean isApostrophe(String token) {
        return token.equals("'") || token.equals("\u2019");
    }

    private static boolean endsWithApostrophe(String token) {
        return token.endsWith("'") || token.endsWith("\u2019");
    }

    /** The token of the paragraph that the character {@code offset} falls in. */
    private static int tokenAt(int[] starts, int offset) {
        int token = 0;
        while (token + 1 < starts.length && starts[token + 1] <= offset) {
            token++;
        }
        return token;
    }

    /**
     * A second baseline: every maximal run of capitalised tokens, sentence starts included, less
     * the one-word runs whose word the text also writes in lower case.
     */
    static List<AnnotatedText.Span> capitalisedRunsWithoutPlainWords(AnnotatedText text) {
        java.util.Set<String> lowerCase = new java.util.HashSet<>();
        for (String token : text.tokens()) {
            if (!token.isEmpty() && Character.isLowerCase(token.charAt(0))) {
                lowerCase.add(token.toLowerCase(Locale.ROOT));
            }
        }
        List<AnnotatedText.Span> spans = new ArrayList<>();
        int start = -1;
        for (int t = 0; t <= text.tokens().size(); t++) {
            boolean capital = t < text.tokens().size() && Character.isUpperCase(text.tokens().get(t).charAt(0));
            if (capital && start < 0) {
                start = t;
            } else if (!capital && start >= 0) {
                if (t - start > 1 || !lowerCase.contains(text.tokens().get(start).toLowerCase(Locale.ROOT))) {
                    spans.add(new AnnotatedText.Span(start, t, "OTHER"));
                }
                start = -1;
            }
        }
        return spans;
    }

    /**
     * The baseline: maximal runs of capitalised tokens, leaving out the first word of a sentence
     * (the first token that starts with a letter, past dashes and quotes) and a word right after
     * . ! ? … or an opening quote or dialogue dash.
     */
    static List<AnnotatedText.Span> capitalisedRuns(AnnotatedText text) {
        java.util.Set<Integer> sentenceStarts = new java.util.HashSet<>(text.sentenceStarts());
        List<AnnotatedText.Span> spans = new ArrayList<>();
        int start = -1;
        boolean opening = true;
        for (int t = 0; t <= text.tokens().size(); t++) {
            String token = t < text.tokens().size() ? text.tokens().get(t) : "";
            if (sentenceStarts.contains(t)) {
                opening = true;
            }
            boolean letter = !token.isEmpty() && Character.isLetter(token.charAt(0));
            boolean capital = letter && !opening && Character.isUpperCase(token.charAt(0));
            if (capital && start < 0) {
                start = t;
            } else if (!capital && start >= 0) {
                spans.add(new AnnotatedText.Span(start, t, "OTHER"));
                start = -1;
            }
            if (letter || Character.isDigit(token.isEmpty() ? ' ' : token.charAt(0))) {
                opening = false;
            }
            if (token.matches("[.!?…:«“\"—–-]+")) {
                opening = true;
            }
        }
        return spans;
    }
}
