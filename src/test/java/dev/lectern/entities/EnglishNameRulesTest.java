package dev.lectern.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.lectern.analysis.Language;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** One small sentence for each rule of the English recogniser (and its French counterparts). */
class EnglishNameRulesTest {
    private static List<Tuple> typed(Language language, String... paragraphs) {
        return EntityIndex.build(Texts.document(language, paragraphs)).entities().stream()
                .filter(e -> e.type() != EntityType.FIGURE).map(e -> tuple(e.name(), e.type())).toList();
    }

    @Test
    void worldCitiesAreKnownPlaces() {
        assertThat(typed(Language.ENGLISH, "The ferry left Rotterdam for Gdansk and Mombasa."))
                .containsExactlyInAnyOrder(tuple("Rotterdam", EntityType.PLACE), tuple("Gdansk", EntityType.PLACE),
                        tuple("Mombasa", EntityType.PLACE));
    }

    @Test
    void aCityInFrenchAndInEnglishIsOnePlace() {
        assertThat(typed(Language.FRENCH, "Le train de Varsovie arrive à Pékin.", "Warsaw et Beijing ont signé."))
                .extracting(t -> t.toArray()[1]).containsOnly(EntityType.PLACE).hasSize(2);
        assertThat(Gazetteer.get().place("La Nouvelle-Orléans")).isEqualTo(Gazetteer.get().place("New Orleans"));
        assertThat(Gazetteer.get().place("Moscou")).isEqualTo(Gazetteer.get().place("Moscow"));
    }

    @Test
    void aTownThatIsAlsoAWordTheTextUsesIsNoPlace() {
        // "Un", "Sur" are towns; stop words and words the text writes in lower case name nothing
        assertThat(Texts.names(Language.FRENCH, "Un homme vint. Sur la table, un verre.")).isEmpty();
    }

    @Test
    void companySuffixesMakeOrganisations() {
        assertThat(typed(Language.ENGLISH, "Shares of Kensho Batteries Ltd rose, and Brightwater Holdings fell.",
                "Airbus SE and Volkswagen AG signed."))
                .contains(tuple("Kensho Batteries Ltd", EntityType.ORGANISATION),
                        tuple("Brightwater Holdings", EntityType.ORGANISATION),
                        tuple("Airbus SE", EntityType.ORGANISATION), tuple("Volkswagen AG", EntityType.ORGANISATION));
    }

    @Test
    void theXUnionIsAnOrganisation() {
        assertThat(typed(Language.ENGLISH, "Members of the Tarvel union's council met on Monday."))
                .containsExactly(tuple("Tarvel", EntityType.ORGANISATION));
    }

    @Test
    void saidInAStatementIsHowOrganisationsSpeak() {
        assertThat(typed(Language.ENGLISH, "On Monday Quorvex said in a statement that it would appeal."))
                .containsExactly(tuple("Quorvex", EntityType.ORGANISATION));
    }

    @Test
    void universityOfAPlaceIsAnOrganisationAndThePlaceAloneAPlace() {
        assertThat(typed(Language.ENGLISH, "She teaches at the University of Lagos and lives in Lagos.",
                "The Bank of Chile and the Port of Valencia agreed."))
                .containsExactlyInAnyOrder(tuple("University of Lagos", EntityType.ORGANISATION),
                        tuple("Lagos", EntityType.PLACE), tuple("Bank of Chile", EntityType.ORGANISATION),
                        tuple("Port of Valencia", EntityType.ORGANISATION));
    }

    @Test
    void aNameOfAPlaceIsTwoNames() {
        assertThat(typed(Language.ENGLISH, "Yesterday Velmora of Hamburg bought ships."))
                .contains(tuple("Hamburg", EntityType.PLACE)).extracting(t -> t.toArray()[0]).contains("Velmora");
    }

    @Test
    void theGulfOfMexicoIsOnePlace() {
        assertThat(typed(Language.ENGLISH, "Storms crossed the Gulf of Mexico."))
                .containsExactly(tuple("Gulf of Mexico", EntityType.PLACE));
    }

    @Test
    void anOrganisationsHeadWithForAndAnd() {
        assertThat(Texts.names(Language.ENGLISH, "It was funded by the Japan Agency for Medical Research and Development."))
                .containsExactly("Japan Agency for Medical Research and Development");
    }

    @Test
    void anUnknownNameWithNoEvidenceIsNotAPerson() {
        assertThat(typed(Language.ENGLISH, "The fund invested in Zorblat."))
                .containsExactly(tuple("Zorblat", EntityType.OTHER));
    }

    @Test
    void firstNamesSpeechVerbsAndTitlesMakePeople() {
        assertThat(typed(Language.ENGLISH, "Grace Achieng will run.", "\"We won,\" said Otieno.",
                "Ms Wanjiru arrived.", "Mr. Okafor left."))
                .containsExactlyInAnyOrder(tuple("Grace Achieng", EntityType.PERSON), tuple("Otieno", EntityType.PERSON),
                        tuple("Ms Wanjiru", EntityType.PERSON), tuple("Mr. Okafor", EntityType.PERSON));
        assertThat(typed(Language.FRENCH, "Ce matin Kerbrat a déclaré qu’il partait.", "Mme Lenoir est venue."))
                .containsExactlyInAnyOrder(tuple("Kerbrat", EntityType.PERSON), tuple("Mme Lenoir", EntityType.PERSON));
    }

    @Test
    void afterAtABodySpeaksButIsNoPerson() {
        assertThat(typed(Language.ENGLISH, "Analysts at Zentrabank said the cuts were overdue."))
                .doesNotContain(tuple("Zentrabank", EntityType.PERSON));
    }

    @Test
    void aFirstNameThatIsAGreatCityIsStillTheCity() {
        assertThat(typed(Language.ENGLISH, "Flights from London Heathrow resumed."))
                .doesNotContain(tuple("London Heathrow", EntityType.PERSON));
    }

    @Test
    void theFirstWordOfAnOrganisationsNameStandsForIt() {
        assertThat(typed(Language.ENGLISH, "Nordhaven Shipping will cut jobs.", "Shares in Nordhaven rose."))
                .containsExactly(tuple("Nordhaven Shipping", EntityType.ORGANISATION));
    }

    @Test
    void aTownsNameThatIsASurnameJoinsThePerson() {
        // Kisumu is a town; here it is only the surname of the person named first
        assertThat(typed(Language.ENGLISH, "Peter Kisumu spoke first.", "Later Kisumu left."))
                .containsExactly(tuple("Peter Kisumu", EntityType.PERSON));
    }

    @Test
    void nationalitiesBeforeANameAreLeftOut() {
        assertThat(Texts.names(Language.ENGLISH, "The Swiss-Italian Mediterranean Shipping Company grew."))
                .containsExactly("Mediterranean Shipping Company");
    }

    @Test
    void aLoneHeadIsTheOneOrganisationItEnds() {
        assertThat(typed(Language.ENGLISH, "The European Commission will review it, a spokeswoman for the Commission said."))
                .containsExactly(tuple("European Commission", EntityType.ORGANISATION));
        assertThat(typed(Language.ENGLISH, "The African Union and the Dockworkers Union met. The Union said no."))
                .hasSize(3);
    }
}
