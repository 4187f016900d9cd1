package dev.lectern.bench;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.SentenceSplitter;
import dev.lectern.analysis.TermNormaliser;
import dev.lectern.doc.DocumentLoader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What lazy loading keeps out of start-up: the first use of each heavy library in a fresh JVM
 * (one shot per fork, no warm-up), which the reader pays only when a feature needs it.
 * Plain text is the comparison: what the first screen of a .txt article needs anyway.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class FirstUseBenchmarks {
    private static final byte[] HTML = "<h1>Titre</h1><p>Un paragraphe de texte.</p>".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TEXT = "Titre\n\nUn paragraphe de texte.\n".getBytes(StandardCharsets.UTF_8);

    /** Plain-text parsing (no heavy library): the baseline. */
    @Benchmark
    public Object plainText() throws Exception {
        return DocumentLoader.parse(TEXT, "a.txt", null);
    }

    /** jsoup: first HTML article. */
    @Benchmark
    public Object jsoup() throws Exception {
        return DocumentLoader.parse(HTML, "a.html", null);
    }

    /** Lucene: first stemmed term (search, entities, summary). */
    @Benchmark
    public Object lucene() {
        return TermNormaliser.stem("manifestations", Language.FRENCH);
    }

    /** ICU4J: first sentence split (summary, entities). */
    @Benchmark
    public Object icu() {
        return SentenceSplitter.split("Une phrase. Une autre phrase.", Language.FRENCH);
    }
}
