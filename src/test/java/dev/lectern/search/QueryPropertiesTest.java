package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.analysis.Language;
import dev.lectern.doc.Document;
import dev.lectern.doc.HostileText;
import dev.lectern.doc.Paragraph;
import dev.lectern.doc.ScreenText;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever is typed after /, it is a query or one clear refusal, and running it ends. */
class QueryPropertiesTest {
    private static final SearchIndex INDEX = SearchIndex.build(new Document("t", List.of(
            new Paragraph(1, "Le président Kassym-Jomart Tokaïev a demandé l'aide de l'OTSC."),
            new Paragraph(2, "a".repeat(3000) + "b"),
            new Paragraph(3, "Élections, « soldats de la paix » and \"quotes\" 1234 ½ 😀")), Language.FRENCH, null, List.of()));

    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> regexPiece = Arbitraries.of("(", ")", "(?", "[", "]", "{", "}", "{2,}", "+", "*", "?", "|",
                "\\", "\\b", "\\w", "\\p{L}", "\\Q", "\\E", ".", "^", "$", "a", "(a+)+", "(a|aa)+", "(?<n>a)", "\\k<n>",
                "(?=a)", "(?<=a{1,5})", "/", "/c", "/i", "\"", "«", "»", "“", "”", " ");
        Arbitrary<String> regex = regexPiece.list().ofMaxSize(12).map(list -> "/" + String.join("", list));
        return Arbitraries.oneOf(regex, HostileText.text(12));
    }

    @Property(tries = 1000)
    void anythingTypedIsAQueryOrOneClearRefusal(@ForAll("typed") String typed) {
        Query query;
        try {
            query = Query.parse(typed);
        } catch (SearchException refused) {
            ScreenText.assertSafeMessage("refusal", refused.getMessage());
            return;
        }
        try {
            SearchResult result = INDEX.search(query, () -> false, SearchProgress.NONE, Duration.ofMillis(200));
            for (Match match : result.matches()) {
                assertThat(match.start()).isBetween(0, match.end());
            }
        } catch (SearchTooSlowException stopped) {
            ScreenText.assertSafeMessage("stopped", stopped.getMessage());
        }
    }
}
