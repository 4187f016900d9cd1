package dev.lectern.tui;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.lectern.doc.Document;
import dev.lectern.entities.ArticleTokens;
import dev.lectern.entities.EntityIndex;
import dev.lectern.glossary.Glossary;
import dev.lectern.glossary.GlossaryProblem;
import dev.lectern.glossary.UserGlossary;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An article's entities and then its glossary (whose acronyms come from the entities), found
 * on one background thread so that the view keeps the other core; a command that needs them
 * waits for them.
 */
final class ArticleAnalysis {
    private final Document document;
    /**
     * The article's glossary.conf, read on the analysis's thread: its terms are normalised by
     * Lucene's French analysis, whose first use (~30-40 ms) would otherwise hold the view's
     * thread, and so the first key, just after the first frame. Set before the glossary completes.
     */
    private volatile UserGlossary user = UserGlossary.empty();
    private final CompletableFuture<EntityIndex> entities = new CompletableFuture<>();
    private final CompletableFuture<Glossary> glossary = new CompletableFuture<>();
    /**
     * How far the whole analysis has got, in percent: cutting the text takes a fifth of it, the
     * entities most of the rest (10 MB: ~0.5, ~1.5 and ~0.45 s, glossary last).
     */
    private final AtomicInteger percent = new AtomicInteger();
    private static final int TOKENS_SHARE = 20;
    private static final int ENTITIES_SHARE = 83;
    /** Searches running now: the analysis waits for them (see {@link #giveWay}). */
    private int searches;
    /** When the analysis keeps still for the reader's keys. */
    private final QuietForKeys quiet = new QuietForKeys();

    private ArticleAnalysis(Document document) {
        this.document = document;
    }

    static ArticleAnalysis start(Document document) {
        ArticleAnalysis analysis = new ArticleAnalysis(document);
        Thread worker = new Thread(analysis::run, "lectern-analysis");
        worker.setDaemon(true);
        worker.start();
        return analysis;
    }

    private void run() {
        analyse();
        giveBackMemory(); // not in analyse(): its locals would keep the article's tokens from the collector
    }

    private void analyse() {
        try {
            user = UserGlossary.forArticle(document);
            ArticleTokens article = ArticleTokens.of(document, done -> {
                percent.set(TOKENS_SHARE * done / 100);
                giveWayIfAsked();
            });
            EntityIndex index = EntityIndex.build(article, done -> {
                percent.set(TOKENS_SHARE + (ENTITIES_SHARE - TOKENS_SHARE) * done / 100);
                giveWayIfAsked();
            });
            entities.complete(index);
            Glossary built = Glossary.build(article, user, index);
            percent.set(100);
            glossary.complete(built);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // The pane says it could not analyse, rather than "analysing…" for ever.
            entities.completeExceptionally(e);
            glossary.completeExceptionally(e);
        }
    }

    /**
     * The analysis of a long article grows the heap to several times what its results keep, and
     * the JVM keeps what it grew to. One collection, with the heap allowed only a little free
     * room for its duration, gives the rest back (the launcher has the heap shrink at once, not
     * over several collections); the usual room is then restored for the reading that follows.
     * For a short article the collection is short too, and it comes while the first paragraph
     * is read: without it, the heap's first full collection fell on one of the first steps
     * (a 50 ms step, every time, on the seed). The settings are the process's: two analyses
     * finishing together (readers served over SSH) take turns, or one could restore the other's
     * narrow room as the usual one.
     */
    private static synchronized void giveBackMemory() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            String min = vm.getVMOption("MinHeapFreeRatio").getValue();
            String max = vm.getVMOption("MaxHeapFreeRatio").getValue();
            vm.setVMOption("MinHeapFreeRatio", "10");
            vm.setVMOption("MaxHeapFreeRatio", "20");
            System.gc();
            vm.setVMOption("MaxHeapFreeRatio", max);
            vm.setVMOption("MinHeapFreeRatio", min);
        } catch (RuntimeException | LinkageError notThisJvm) {
            System.gc(); // a JVM without these settings: the collection alone still helps
        }
    }

    /**
     * Runs {@code search} with the analysis paused: the reader's search gets both the core and
     * the memory the analysis would take (its collections stop every thread). The analysis
     * pauses at its next paragraph while it cuts the text and lines it up for the entities; its
     * later phases do not pause.
     */
    void giveWay(Runnable search) {
        synchronized (this) {
            searches++;
        }
        try {
            search.run();
        } finally {
            synchronized (this) {
                searches--;
                notifyAll();
            }
        }
    }

    /** Tells the analysis that the reader pressed a key: see {@link QuietForKeys}. */
    void keyPressed() {
        quiet.keyPressed();
    }

    /** Waits while a search runs or a key was just pressed (the early phases, paragraph by paragraph). */
    private synchronized void giveWayIfAsked() {
        while (searches > 0 || quiet.keepStill()) {
            try {
                if (searches > 0) {
                    wait();
                } else {
                    wait(quiet.millisLeft());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    Document document() {
        return document;
    }

    /** The problems found in the article's glossary.conf, for the status bar. */
    List<GlossaryProblem> problems() {
        return user.problems();
    }

    boolean failed() {
        return entities.isCompletedExceptionally() || glossary.isCompletedExceptionally();
    }

    /** How far the analysis has got, in percent. */
    int percent() {
        return percent.get();
    }

    boolean done() {
        return glossary.isDone();
    }

    /** The entities, or null while they are being found (or when that failed). */
    EntityIndex entitiesIfReady() {
        return entities.isDone() ? entities() : null;
    }

    /** The glossary, or null while it is being built (or when that failed). */
    Glossary glossaryIfReady() {
        return glossary.isDone() ? glossary() : null;
    }

    /** The entities, waiting for them; null when they could not be found. */
    EntityIndex entities() {
        try {
            return entities.join();
        } catch (CompletionException e) {
            return null;
        }
    }

    /** The glossary, waiting for it; null when it could not be built. */
    Glossary glossary() {
        try {
            return glossary.join();
        } catch (CompletionException e) {
            return null;
        }
    }
}
