package dev.lectern.tui;

import dev.lectern.doc.Document;
import dev.lectern.doc.Download;
import dev.lectern.doc.UnreadableDocumentException;
import dev.lectern.doc.WebLibrary;
import dev.lectern.keymap.Key;
import dev.lectern.session.Action;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * An article on its way from the web: the bottom row says how much has come
 * ("fetching example.org… 240 KB"), Esc or Ctrl-C stops it. Opened at start it has the screen
 * to itself and, stopped or failed, ends the reader (the face then says why); opened with
 * {@code :open URL} it sits over the current article, which it replaces once the article has
 * come and leaves as it was otherwise, telling it what went wrong. Opened from a library (an
 * article of a served list of web addresses not fetched yet), it sits over the library and opens
 * the article on top of it, so that q goes back to the library.
 */
final class FetchingPage implements Page {
    /** What the page waits for: a fetch of its own, or a web library's fetch of one of its articles. */
    interface Arrival {
        /** Shown at the top when the page has the screen to itself. */
        String heading();

        /** The bottom row meanwhile. */
        String progress();

        /** A figure that changes as the wait goes on (bytes, seconds): the page is drawn again when it does. */
        long received();

        /** Stops waiting; {@link #document()} then fails saying so. */
        void cancel();

        boolean isDone();

        /** The article; a failure says why in one line. Call once {@link #isDone()}. */
        Document document() throws UnreadableDocumentException;

        /** What Esc does, on the bottom row's right. */
        default String escape() {
            return "Esc stops";
        }
    }

    /** Where the page sits, which says what it does once the article has come or could not. */
    private enum Over {
        NOTHING, ARTICLE, LIBRARY
    }

    private final Arrival arrival;
    private final Workspace workspace;
    private final Over over;
    /** Where a failure is told when over a page; null at start. */
    private final Consumer<String> tellBelow;
    private long shownBytes = -1;

    private FetchingPage(Arrival arrival, Workspace workspace, Over over, Consumer<String> tellBelow) {
        this.arrival = arrival;
        this.workspace = workspace;
        this.over = over;
        this.tellBelow = tellBelow;
    }

    /** The first page of a reader started on a web address. */
    static FetchingPage atStart(Download download, Workspace workspace) {
        return atStart(of(download), workspace);
    }

    /** The first page of a reader started on an article still to come. */
    static FetchingPage atStart(Arrival arrival, Workspace workspace) {
        return new FetchingPage(arrival, workspace, Over.NOTHING, null);
    }

    /** Over the article being read; {@code tellArticle} shows a failure on its status bar. */
    static FetchingPage overArticle(Download download, Workspace workspace, Consumer<String> tellArticle) {
        return overArticle(of(download), workspace, tellArticle);
    }

    static FetchingPage overArticle(Arrival arrival, Workspace workspace, Consumer<String> tellArticle) {
        return new FetchingPage(arrival, workspace, Over.ARTICLE, tellArticle);
    }

    /** Over the library; the article opens above it; {@code tellLibrary} shows a failure on its status bar. */
    static FetchingPage overLibrary(Arrival arrival, Workspace workspace, Consumer<String> tellLibrary) {
        return new FetchingPage(arrival, workspace, Over.LIBRARY, tellLibrary);
    }

    /** A fetch of the reader's own, with its bytes counted. */
    static Arrival of(Download download) {
        return new Arrival() {
            @Override
            public String heading() {
                return download.address().toString();
            }

            @Override
            public String progress() {
                return download.progress();
            }

            @Override
            public long received() {
                return download.received();
            }

            @Override
            public void cancel() {
                download.cancel();
            }

            @Override
            public boolean isDone() {
                return download.isDone();
            }

            @Override
            public Document document() throws UnreadableDocumentException {
                return download.document();
            }
        };
    }

