package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Searching slice by slice finds what one index of the whole finds. */
class SlicedSearchTest {
    private static final List<String> QUERIES = List.of("manifestation", "Tokaïev", "jomart", "soldats paix",
            "la", "la manifestation", "\"soldats de la paix\"", "\"de la\"", "/Alm[a-z]+/", "/\\d+/", "Kazakhstan OTSC");

    @Test
    void slicesFindWhatTheWholeIndexFinds() throws Exception {
        for (Path file : List.of(Path.of("content/kazakhstan-otsc.fr.txt"),
                Path.of("src/test/resources/dev/lectern/entities/grain-talks.en.txt"))) {
            Document document = DocumentLoader.load(file);
            SearchIndex whole = SearchIndex.build(document);
            for (long slice : new long[] {1, 300, 2_000, 1_000_000}) {
                for (String typed : QUERIES) {
                    Query query = Query.parse(typed);
                    assertThat(SlicedSearch.search(document, query, () -> false, SearchProgress.NONE, slice).matches())
                            .as(file + ", slices of " + slice + ", " + typed)
                            .isEqualTo(whole.search(query).matches());
                }
            }
        }
    }

    @Test
    void aWordTheArticleLacksStillGetsADidYouMean() throws Exception {
        Document document = DocumentLoader.load(Path.of("content/kazakhstan-otsc.fr.txt"));
        SearchResult result = SlicedSearch.search(document, Query.parse("manifestatoin"), () -> false, SearchProgress.NONE, 2_000);
        assertThat(result.isEmpty()).isTrue();
        assertThat(result.suggestions()).isNotEmpty();
    }

    @Test
    void onlyVeryLongArticlesAreSearchedInSlices() throws Exception {
        assertThat(SlicedSearch.isNeededFor(DocumentLoader.load(Path.of("content/kazakhstan-otsc.fr.txt")))).isFalse();
    }
}
