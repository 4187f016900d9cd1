package dev.lectern.search;

import dev.lectern.doc.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Searches an article too long to keep a {@link SearchIndex} of: the index of 10 MB of text takes
 * ~21 MB of heap and twice that while built, so 100 MB would take more memory than the article
 * itself. Instead an index is built for one slice of paragraphs at a time, searched and dropped:
 * memory stays that of one slice, and each search costs a pass over the article (seconds for
 * 100 MB, with progress shown and Esc to stop). A word or phrase is found in a paragraph from
 * that paragraph's words alone, so the matches are those of a whole index; "did you mean" draws
 * on the words of the slices only.
 */
public final class SlicedSearch {
    /** Articles with more characters than this are searched in slices. */
    public static final long MOST_INDEXED_CHARACTERS = 24_000_000;
    private static final long SLICE_CHARACTERS = 2_000_000;

    private SlicedSearch() {
    }

    /** True when {@code document} is too long to keep an index of. */
    public static boolean isNeededFor(Document document) {
        return document.charsBefore(document.size() + 1) > MOST_INDEXED_CHARACTERS;
    }

    /**
     * Runs {@code query} over {@code document}, slice by slice.
     *
     * @throws CancellationException if {@code cancelled} said so before the end
     */
    public static SearchResult search(Document document, Query query, BooleanSupplier cancelled, SearchProgress progress) {
        return search(document, query, cancelled, progress, SLICE_CHARACTERS);
    }

    /** {@code sliceCharacters}: how long a slice is (short in tests, to have many). */
    static SearchResult search(Document document, Query query, BooleanSupplier cancelled, SearchProgress progress,
                               long sliceCharacters) {
        if (query instanceof Query.Regex) {
            return SearchIndex.build(document, 1, 0).search(query, cancelled, progress); // scans every paragraph anyway
        }
        int total = document.size();
        List<Match> matches = new ArrayList<>();
        List<String> suggestions = List.of();
        int from = 1;
        while (from <= total) {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw new CancellationException("search cancelled");
            }
            progress.update(from - 1, total);
            int to = sliceEnd(document, from, sliceCharacters);
            SearchResult slice = SearchIndex.build(document, from, to).search(query, cancelled, SearchProgress.NONE);
            matches.addAll(slice.matches());
            if (suggestions.isEmpty()) {
                suggestions = slice.suggestions();
            }
            from = to + 1;
        }
        progress.update(total, total);
        return new SearchResult(query, matches, matches.isEmpty() ? suggestions : List.of());
    }

    /** The last paragraph of the slice that starts at {@code from}, about {@code sliceCharacters} long. */
    private static int sliceEnd(Document document, int from, long sliceCharacters) {
        return document.lastStartingBefore(document.charsBefore(from) + sliceCharacters, from, document.size());
    }
}
