package dev.lectern.doc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The documents open in this process, each loaded once and shared read-only by every reader of
 * it, with what is worked out from it (entities, glossary, search index, summary): positions,
 * marks, matches and popups stay with each reader. A document is known by where it is (a file's
 * real path, or a web address) and its version (a file's size and modification time): a file
 * changed on the disk is loaded again. At most {@code capacity} documents are kept, the least
 * recently asked for dropped first; a reader still holding a dropped one keeps reading it.
 *
 * <p>Two readers asking at once for a document not yet loaded wait for one load.
 */
public final class DocumentCache {
    /** Loads a document (see {@link DocumentLoader#open}); its failure says why in one line. */
    @FunctionalInterface
    public interface Loader {
        Opening load() throws UnreadableDocumentException;
    }

    /** One document: its version and its opening, loaded once; what is worked out from it. */
    private static final class Entry {
        final String version;
        final CompletableFuture<Opening> opening = new CompletableFuture<>();
        final Map<String, CompletableFuture<Object>> analyses = new ConcurrentHashMap<>();

        Entry(String version) {
            this.version = version;
        }

        /**
         * Which part of this entry's document {@code document} is: "start" (a long file's first
         * part, or the whole of any other), "whole" (a long file's whole); null when not this one's.
         */
        String partOf(Document document) {
            Opening open = opening.getNow(null);
            if (open == null) {
                return null;
            }
            if (open.start() == document) {
                return "start";
            }
            return !open.isComplete() && open.restIfLoaded() == document ? "whole" : null;
        }
    }

    private final int capacity;
    /** Where → entry, least recently asked for first. */
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    public DocumentCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a cache keeps at least one document");
        }
        this.capacity = capacity;
    }

    /**
     * The file opened (see {@link DocumentLoader#open}), from the cache when it has not changed
     * since it was loaded.
     */
    public Opening open(Path file) throws UnreadableDocumentException {
        return open(file, () -> DocumentLoader.open(file));
    }

    /** As {@link #open(Path)}, the file read by {@code loader} (a saved copy with its metadata). */
    public Opening open(Path file, Loader loader) throws UnreadableDocumentException {
        String[] identity = identity(file);
        if (identity == null) {
            return loader.load(); // not cached: the loader says what is wrong with it
        }
        return open(identity[0], identity[1], loader);
    }

    /**
     * Keeps {@code document}, loaded from {@code file} elsewhere (a library listing), unless the
     * cache has that file already: then gives the one kept, so that readers share it.
     */
    public Document keep(Path file, Document document) {
        String[] identity = identity(file);
        return identity == null ? document : keep(identity[0], identity[1], document);
    }

    /**
     * A file's real path and version (size, modification time, and the file's identity on the
     * disk, which a file replaced by a rename changes); null when it is no readable file.
     */
    private static String[] identity(Path file) {
        try {
            Path real = file.toRealPath();
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return null;
            }
            return new String[] {real.toString(), attributes.size() + " bytes, " + attributes.lastModifiedTime().toInstant()
                    + ", " + attributes.fileKey()};
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /**
     * The document at {@code where} in {@code version}, loaded by {@code loader} unless it is
     * already, or being, loaded: then the caller waits for that one load. A failed load is not
     * kept, so the next reader tries again.
     */
    public Opening open(String where, String version, Loader loader) throws UnreadableDocumentException {
        Entry entry;
        boolean loadHere = false;
        synchronized (this) {
            entry = entries.get(where);
            if (entry == null || !entry.version.equals(version)) {
                entry = new Entry(version);
                entries.put(where, entry);
                loadHere = true;
                trim();
            }
        }
        if (loadHere) {
            try {
                entry.opening.complete(loader.load());
            } catch (UnreadableDocumentException | RuntimeException | OutOfMemoryError e) {
                entry.opening.completeExceptionally(e);
                forget(where, entry);
            }
        }
        try {
            return entry.opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            if (e.getCause() instanceof OutOfMemoryError) {
                throw new UnreadableDocumentException(where + " is too large to open.");
            }
            throw e;
        }
    }

    /** Adds an article loaded elsewhere (a page just fetched) under {@code where}, or gives the one already kept. */
    public Document keep(String where, String version, Document document) {
        try {
            return open(where, version, () -> Opening.complete(document)).start();
        } catch (UnreadableDocumentException impossible) {
            return document;
        }
    }

    /**
     * What is worked out from {@code document} under the name {@code kind}, built once by
     * {@code build} for all its readers; built for this caller alone when the document is not
     * one of the cache's. {@code build} must give something readers can share (immutable, or
     * safe for several threads).
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Document document, String kind, Supplier<T> build) {
        Entry entry;
        String part = null;
        synchronized (this) {
            entry = null;
            for (Entry each : entries.values()) {
                part = each.partOf(document);
                if (part != null) {
                    entry = each;
                    break;
                }
            }
        }
        if (entry == null) {
            return build.get();
        }
        String key = kind + " of the " + part;
        CompletableFuture<Object> made = new CompletableFuture<>();
        CompletableFuture<Object> earlier = entry.analyses.putIfAbsent(key, made);
        if (earlier == null) {
            try {
                made.complete(build.get());
            } catch (RuntimeException | Error e) {
                entry.analyses.remove(key, made);
                made.completeExceptionally(e);
                throw e;
            }
            return (T) made.join();
        }
        try {
            return (T) earlier.join();
        } catch (CompletionException e) {
            // The build failed for the reader who ran it: this reader tries again on its own.
            return build.get();
        }
    }

    /** The documents kept now. */
    public synchronized int size() {
        return entries.size();
    }

    private synchronized void forget(String where, Entry entry) {
        entries.remove(where, entry);
    }

    /** Drops the least recently asked for documents beyond the capacity. */
    private void trim() {
        Iterator<Entry> eldest = entries.values().iterator();
        while (entries.size() > capacity && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }
}
