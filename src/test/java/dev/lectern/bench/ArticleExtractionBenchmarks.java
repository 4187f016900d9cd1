package dev.lectern.bench;

import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Finding the article in a web page of about {@code megabytes} MB, warm: a real page (the
 * {@code page} parameter, by default an eval page when ../shared is there) whose body is repeated
 * until the page is that large. Run:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main ArticleExtractionBenchmarks}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
public class ArticleExtractionBenchmarks {
    @State(Scope.Benchmark)
    public static class Page {
        @Param("../shared/eval/web/readability-pages/nytimes-3/source.html")
        public String page;

        @Param("1")
        public int megabytes;

        byte[] bytes;

        @Setup
        public void build() throws Exception {
            bytes = LargePage.build(Files.readString(Path.of(page)), megabytes * 1024 * 1024)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    @Benchmark
    public Document extract(Page page) throws Exception {
        return DocumentLoader.parse(page.bytes, "page.html", Path.of("page.html"));
    }
}
