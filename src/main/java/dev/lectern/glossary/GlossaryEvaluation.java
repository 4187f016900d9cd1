package dev.lectern.glossary;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.Token;
import dev.lectern.analysis.Tokenizer;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.doc.UnreadableDocumentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Measures the language notes: how many words of clean French news they flag as foreign (each is
 * a false alarm: OrangeSum articles are plain French), and which of the seed's English words
 * they catch.
 * <pre>
 * mvn -q -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:$(cat target/cp.txt) dev.lectern.glossary.GlossaryEvaluation [DIR] [FIRST-LAST] [--words]
 * </pre>
 * DIR defaults to ../shared/eval/orangesum, lines to 301-1000 (1-300 were looked at while
 * writing the rules); {@code --words} lists every flagged word with its count.
 */
public final class GlossaryEvaluation {
    /** The English words left in the seed article by its machine translation. */
    static final List<String> SEED_WORDS = List.of("nationwide", "worldwide", "cupboard", "prepare", "floor", "through");

    private GlossaryEvaluation() {
    }

    /** Words read, words flagged, and how often each flagged form was. */
    record Count(int words, int flagged, Map<String, Integer> forms) {
        double perThousand() {
            return 1000.0 * flagged / words;
        }
    }

    static Count flaggedIn(List<String> articles) {
        int words = 0;
        int flagged = 0;
        Map<String, Integer> forms = new TreeMap<>();
        for (String article : articles) {
            List<Token> tokens = Tokenizer.tokens(article, Language.FRENCH);
            words += (int) tokens.stream().filter(t -> t.kind() == Token.Kind.WORD).count();
            for (LanguageNotes.Found note : LanguageNotes.find(List.of(article), List.of(tokens), Language.FRENCH)) {
                int size = note.key().split(" ").length;
                flagged += size * note.occurrences().size();
                forms.merge(note.key(), note.occurrences().size(), Integer::sum);
            }
        }
        return new Count(words, flagged, forms);
    }

    /** The seed words a glossary built without any reader's glossary catches as language notes. */
    static List<String> seedWordsCaught(Glossary glossary) {
        return SEED_WORDS.stream().filter(word -> glossary.find(word)
                .filter(e -> e.source() == GlossarySource.LANGUAGE_NOTE).isPresent()).toList();
    }

    public static void main(String[] args) throws IOException, UnreadableDocumentException {
        Path dir = Path.of("../shared/eval/orangesum");
        int first = 301;
        int last = 1000;
        boolean listWords = false;
        for (String arg : args) {
            if (arg.equals("--words")) {
                listWords = true;
            } else if (arg.matches("\\d+-\\d+")) {
                first = Integer.parseInt(arg.substring(0, arg.indexOf('-')));
                last = Integer.parseInt(arg.substring(arg.indexOf('-') + 1));
            } else {
                dir = Path.of(arg);
            }
        }
        List<String> lines = Files.readAllLines(dir.resolve("source_documents.txt"), StandardCharsets.UTF_8);
        List<String> articles = lines.subList(first - 1, Math.min(last, lines.size()));
        long start = System.nanoTime();
        Count count = flaggedIn(articles);
        System.out.printf(Locale.ROOT, "OrangeSum lines %d-%d: %d articles, %d words, %d flagged as English: %.3f per 1000 words (%.1f s)%n",
                first, first + articles.size() - 1, articles.size(), count.words(), count.flagged(), count.perThousand(),
                (System.nanoTime() - start) / 1e9);
        System.out.println("flagged: " + count.forms().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(listWords ? Long.MAX_VALUE : 20)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));

        Path seed = Path.of("content/kazakhstan-otsc.fr.txt");
        Glossary glossary = Glossary.build(DocumentLoader.load(seed), UserGlossary.empty());
        System.out.println("seed, no glossary.conf: caught " + seedWordsCaught(glossary) + " of " + SEED_WORDS);
        System.out.println("seed language notes: " + glossary.entries().stream().filter(e -> e.source() == GlossarySource.LANGUAGE_NOTE)
                .map(GlossaryEntry::term).collect(Collectors.joining(", ")));
        System.out.println("seed acronyms: " + glossary.entries().stream().filter(e -> e.source() == GlossarySource.ACRONYM)
                .map(e -> e.term() + " = " + e.definition() + " (" + e.origin() + ")").collect(Collectors.joining(", ")));
    }
}
