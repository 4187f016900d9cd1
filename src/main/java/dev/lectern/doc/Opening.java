package dev.lectern.doc;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A document being opened: {@link #start()} can be shown now. For a long file the whole
 * document is parsed on another thread, started by {@link #loadRest()} once the first screen
 * is up, so that the two do not compete for the processor.
 */
public final class Opening {
    private final Document start;
    private final Callable<Document> parseWhole;
    private CompletableFuture<Document> rest;

    Opening(Document start, Callable<Document> parseWhole) {
        this.start = start;
        this.parseWhole = parseWhole;
    }

    public static Opening complete(Document document) {
        return new Opening(document, null);
    }

    public Document start() {
        return start;
    }

    public boolean isComplete() {
        return parseWhole == null;
    }

    /** Starts parsing the whole document (once); null when {@link #start()} is already whole. */
    public synchronized CompletableFuture<Document> loadRest() {
        if (parseWhole == null) {
            return null;
        }
        if (rest == null) {
            rest = new CompletableFuture<>();
            Thread loader = new Thread(() -> {
                try {
                    rest.complete(parseWhole.call());
                } catch (Exception | OutOfMemoryError e) {
                    rest.completeExceptionally(e);
                }
            }, "lectern-load");
            loader.setDaemon(true);
            loader.start();
        }
        return rest;
    }

    /** The whole document if it has loaded, else null; starts nothing. */
    synchronized Document restIfLoaded() {
        return rest != null && rest.isDone() && !rest.isCompletedExceptionally() ? rest.join() : null;
    }

    /** The whole document, loading and waiting for it if need be. */
    public Document whole() throws UnreadableDocumentException {
        CompletableFuture<Document> loading = loadRest();
        if (loading == null) {
            return start;
        }
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            if (e.getCause() instanceof OutOfMemoryError) {
                throw new UnreadableDocumentException(start.source() + " is too large to open.");
            }
            throw e;
        }
    }
}
