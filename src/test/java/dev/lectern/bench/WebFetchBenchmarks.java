package dev.lectern.bench;

import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.doc.Download;
import dev.lectern.doc.FetchSettings;
import dev.lectern.doc.TestSite;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles fetched from a web server on 127.0.0.1 (in the same JVM, so the figures are
 * Lectern's own cost: the HTTP client, decompression, decoding and parsing, not a network's),
 * beside the same text read from disk. The novel comes from ../shared/bench when it is there.
 *
 * <pre>java -cp ... org.openjdk.jmh.Main WebFetchBenchmarks</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class WebFetchBenchmarks {
    private static final Path NOVEL = Path.of("../shared/bench/les-trois-mousquetaires.fr.txt");
    private TestSite site;
    private FetchSettings settings;
    private Path novelOnDisk;

    @Setup
    public void start() throws Exception {
        site = new TestSite();
        settings = FetchSettings.from(Map.of(), "bench");
        novelOnDisk = Files.isRegularFile(NOVEL) ? NOVEL : null;
        if (novelOnDisk != null) {
            site.add("/novel.txt", "text/plain; charset=utf-8", Files.readAllBytes(novelOnDisk));
        }
    }

    @TearDown
    public void stop() {
        site.close();
    }

    private Document fetch(String path) throws Exception {
        return Download.fetch(URI.create(site.url(path)), settings);
    }

    /** A short HTML article (1 KB). */
    @Benchmark
    public Object smallHtmlArticle() throws Exception {
        return fetch("/article.html");
    }

    /** 2 MB of plain text, sent whole (no compression; the site makes it anew for each request). */
    @Benchmark
    public Object twoMegabytesOfText() throws Exception {
        return fetch("/big");
    }

    /** The 1.3 MB novel gzipped over HTTP, decoded and parsed (0 when the shared data is absent). */
    @Benchmark
    public Object novelOverHttpGzipped() throws Exception {
        return novelOnDisk == null ? null : fetch("/novel.txt");
    }

    /** The same novel's bytes from disk, parsed the same way (whole, not lazily): the comparison. */
    @Benchmark
    public Object novelFromDisk() throws Exception {
        return novelOnDisk == null ? null : DocumentLoader.parse(Files.readAllBytes(novelOnDisk), "novel.txt", null);
    }

    /** The first fetch in a fresh JVM: the HTTP client's and TLS context's set-up paid once. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Object firstFetchInAFreshJvm() throws Exception {
        return fetch("/article.html");
    }
}
