package dev.lectern.tui;

import dev.lectern.doc.Document;
import dev.lectern.doc.Download;
import dev.lectern.doc.UnreadableDocumentException;
import dev.lectern.keymap.Key;
import dev.lectern.session.Action;
import java.util.function.Consumer;

/**
 * An article on its way from the web: the bottom row says how much has come
 * ("fetching example.org… 240 KB"), Esc or Ctrl-C stops it. Opened at start it has the screen
 * to itself and, stopped or failed, ends the reader (the face then says why); opened with
 * {@code :open URL} it sits over the current article, which it replaces once the article has
 * come and leaves as it was otherwise, telling it what went wrong.
 */
final class FetchingPage implements Page {
    private final Download download;
    private final Workspace workspace;
    /** Where a failure is told when over an article; null at start. */
    private final Consumer<String> tellArticle;
    private long shownBytes = -1;

    private FetchingPage(Download download, Workspace workspace, Consumer<String> tellArticle) {
        this.download = download;
        this.workspace = workspace;
        this.tellArticle = tellArticle;
    }

    /** The first page of a reader started on a web address. */
    static FetchingPage atStart(Download download, Workspace workspace) {
        return new FetchingPage(download, workspace, null);
    }

    /** Over the article being read; {@code tellArticle} shows a failure on its status bar. */
    static FetchingPage overArticle(Download download, Workspace workspace, Consumer<String> tellArticle) {
        return new FetchingPage(download, workspace, tellArticle);
    }

    @Override
    public boolean isOverlay() {
        return tellArticle != null;
    }

    @Override
    public void draw(Painter painter) {
        int cols = painter.size().getColumns();
        int rows = painter.size().getRows();
        if (!isOverlay()) {
            painter.fill(0, 0, cols, rows, Theme.Style.CURRENT_TEXT);
            painter.put(1, 0, download.address().toString(), Theme.Style.HEADING, cols - 2);
        }
        painter.fill(0, rows - 1, cols, 1, Theme.Style.STATUS);
        String hint = "  Esc stops ";
        painter.put(1, rows - 1, Painter.shorten(download.progress(), cols - hint.length() - 1), Theme.Style.STATUS, cols - 1);
        if (cols > hint.length() + 20) {
            painter.put(cols - hint.length(), rows - 1, hint, Theme.Style.STATUS, hint.length());
        }
    }

    @Override
    public Reply handle(Key key, Action action) {
        if (action == Action.CLOSE || action == Action.QUIT) {
            download.cancel(); // the reply comes on the next tick, once the fetch has let go
        }
        return Reply.DONE;
    }

    /** Ctrl-C stops the fetch, not the reader. */
    @Override
    public boolean interrupt() {
        download.cancel();
        return true;
    }

    @Override
    public boolean tick() {
        long bytes = download.received();
        if (bytes != shownBytes) {
            shownBytes = bytes;
            return true;
        }
        return false;
    }

    @Override
    public boolean busy() {
        return !download.isDone();
    }

    @Override
    public Reply pendingReply() {
        if (!download.isDone()) {
            return null;
        }
        try {
            Document article = download.document();
            ReaderPage reader = new ReaderPage(article, workspace);
            return isOverlay() ? Reply.replaceUnder(reader) : Reply.replace(reader);
        } catch (UnreadableDocumentException failed) {
            if (!isOverlay()) {
                return Reply.QUIT_ALL; // the face says why, once the screen is gone
            }
            tellArticle.accept(failed.getMessage());
            return Reply.CLOSE;
        }
    }
}
