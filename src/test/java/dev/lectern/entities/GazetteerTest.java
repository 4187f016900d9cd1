package dev.lectern.entities;

import dev.lectern.analysis.TermNormaliser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.analysis.Language;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.get();

    /** The spotters look words up by their keys, which must give what the words themselves give. */
    @Test
    void aKeyIsItsOwnKey() {
        for (String words : new String[] {"Tokaïev", "tokaiev", "l’État", "aujourd'hui", "Kassym-Jomart Tokayev",
            "  Premier   ministre ", "M.", "Cœur", "Straße", "Москва", "İstanbul", "ΟΔΥΣΣΕΥΣ", "a\tb", "2500", "", " "}) {
            String key = TermNormaliser.key(words);
            assertThat(TermNormaliser.key(key)).as(words).isEqualTo(key);
        }
        assertThat(TermNormaliser.key("  Premier \t ministre ")).isEqualTo("premier ministre");
        assertThat(TermNormaliser.key("attachée de presse")).isEqualTo("attachee de presse");
        assertThat(TermNormaliser.key("the watchdog")).isEqualTo("the watchdog");
    }

    @Test
    void theJdkNamesCountriesInFrenchAndEnglish() {
        assertThat(gazetteer.place("Biélorussie").key()).isEqualTo("BY");
        assertThat(gazetteer.place("belarus").key()).isEqualTo("BY");
        assertThat(gazetteer.place("États-Unis").name(Language.ENGLISH)).isEqualTo("United States");
        assertThat(gazetteer.place("Kirghizistan").key()).isEqualTo("KG");
    }

    @Test
    void citiesAndNationalityAdjectives() {
        assertThat(gazetteer.place("Almaty")).isNotNull();
        assertThat(gazetteer.place("Moscou").name(Language.ENGLISH)).isEqualTo("Moscow");
        assertThat(gazetteer.countryOf("kazakhes").key()).isEqualTo("KZ");
        assertThat(gazetteer.countryOf("américaine").key()).isEqualTo("US");
        assertThat(gazetteer.countryOf("Russian").key()).isEqualTo("RU");
    }

    @Test
    void titlesHeadsAndOrdinaryWords() {
        assertThat(gazetteer.isRole("Premier ministre")).isTrue();
        assertThat(gazetteer.isRole("attachée de presse")).isTrue();
        assertThat(gazetteer.isCourtesyTitle("M.")).isTrue();
        assertThat(gazetteer.isCourtesyTitle("M")).isTrue();
        assertThat(gazetteer.isOrganisationHead("Comité")).isTrue();
        assertThat(gazetteer.headsInLowerCase("ministère")).isTrue();
        assertThat(gazetteer.headsInLowerCase("Comité")).isFalse();
        assertThat(gazetteer.isKnownOrganisation("Maison Blanche")).isTrue();
        assertThat(gazetteer.isOrdinary("Web")).isTrue();
    }
}
