package dev.lectern.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.analysis.Language;
import org.junit.jupiter.api.Test;

class FigureSpotterTest {
    private static java.util.List<String> figures(Language language, String text) {
        return EntityIndex.build(Texts.document(language, text)).ofType(EntityType.FIGURE).stream().map(Entity::name).toList();
    }

    @Test
    void numbersWithWhatTheyCount() {
        assertThat(figures(Language.FRENCH, "12 policiers sont morts, avec 353 autres blessés et 3 millions de dollars de dégâts."))
                .containsExactlyInAnyOrder("12 policiers", "353 autres blessés", "3 millions de dollars");
    }

    @Test
    void yearsDatesAndPercentages() {
        assertThat(figures(Language.FRENCH, "Il a démissionné en 2019, le 5 janvier 2022 les prix ont pris 40 %."))
                .containsExactlyInAnyOrder("2019", "5 janvier 2022", "40 %");
        assertThat(figures(Language.ENGLISH, "Prices rose in March 2022 by 12 percent.")).containsExactlyInAnyOrder("March 2022", "12 percent");
    }

    @Test
    void aBareNumberIsNoFigure() {
        assertThat(figures(Language.FRENCH, "Voir la page 3 et le chapitre 12.")).isEmpty();
    }
}
