package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.analysis.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentCacheTest {
    @TempDir
    Path library;

    private static Document article(String text) {
        return new Document(text, List.of(new Paragraph(1, text, null)), Language.ENGLISH, null, List.of());
    }

    /** A loader that counts its loads and takes a moment, so that readers asking at once overlap. */
    private static DocumentCache.Loader counting(AtomicInteger loads, String text) {
        return () -> {
            loads.incrementAndGet();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Opening.complete(article(text));
        };
    }

    @Test
    void readersAskingAtOnceWaitForOneLoad() throws Exception {
        DocumentCache cache = new DocumentCache(8);
        AtomicInteger loads = new AtomicInteger();
        int readers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Callable<Document>> asks = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                asks.add(() -> {
                    start.await();
                    return cache.open("/library/a.txt", "v1", counting(loads, "a")).start();
                });
            }
            List<Future<Document>> answers = new ArrayList<>();
            for (Callable<Document> ask : asks) {
                answers.add(pool.submit(ask));
            }
            start.countDown();
            Set<Document> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Future<Document> answer : answers) {
                seen.add(answer.get(10, TimeUnit.SECONDS));
            }
            assertThat(loads.get()).isEqualTo(1);
            assertThat(seen).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aChangedFileIsLoadedAgain() throws Exception {
        Path file = Files.writeString(library.resolve("a.txt"), "First version.\n");
        DocumentCache cache = new DocumentCache(8);
        Document first = cache.open(file).start();
        assertThat(cache.open(file).start()).isSameAs(first);
        assertThat(cache.open(library.resolve("sub/../a.txt").normalize()).start()).as("the same file named otherwise").isSameAs(first);

        Files.writeString(file, "Second version, longer.\n");
        Document second = cache.open(file).start();
        assertThat(second).isNotSameAs(first);
        assertThat(second.paragraph(1).text()).isEqualTo("Second version, longer.");

        // Same size, another modification time: loaded again too.
        Files.writeString(file, "Second version, LONGER.\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(cache.open(file).start().paragraph(1).text()).isEqualTo("Second version, LONGER.");
        assertThat(cache.size()).as("one entry per file").isEqualTo(1);
    }

    @Test
    void theLeastRecentlyAskedForIsDroppedFirst() throws Exception {
        DocumentCache cache = new DocumentCache(2);
        AtomicInteger loadsA = new AtomicInteger();
        AtomicInteger loadsB = new AtomicInteger();
        AtomicInteger loadsC = new AtomicInteger();
        cache.open("a", "v", counting(loadsA, "a"));
        cache.open("b", "v", counting(loadsB, "b"));
        cache.open("a", "v", counting(loadsA, "a")); // a is now the more recent
        cache.open("c", "v", counting(loadsC, "c")); // b goes
        assertThat(cache.size()).isEqualTo(2);

        cache.open("a", "v", counting(loadsA, "a"));
        cache.open("b", "v", counting(loadsB, "b"));
        assertThat(loadsA.get()).isEqualTo(1);
        assertThat(loadsB.get()).as("dropped, then loaded again").isEqualTo(2);
        assertThat(loadsC.get()).isEqualTo(1);
    }

    @Test
    void aFailedLoadIsNotKept() throws Exception {
        DocumentCache cache = new DocumentCache(4);
        AtomicInteger tries = new AtomicInteger();
        DocumentCache.Loader failing = () -> {
            tries.incrementAndGet();
            throw new UnreadableDocumentException("a.txt is empty.");
        };
        assertThatThrownBy(() -> cache.open("a", "v", failing)).hasMessage("a.txt is empty.");
        assertThatThrownBy(() -> cache.open("a", "v", failing)).hasMessage("a.txt is empty.");
        assertThat(tries.get()).isEqualTo(2);
        assertThat(cache.size()).isZero();
        assertThatThrownBy(() -> cache.open(library.resolve("missing.txt"))).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("No such file");
    }

    @Test
    void whatIsWorkedOutIsBuiltOnceForTheDocumentsReaders() throws Exception {
        DocumentCache cache = new DocumentCache(4);
        Document shared = cache.open("a", "v", counting(new AtomicInteger(), "a")).start();
        AtomicInteger builds = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> cache.shared(shared, "index", () -> {
                    builds.incrementAndGet();
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new Object();
                })));
            }
            Object first = answers.get(0).get(10, TimeUnit.SECONDS);
            for (Future<Object> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(builds.get()).isEqualTo(1);
        assertThat(cache.shared(shared, "summary", () -> "summary")).isEqualTo("summary");

        // A document the cache does not hold: built for each caller, kept by none.
        Document stranger = article("b");
        AtomicInteger strangerBuilds = new AtomicInteger();
        cache.shared(stranger, "index", strangerBuilds::incrementAndGet);
        cache.shared(stranger, "index", strangerBuilds::incrementAndGet);
        assertThat(strangerBuilds.get()).isEqualTo(2);
    }

    @Test
    void aLibraryListingSharesItsDocumentsWithTheCache() throws Exception {
        Path file = Files.writeString(library.resolve("a.md"), "# A\n\nText.\n");
        DocumentCache cache = new DocumentCache(4);
        Document opened = cache.open(file).whole();
        List<Library.Entry> entries = Library.list(library, cache);
        assertThat(entries.get(0).document()).isSameAs(opened);
        Document listedElsewhere = DocumentLoader.load(file);
        assertThat(cache.keep(file, listedElsewhere)).isSameAs(opened);
    }
}
