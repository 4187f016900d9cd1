package dev.lectern.search;

import dev.lectern.analysis.TermNormaliser;
import dev.lectern.analysis.Token;
import dev.lectern.analysis.Tokenizer;
import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures the search index on one file: how long it takes to build and roughly how much heap it
 * keeps, then how long searches take once it is built.
 *
 * <pre>
 * mvn -B -q -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:$(cat target/cp.txt) dev.lectern.search.SearchBenchmark FILE [WORD]
 * </pre>
 *
 * It loads FILE with {@link DocumentLoader}, builds the index five times (the first build is cold,
 * the JIT still warming up; all are printed) and keeps the last, whose heap is measured as the
 * difference in used heap after a GC with and without it (approximate). Then it runs a word
 * search 20 times for WORD, by default the longest word of the last paragraph (the worst place
 * for a scan, no different for the index), and prints the median, minimum and maximum in ms; for
 * comparison the same with a phrase of the last paragraph's first three words and a regex.
 */
public final class SearchBenchmark {
    private static final int RUNS = 20;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SearchBenchmark FILE [WORD]");
            System.exit(2);
        }
        Document document = DocumentLoader.load(Path.of(args[0]));
        long chars = document.paragraphs().stream().mapToLong(p -> p.text().length()).sum();
        System.out.printf(Locale.ROOT, "%s: %,d paragraphs, %,d chars, %s%n", args[0], document.size(), chars,
                document.language());

        long before = usedHeap();
        SearchIndex index = null;
        for (int i = 0; i < 5; i++) {
            index = null;
            long start = System.nanoTime();
            index = SearchIndex.build(document);
            System.out.printf(Locale.ROOT, "build %d: %.0f ms%n", i + 1, (System.nanoTime() - start) / 1e6);
        }
        long after = usedHeap();
        System.out.printf(Locale.ROOT, "index: %,d terms, %,d postings, %,d vocabulary words, ~%.1f MB heap%n",
                index.termCount(), index.postingCount(), index.vocabularySize(), (after - before) / 1048576.0);

        String lastText = document.paragraph(document.size()).text();
        String word = args.length > 1 ? args[1] : longestWord(lastText, document);
        time(index, Query.parse(word));
        List<Token> tokens = Tokenizer.tokens(lastText, document.language());
        if (tokens.size() >= 3) {
            time(index, Query.parse("\"" + lastText.substring(tokens.get(0).start(), tokens.get(2).end()) + "\""));
        }
        time(index, Query.parse("/" + word + "\\w*/"));
        System.out.println(index.hashCode() == 0 ? "" : "done"); // keeps the index reachable until here
    }

    private static void time(SearchIndex index, Query query) {
        double[] ms = new double[RUNS];
        SearchResult result = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            result = index.search(query);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "search %-40s %,7d matches  median %.2f ms  min %.2f  max %.2f%n",
                query.text(), result.count(), (ms[RUNS / 2 - 1] + ms[RUNS / 2]) / 2, ms[0], ms[RUNS - 1]);
    }

    private static String longestWord(String text, Document document) {
        List<String> words = new ArrayList<>();
        for (Token token : Tokenizer.tokens(text, document.language())) {
            if (token.kind() == Token.Kind.WORD && TermNormaliser.stem(token.form(), document.language()) != null) {
                words.add(token.text());
            }
        }
        return words.stream().reduce((a, b) -> b.length() > a.length() ? b : a).orElse("the");
    }

    private static long usedHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
