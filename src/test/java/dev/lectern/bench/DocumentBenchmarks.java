package dev.lectern.bench;

import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
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
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class DocumentBenchmarks {
    @Param("content/kazakhstan-otsc.fr.txt")
    public String file;

    /** A word of the file's last paragraph (make-text's texts end with one found nowhere else). */
    @Param("Almaty")
    public String word;

    private Document document;
    private SearchIndex index;
    private Query query;
    private EntityIndex entities;

    @Setup
    public void load() throws Exception {
        document = DocumentLoader.load(Path.of(file));
        index = SearchIndex.build(document);
        query = Query.parse(word);
        entities = EntityIndex.build(document);
    }

    /** The whole document (for a long plain text: the scan that finds its paragraphs). */
    @Benchmark
    public Document documentLoad() throws Exception {
        return DocumentLoader.load(Path.of(file));
    }

    @Benchmark
    public SearchIndex searchIndexBuild() {
        return SearchIndex.build(document);
    }

    /** Sub-millisecond: timed as an average over many calls rather than one shot. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public SearchResult searchIndexed() {
        return index.search(query);
    }

    @Benchmark
    public EntityIndex entities() {
        return EntityIndex.build(document);
    }

    /** The glossary takes its acronyms from the entities, found beforehand as the reader does. */
    @Benchmark
    public Glossary glossary() {
        return Glossary.build(document, UserGlossary.empty(), entities);
    }

    @Benchmark
    public List<SummarySentence> summarise() {
        return new Summariser().summarise(document);
    }
}