    /**
     * Article {@code number} of a served list of web addresses, fetched by the library on a thread
     * of its own (once, however many readers wait for it; with the limits and messages of the
     * one-shot commands) and kept for every reader. Esc stops this reader's wait, not the fetch.
     */
    static Arrival copyOf(WebLibrary web, int number) {
        CompletableFuture<Document> coming = new CompletableFuture<>();
        String address = web.addresses().get(number - 1).toString();
        long started = System.nanoTime();
        Thread fetching = new Thread(() -> {
            try {
                coming.complete(web.article(number));
            } catch (UnreadableDocumentException | RuntimeException e) {
                coming.completeExceptionally(e);
            }
        }, "lectern-library-fetch");
        fetching.setDaemon(true);
        fetching.start();
        return new Arrival() {
            @Override
            public String heading() {
                return address;
            }

            @Override
            public String progress() {
                return "fetching article " + number + " of the list, " + web.addresses().get(number - 1).getHost() + "… "
                        + received() + " s";
            }

            @Override
            public long received() {
                return (System.nanoTime() - started) / 1_000_000_000L;
            }

            @Override
            public void cancel() {
                coming.completeExceptionally(new UnreadableDocumentException(
                        "Stopped waiting for article " + number + "; it is still being fetched for the library."));
            }

            @Override
            public boolean isDone() {
                return coming.isDone();
            }

            @Override
            public String escape() {
                return "Esc stops waiting"; // the library's fetch goes on
            }

            @Override
            public Document document() throws UnreadableDocumentException {
                try {
                    return coming.join();
                } catch (CompletionException e) {
                    if (e.getCause() instanceof UnreadableDocumentException unreadable) {
                        throw unreadable;
                    }
                    throw new UnreadableDocumentException("Could not read " + address + ": " + e.getCause() + ".");
                }
            }
        };
    }

    @Override
    public boolean isOverlay() {
        return over != Over.NOTHING;
    }

    @Override
    public void draw(Painter painter) {
        int cols = painter.size().getColumns();
        int rows = painter.size().getRows();
        if (!isOverlay()) {
            painter.fill(0, 0, cols, rows, Theme.Style.CURRENT_TEXT);
            painter.put(1, 0, arrival.heading(), Theme.Style.HEADING, cols - 2);
        }
        painter.fill(0, rows - 1, cols, 1, Theme.Style.STATUS);
        String hint = "  " + arrival.escape() + " ";
        painter.put(1, rows - 1, Painter.shorten(arrival.progress(), cols - hint.length() - 1), Theme.Style.STATUS, cols - 1);
        if (cols > hint.length() + 20) {
            painter.put(cols - hint.length(), rows - 1, hint, Theme.Style.STATUS, hint.length());
        }
    }

    @Override
    public Reply handle(Key key, Action action) {
        if (action == Action.CLOSE || action == Action.QUIT) {
            arrival.cancel(); // the reply comes on the next tick, once the fetch has let go
        }
        return Reply.DONE;
    }

    /** Ctrl-C stops the fetch, not the reader. */
    @Override
    public boolean interrupt() {
        arrival.cancel();
        return true;
    }

    @Override
    public boolean tick() {
        long bytes = arrival.received();
        if (bytes != shownBytes) {
            shownBytes = bytes;
            return true;
        }
        return false;
    }

    @Override
    public boolean busy() {
        return !arrival.isDone();
    }

    @Override
    public Reply pendingReply() {
        if (!arrival.isDone()) {
            return null;
        }
        try {
            Document article = arrival.document();
            ReaderPage reader = new ReaderPage(article, workspace);
            return switch (over) {
                case NOTHING, LIBRARY -> Reply.replace(reader);
                case ARTICLE -> Reply.replaceUnder(reader);
            };
        } catch (UnreadableDocumentException failed) {
            if (!isOverlay()) {
                return Reply.QUIT_ALL; // the face says why, once the screen is gone
            }
            tellBelow.accept(failed.getMessage());
            return Reply.CLOSE;
        }
    }
}
