package dev.lectern.doc;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An article being fetched from the web on its own thread, so that a face can show how far it
 * has got and let the reader stop it: {@link #received()} counts the bytes so far,
 * {@link #cancel()} stops it, {@link #document()} waits for the article or its one-line failure.
 */
public final class Download {
    private final URI address;
    private final AtomicLong received = new AtomicLong();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CompletableFuture<Document> result = new CompletableFuture<>();

    private Download(URI address) {
        this.address = address;
    }

    /** Starts fetching {@code address} and reading it as an article. */
    public static Download start(URI address, FetchSettings settings) {
        Download download = new Download(address);
        Thread fetcher = new Thread(() -> {
            try {
                WebFetcher.Page page = new WebFetcher(settings).fetch(address, download.received::set, download.cancelled::get);
                download.result.complete(WebArticle.read(page));
            } catch (UnreadableDocumentException | RuntimeException | OutOfMemoryError e) {
                download.result.completeExceptionally(e);
            }
        }, "lectern-fetch");
        fetcher.setDaemon(true);
        fetcher.start();
        return download;
    }

    public URI address() {
        return address;
    }

    /** The bytes that have arrived so far (as sent, before any decompression). */
    public long received() {
        return received.get();
    }

    /** What to show meanwhile: "fetching example.org… 240 KB". */
    public String progress() {
        return "fetching " + address.getHost() + "… " + ByteSize.of(received());
    }

    /** Stops the fetch; {@link #document()} then fails with "Fetching … stopped." */
    public void cancel() {
        cancelled.set(true);
        // At once, even while the fetch thread is still busy setting up the client (TLS: seconds
        // on a cold start); it lets go of the connection on its own soon after.
        result.completeExceptionally(new FetchException("Fetching " + WebAddress.shown(address) + " stopped."));
    }

    public boolean isDone() {
        return result.isDone();
    }

    /** Waits up to {@code millis} for the end; true when it has come. */
    public boolean await(long millis) {
        try {
            result.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return result.isDone();
        } catch (ExecutionException failed) {
            return true;
        }
    }

    /** The article, waiting for it; a failure is one line (a {@link FetchException} when the page could not be had). */
    public Document document() throws UnreadableDocumentException {
        try {
            return result.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            if (cause instanceof OutOfMemoryError) {
                throw new UnreadableDocumentException(WebAddress.shown(address) + " is too large to open.");
            }
            throw new FetchException("Could not read " + WebAddress.shown(address) + ": " + cause + ".", cause);
        }
    }

    /** Fetches and reads {@code address} on this thread's behalf, waiting for it. */
    public static Document fetch(URI address, FetchSettings settings) throws UnreadableDocumentException {
        return start(address, settings).document();
    }
}
