package dev.lectern.search;

/** Told how far a scanning search has got, so that the view can show it. */
@FunctionalInterface
public interface SearchProgress {
    SearchProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} paragraphs to scan have been scanned. */
    void update(int done, int total);
}
