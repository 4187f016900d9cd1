package dev.lectern.bench;

import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.entities.ArticleTokens;
import dev.lectern.entities.EntityIndex;
import dev.lectern.glossary.Glossary;
import dev.lectern.glossary.UserGlossary;
import dev.lectern.search.Query;
import dev.lectern.search.SearchIndex;
import dev.lectern.search.SearchResult;
import dev.lectern.summary.Summariser;
import dev.lectern.summary.SummarySentence;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The work behind the reader's slow moments, on one file, in a warm JVM: loading, the search
 * index, a word search once indexed, and the background analysis (entities, glossary, summary).
 * Run by bench/run, which passes the file and the word; each operation is timed whole, once
 * per iteration, as the reader does it once per article.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class DocumentBenchmarks {
    /** The file and the word; JMH makes only the states a benchmark asks for, so each pays only its own set-up. */
    @State(Scope.Benchmark)
    public static class Loaded {
        @Param("content/kazakhstan-otsc.fr.txt")
        public String file;

        /** A word of the file's last paragraph (make-text's texts end with one found nowhere else). */
        @Param("Almaty")
        public String word;

        Document document;

        @Setup
        public void load() throws Exception {
            document = DocumentLoader.load(Path.of(file));
        }
    }

    @State(Scope.Benchmark)
    public static class Indexed {
        SearchIndex index;
        Query query;

        @Setup
        public void build(Loaded loaded) throws Exception {
            index = SearchIndex.build(loaded.document);
            query = Query.parse(loaded.word);
        }
    }

    @State(Scope.Benchmark)
    public static class Analysed {
        EntityIndex entities;

        @Setup
        public void find(Loaded loaded) {
            entities = EntityIndex.build(loaded.document);
        }
    }

    /** The whole document (for a long plain text: the scan that finds its paragraphs). */
    @Benchmark
    public Document documentLoad(Loaded loaded) throws Exception {
        return DocumentLoader.load(Path.of(loaded.file));
    }

    @Benchmark
    public SearchIndex searchIndexBuild(Loaded loaded) {
        return SearchIndex.build(loaded.document);
    }

    /** Sub-millisecond: timed as an average over many calls rather than one shot. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public SearchResult searchIndexed(Indexed indexed) {
        return indexed.index.search(indexed.query);
    }

    @Benchmark
    public EntityIndex entities(Loaded loaded) {
        return EntityIndex.build(loaded.document);
    }

    /** The glossary takes its acronyms from the entities, found beforehand as the reader does. */
    @Benchmark
    public Glossary glossary(Loaded loaded, Analysed analysed) {
        return Glossary.build(loaded.document, UserGlossary.empty(), analysed.entities);
    }

    /** The reader's background analysis: the text cut into tokens once, then the entities and the glossary. */
    @Benchmark
    public Glossary analysis(Loaded loaded) {
        ArticleTokens article = ArticleTokens.of(loaded.document);
        return Glossary.build(article, UserGlossary.empty(), EntityIndex.build(article, percent -> { }));
    }

    @Benchmark
    public List<SummarySentence> summarise(Loaded loaded) {
        return new Summariser().summarise(loaded.document);
    }
}
