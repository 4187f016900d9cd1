package dev.lectern.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.analysis.Language;
import org.junit.jupiter.api.Test;

/** The French rules added after reading the errors of the tuning halves (issue 13), one sentence each. */
class FrenchNameRulesTest {
    @Test
    void aHeadingInCapitalsIsCutFromTheNameItRunsInto() {
        assertThat(Texts.names(Language.FRENCH, "Vente à Saint-Malo ADJUDICATION VOLONTAIRE d'une maison."))
                .containsExactly("Saint-Malo");
        assertThat(Texts.names(Language.FRENCH, "Nouvelles du CONGRES INTERPARLEMENTAIRE Londres, le 22 juillet."))
                .containsExactly("Londres");
    }

    @Test
    void aPlaceInsideAHeadingIsStillAPlace() {
        EntityIndex index = EntityIndex.build(Texts.document(Language.FRENCH,
                "DERNIÈRES NOUVELLES RENNES Un vol de volailles a été jugé hier."));
        assertThat(index.entities()).extracting(Entity::name, Entity::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rennes", EntityType.PLACE));
    }

    @Test
    void aWordAfterAHeadingOpensASentence() {
        assertThat(Texts.names(Language.FRENCH, "ETAT CIVIL Naissances. Marie Portais, rue de Brest.",
                "Les Naissances du mois sont nombreuses.")).doesNotContain("Naissances");
    }

    @Test
    void aWordOfTheLanguageInCapitalsAloneIsNoName() {
        assertThat(Texts.names(Language.FRENCH, "À LOUER de suite une maison, ni trop grande NI trop petite.")).isEmpty();
    }

    @Test
    void romanNumeralsAndOcrNoiseAreNoNames() {
        assertThat(Texts.names(Language.FRENCH, "Le chapitre II et le tome IX du S6 sont parus.")).isEmpty();
    }

    @Test
    void anArticleOpeningTheNextSentenceIsNoPartOfAName() {
        assertThat(Texts.names(Language.FRENCH, "Une séance a eu lieu à Vitré Le lendemain tout était calme."))
                .containsExactly("Vitré");
    }

    @Test
    void aSingleWordOfTheLanguageWithNoOtherEvidenceIsNoName() {
        assertThat(Texts.names(Language.FRENCH, "Le Bloc a voté hier soir.",
                "Attendu que la loi le permet, la République décide.", "Bonjour, dit-il.")).isEmpty();
    }

    @Test
    void aWordOfTheLanguageWithATitleIsStillAName() {
        // "Forestier" alone is kept too, as the text gives the word a title elsewhere (the two are not
        // merged: without a first name, M. and Mme Forestier could be two people)
        assertThat(Texts.names(Language.FRENCH, "M. Forestier est venu.", "Ensuite Forestier est reparti."))
                .containsExactlyInAnyOrder("M. Forestier", "Forestier");
    }

    @Test
    void anOrdinaryWordOpeningASentenceIsCutFromTheNameAfterIt() {
        assertThat(Texts.names(Language.FRENCH, "Pauvre Nanon ! dit-il.", "Il revit Nanon le soir."))
                .containsExactly("Nanon");
    }

    @Test
    void aNameAfterEnDansAuOrAuxIsAPlaceWhenNothingElseSaysWhatItIs() {
        EntityIndex index = EntityIndex.build(Texts.document(Language.FRENCH,
                "Il partit aux Indes, puis il vécut en Berry.", "Les Indes le fascinaient."));
        assertThat(index.entities()).extracting(Entity::name, Entity::type).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Indes", EntityType.PLACE),
                org.assertj.core.groups.Tuple.tuple("Berry", EntityType.PLACE));
    }

    @Test
    void aPersonWithATitleIsNotMadeAPlaceByAPreposition() {
        EntityIndex index = EntityIndex.build(Texts.document(Language.FRENCH,
                "Il parla au père Grandet.", "M. Grandet sourit."));
        assertThat(index.entities()).extracting(Entity::type).containsOnly(EntityType.PERSON);
    }

    @Test
    void anOrganisationAfterAnArticleOpeningTheSentenceGoesOnInLowerCase() {
        assertThat(Texts.names(Language.FRENCH, "La Cour de cassation a statué hier."))
                .containsExactly("Cour de cassation");
    }

    @Test
    void initialsBeforeANameArePartOfAPersonsName() {
        EntityIndex index = EntityIndex.build(Texts.document(Language.FRENCH,
                "Le prix est allé à A. Wattelier, devant monsieur C. de Bonfons."));
        assertThat(index.entities()).extracting(Entity::name, Entity::type).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("A. Wattelier", EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple("C. de Bonfons", EntityType.PERSON));
        assertThat(Texts.names(Language.FRENCH, "La classe A. Le lendemain, rien.")).isEmpty();
    }

    @Test
    void anArticleWithACapitalInsideASentenceBelongsToTheName() {
        assertThat(Texts.names(Language.FRENCH, "Il vit à La Rochelle et écrit pour La Vie Française avec M. Le Brument."))
                .containsExactlyInAnyOrder("La Rochelle", "La Vie Française", "M. Le Brument");
    }

    @Test
    void aTitleWrittenInFullEndsTheSentenceBeforeAPeriod() {
        assertThat(Texts.names(Language.FRENCH, "Bonsoir, monsieur. Charles entra sans bruit.")).doesNotContain("monsieur. Charles");
    }

    @Test
    void aFamiliarOrNobleAppellationAndItsArticleArePartOfAPersonsName() {
        EntityIndex index = EntityIndex.build(Texts.document(Language.FRENCH,
                "Le soir, le père Grandet parla à l'abbé Cruchot et au comte de Vaudrec.", "Grandet sourit."));
        assertThat(index.entities()).flatExtracting(Entity::occurrences).extracting(Mention::text)
                .containsExactlyInAnyOrder("le père Grandet", "Grandet", "l'abbé Cruchot", "comte de Vaudrec");
        assertThat(index.find("Grandet", false).orElseThrow().mentions()).isEqualTo(2);
    }

    @Test
    void aRoleStaysOutsideThePersonsName() {
        assertThat(Texts.names(Language.FRENCH, "Hier, le président Macron et le docteur Gavaut sont venus."))
                .containsExactlyInAnyOrder("Macron", "Gavaut");
    }

    @Test
    void aWordOfTwoLettersOrATitleAloneIsNoName() {
        assertThat(Texts.names(Language.FRENCH, "Trot monté, 800 Ir. par an.", "Ensuite MM. et les autres vinrent."))
                .isEmpty();
    }
}
