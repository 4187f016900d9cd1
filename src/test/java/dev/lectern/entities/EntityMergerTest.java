package dev.lectern.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.analysis.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMergerTest {
    @Test
    void spellingsOfOneNameAreTheSameWord() {
        assertThat(EntityMerger.sameWord("tokayev", "tokaiev")).isTrue();
        assertThat(EntityMerger.sameWord("nazarbayev", "nazarbaiev")).isTrue();
        assertThat(EntityMerger.sameWord("zelensky", "zelenskyy")).isTrue();
        assertThat(EntityMerger.sameWord("martin", "martine")).isTrue();
        assertThat(EntityMerger.sameWord("jean", "joan")).isFalse(); // too short to tell
        assertThat(EntityMerger.sameWord("walter", "palter")).isFalse(); // first letters differ
        assertThat(EntityMerger.sameWord("forestier", "fontaine")).isFalse();
    }

    @Test
    void initialsSkipParticlesAndStopWords() {
        assertThat(Acronym.initials("Organisation du traité de sécurité collective", Language.FRENCH)).isEqualTo("otsc");
        assertThat(Acronym.initials("International Atomic Energy Agency", Language.ENGLISH)).isEqualTo("iaea");
        assertThat(Acronym.standsFor("OTSC", "Organisation du Traité de sécurité collective", Language.FRENCH)).isTrue();
        assertThat(Acronym.looksLikeOne("OTSC")).isTrue();
        assertThat(Acronym.looksLikeOne("Otsc")).isFalse();
    }

    @Test
    void anAcronymInParenthesesJoinsItsNameEitherWay() {
        EntityIndex index = EntityIndex.build(Texts.document(Language.FRENCH,
                "Le Fonds mondial (FM) aide le Programme alimentaire.",
                "Selon le PAM (Programme alimentaire), le FM paie."));
        Entity fonds = index.find("FM", false).orElseThrow();
        assertThat(fonds.name()).isEqualTo("Fonds mondial");
        assertThat(fonds.mentions()).isEqualTo(3);
        assertThat(index.find("PAM", false).orElseThrow().name()).isEqualTo("Programme alimentaire");
    }

    @Test
    void aSurnameGoesToTheFullNameAndTitlesAreKeptAsAliases() {
        EntityIndex index = EntityIndex.build(Texts.document(Language.FRENCH,
                "Charles Forestier est arrivé.", "Ensuite, Forestier et Monsieur Forestier sont partis avec Rose."));
        Entity forestier = index.find("Forestier", false).orElseThrow();
        assertThat(forestier.name()).isEqualTo("Charles Forestier");
        assertThat(forestier.aliases()).containsExactly("Forestier", "Monsieur Forestier");
        assertThat(forestier.paragraphs()).isEqualTo(List.of(1, 2));
    }

    @Test
    void twoCountriesAreNeverSpellingsOfEachOther() {
        assertThat(Texts.names(Language.ENGLISH, "Troops from Austria and Australia met near Nigeria and Niger."))
                .containsExactlyInAnyOrder("Austria", "Australia", "Nigeria", "Niger");
    }
}
