package dev.lectern.bench;

import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentCache;
import dev.lectern.entities.EntityIndex;
import dev.lectern.glossary.Glossary;
import dev.lectern.glossary.UserGlossary;
import dev.lectern.layout.LineWrapper;
import dev.lectern.layout.WrappedText;
import dev.lectern.search.Query;
import dev.lectern.search.SearchIndex;
import dev.lectern.search.SearchResult;
import dev.lectern.session.Position;
import dev.lectern.session.PositionStore;
import dev.lectern.session.ReadingSession;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The memory each extra reader of an article already open costs, at the core's level: one
 * document and its analyses (entities, glossary, search index) loaded through the
 * {@link DocumentCache} and shared, then N readers, each with what is its own — a
 * {@link ReadingSession} at its place with marks, the result of its last search, the place kept
 * for saving, and the paragraphs it has wrapped (as the reader's page keeps them: one screen for
 * a reader who has just opened the article, 256 for one who has read on; the page keeps at most
 * 256). Retained heap is read after full collections. Prints figures; asserts nothing.
 * <pre>
 *   java -XX:+UseSerialGC -cp ... dev.lectern.bench.ReaderMemory [ARTICLE] [READERS]
 * </pre>
 * ARTICLE defaults to the shared bench novel (1.4 MB), READERS to 200.
 */
public final class ReaderMemory {
    private static final int WIDTH = 80;
    private static final List<String> QUERIES = List.of("d'Artagnan", "cardinal", "reine", "Milady", "épée", "Paris");

    /** What one reader holds of its own; kept reachable while measured. */
    private record Reader(ReadingSession session, SearchResult search, Map<Integer, WrappedText> wrapped,
                          PositionStore.Saved place) {
    }

    private ReaderMemory() {
    }

    public static void main(String[] args) throws Exception {
        Path article = Path.of(args.length > 0 ? args[0] : "../shared/bench/les-trois-mousquetaires.fr.txt");
        int readers = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        if (!Files.isRegularFile(article)) {
            System.err.println("no article at " + article + " (the shared bench data): nothing measured");
            System.exit(2);
        }
        long empty = retained();
        DocumentCache cache = new DocumentCache(4);
        Document document = cache.open(article).whole();
        long documentOnly = retained();
        SearchIndex index = cache.shared(document, "search index", () -> SearchIndex.build(document));
        EntityIndex entities = cache.shared(document, "entities", () -> EntityIndex.build(document));
        Glossary glossary = cache.shared(document, "glossary", () -> Glossary.build(document, UserGlossary.empty(), entities));
        long shared = retained();
        System.out.printf("article: %s, %d paragraphs, %.1f M characters%n", article.getFileName(), document.size(),
                document.charsBefore(document.size() + 1) / 1e6);
        System.out.printf("shared once: document %.1f MB, with its analyses %.1f MB%n", mb(documentOnly - empty), mb(shared - empty));

        // Each reader's parts one by one: its place and marks alone, then with its last search,
        // then with one screen's wrapped paragraphs, then with a full cache of them.
        String[] kinds = {"place and marks only", "+ its last search", "+ one screen wrapped (30 paragraphs)",
                "+ 256 paragraphs wrapped (the page's most)"};
        for (int kind = 0; kind < kinds.length; kind++) {
            List<Reader> open = new ArrayList<>();
            Random random = new Random(42);
            long before = retained();
            for (int i = 0; i < readers; i++) {
                open.add(reader(cache, document, random, kind >= 1, kind == 2 ? 30 : kind == 3 ? 256 : 0));
            }
            long after = retained();
            System.out.printf("%d readers, %s: %.1f KB per reader (%.2f MB in all)%n",
                    readers, kinds[kind], (after - before) / 1024.0 / readers, mb(after - before));
            if (open.size() != readers) {
                throw new IllegalStateException("lost a reader");
            }
        }
        // Kept reachable to the end, so that nothing shared was collected while readers were measured.
        System.out.println("(shared objects kept: " + (index.document() == document) + ", "
                + entities.entities().size() + " entities, " + glossary.entries().size() + " glossary entries)");
    }

    /** A reader who opened the article through the cache, moved, set marks, searched, and wrapped what it saw. */
    private static Reader reader(DocumentCache cache, Document document, Random random, boolean searched, int wrappedParagraphs)
            throws dev.lectern.search.SearchException {
        SearchIndex index = cache.shared(document, "search index", () -> SearchIndex.build(document));
        ReadingSession session = new ReadingSession(document.size());
        int at = 1 + random.nextInt(document.size());
        session.jumpTo(at);
        session.setMark('a');
        session.jumpTo(Math.max(1, at - 40));
        session.setMark('b');
        String query = QUERIES.get(random.nextInt(QUERIES.size()));
        SearchResult search = searched ? index.search(Query.parse(query)) : null;
        Map<Integer, WrappedText> wrapped = new LinkedHashMap<>(64, 0.75f, true);
        for (int p = session.paragraph(); p < session.paragraph() + wrappedParagraphs && p <= document.size(); p++) {
            wrapped.put(p, LineWrapper.wrap(document.paragraph(p).text(), WIDTH));
        }
        Map<Character, Long> setAt = new HashMap<>();
        session.marks().keySet().forEach(letter -> setAt.put(letter, System.currentTimeMillis()));
        PositionStore.Saved place = new PositionStore.Saved(new Position(session.paragraph(), 0), session.marks(),
                System.currentTimeMillis(), setAt);
        return new Reader(session, search, wrapped, place);
    }

    /** The heap in use once the collector has taken all it can. */
    private static long retained() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
