package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class QueryTest {

    @Test
    void plainWordsAreAWordQuery() throws Exception {
        Query query = Query.parse("  Psaki   manifestations ");
        assertThat(query).isInstanceOf(Query.Words.class);
        assertThat(query.text()).isEqualTo("Psaki   manifestations");
        assertThat(((Query.Words) query).words()).containsExactly("Psaki", "manifestations");
    }

    @Test
    void quotesMakeAPhrase() throws Exception {
        assertThat(Query.parse("\"soldats de la paix\"")).isEqualTo(
                new Query.Phrase("\"soldats de la paix\"", "soldats de la paix"));
        assertThat(((Query.Phrase) Query.parse("« soldats de la paix »")).phrase()).isEqualTo("soldats de la paix");
        assertThat(((Query.Phrase) Query.parse("“la paix”")).phrase()).isEqualTo("la paix");
    }

    @Test
    void slashesMakeACaseInsensitiveRegex() throws Exception {
        Query.Regex regex = (Query.Regex) Query.parse("/tokaï?ev/");
        assertThat(regex.pattern().pattern()).isEqualTo("tokaï?ev");
        assertThat(regex.pattern().matcher("TOKAÏEV").find()).isTrue();
        assertThat(regex.pattern().flags() & Pattern.CASE_INSENSITIVE).isNotZero();
    }

    @Test
    void aTrailingCMakesTheRegexCaseSensitive() throws Exception {
        Query.Regex regex = (Query.Regex) Query.parse("/Psaki/c");
        assertThat(regex.pattern().matcher("psaki").find()).isFalse();
        assertThat(regex.pattern().matcher("Psaki").find()).isTrue();
    }

    @Test
    void theClosingSlashMayBeLeftOutAndTheLastSlashCloses() throws Exception {
        assertThatThrownBy(() -> Query.parse("/a/b")).hasMessageContaining("remove \"b\"");
        assertThat(((Query.Regex) Query.parse("/psaki")).pattern().pattern()).isEqualTo("psaki");
        assertThat(((Query.Regex) Query.parse("/a/b/")).pattern().pattern()).isEqualTo("a/b");
    }

    @Test
    void anInvalidRegexGivesOnlyItsErrorDescription() {
        String description = null;
        try {
            Pattern.compile("(psaki");
        } catch (PatternSyntaxException e) {
            description = e.getDescription();
        }
        assertThat(description).isNotBlank();
        assertThatThrownBy(() -> Query.parse("/(psaki/"))
                .isInstanceOf(SearchException.class)
                .hasMessage(description)
                .hasNoCause();
        assertThatThrownBy(() -> Query.parse("/[a-/")).isInstanceOf(SearchException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("[a-"));
    }

    @Test
    void emptyAndMixedQueriesAreRefusedInOneLine() {
        assertThatThrownBy(() -> Query.parse("   ")).hasMessage("Nothing to search for.");
        assertThatThrownBy(() -> Query.parse("« ! »")).hasMessage("The phrase has no words.");
        assertThatThrownBy(() -> Query.parse("...")).hasMessageStartingWith("Nothing to search for");
        assertThatThrownBy(() -> Query.parse("//")).hasMessage("The regex is empty.");
        assertThatThrownBy(() -> Query.parse("\"\"")).hasMessage("The phrase is empty.");
        assertThatThrownBy(() -> Query.parse("\"soldats de la paix")).hasMessage("The phrase has no closing \".");
        assertThatThrownBy(() -> Query.parse("\"la paix\" psaki"))
                .hasMessage("Search either for words or for one \"phrase in quotes\", not both.");
        assertThatThrownBy(() -> Query.parse("psaki \"la paix\""))
                .hasMessage("Search either for words or for one \"phrase in quotes\", not both.");
        assertThatThrownBy(() -> Query.parse("/psaki/ words"))
                .isInstanceOf(SearchException.class)
                .hasMessageContaining("remove \"words\"");
    }
}
