package dev.lectern.search;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lectern.analysis.Language;
import dev.lectern.doc.Document;
import dev.lectern.doc.Paragraph;
import dev.lectern.doc.ScreenText;
import java.time.Duration;
import java.util.List;

/**
 * Jazzer on what is typed after / (see DocumentFuzzTest for how to run): a query or one
 * SearchException, and running it ends within its budget or stops with SearchTooSlowException.
 */
class QueryFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void typedSearch(FuzzedDataProvider data) {
        String typed = data.consumeString(200);
        String text = data.consumeRemainingAsString();
        Query query;
        try {
            query = Query.parse(typed);
        } catch (SearchException refused) {
            ScreenText.assertSafeMessage("refusal", refused.getMessage());
            return;
        }
        if (text.isBlank()) {
            text = "a";
        }
        SearchIndex index = SearchIndex.build(new Document("t", List.of(new Paragraph(1, text)), Language.ENGLISH, null, List.of()));
        try {
            for (Match match : index.search(query, () -> false, SearchProgress.NONE, Duration.ofMillis(100)).matches()) {
                if (match.start() < 0 || match.end() > text.length() || match.start() > match.end()) {
                    throw new AssertionError("match outside its paragraph: " + match);
                }
            }
        } catch (SearchTooSlowException stopped) {
            ScreenText.assertSafeMessage("stopped", stopped.getMessage());
        }
    }
}
