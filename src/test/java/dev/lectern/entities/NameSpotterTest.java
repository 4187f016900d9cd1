package dev.lectern.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.analysis.Language;
import org.junit.jupiter.api.Test;

class NameSpotterTest {
    @Test
    void headlineCapitalsAreNotNames() {
        assertThat(Texts.names(Language.FRENCH, "MISE À JOUR : les soldats arrivent à Minsk.")).containsExactly("Minsk");
    }

    @Test
    void aShortWordInCapitalsIsAnAcronym() {
        EntityIndex index = EntityIndex.build(Texts.document(Language.FRENCH, "Les soldats de l’OTSC arrivent."));
        assertThat(index.entities()).extracting(Entity::name, Entity::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("OTSC", EntityType.ORGANISATION));
    }

    @Test
    void sentenceInitialWordsAreNotNamesUnlessCapitalisedElsewhere() {
        assertThat(Texts.names(Language.FRENCH,
                "Fait inhabituel, le pays a réagi. Il a fait ce choix.",
                "Tokaïev a parlé. Le discours de Tokaïev a duré.")).containsExactly("Tokaïev");
    }

    @Test
    void aWordTheTextWritesInLowerCaseIsNoName() {
        assertThat(Texts.names(Language.FRENCH, "La télévision d’Web a parlé de la Santé.",
                "La santé des gens va bien.")).isEmpty();
    }

    @Test
    void frenchOrganisationNamesGoOnInLowerCaseAfterTheirHead() {
        assertThat(Texts.names(Language.FRENCH,
                "Les soldats de la Garde nationale sont partis vers le Comité de sécurité nationale à Astana.",
                "Le ministère biélorusse des Affaires étrangères a confirmé."))
                .containsExactlyInAnyOrder("Garde nationale", "Comité de sécurité nationale", "Astana",
                        "ministère biélorusse des Affaires étrangères");
    }

    @Test
    void aLowerCaseHeadWithoutCapitalsIsNoOrganisation() {
        assertThat(Texts.names(Language.FRENCH, "Le ministère a confirmé que le gouvernement kazakh tenait bon."))
                .containsExactly("Kazakhstan");
    }

    @Test
    void anOrganisationInsideACapitalisedRunStartsAtItsHead() {
        assertThat(Texts.names(Language.FRENCH, "Ils ont pris l’entrée Armurerie du Comité de sécurité nationale hier."))
                .containsExactly("Comité de sécurité nationale");
    }

    @Test
    void rolesAndCourtesyTitlesTypePeople() {
        EntityIndex index = EntityIndex.build(Texts.document(Language.FRENCH,
                "Le Premier ministre arménien Nikol Pashinyan a parlé avec Mme Dupont et M. Martin.",
                "L’attachée de presse de la Maison Blanche, Jen Psaki, a répondu."));
        assertThat(index.ofType(EntityType.PERSON)).extracting(Entity::name)
                .containsExactlyInAnyOrder("Nikol Pashinyan", "Mme Dupont", "M. Martin", "Jen Psaki");
        assertThat(index.ofType(EntityType.ORGANISATION)).extracting(Entity::name).containsExactly("Maison Blanche");
    }

    @Test
    void streetsAndCuesTypeTheirNames() {
        EntityIndex index = EntityIndex.build(Texts.document(Language.FRENCH,
                "Il habite rue de Constantinople, selon Netblocks."));
        assertThat(index.entities()).extracting(Entity::name, Entity::type).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("rue de Constantinople", EntityType.PLACE),
                org.assertj.core.groups.Tuple.tuple("Netblocks", EntityType.ORGANISATION));
    }

    @Test
    void englishPossessivesAndDaysAreLeftOut() {
        assertThat(Texts.names(Language.ENGLISH, "On Tuesday the talks went on in Russia's capital with Mr Smith."))
                .containsExactlyInAnyOrder("Russia", "Mr Smith");
    }

    @Test
    void aCapitalisedParticleOpeningASentenceStaysInTheNameTheTextWritesSoElsewhere() {
        assertThat(Texts.names(Language.FRENCH, "Du Roy entra. On regardait Du Roy.")).containsExactly("Du Roy");
    }

    @Test
    void interjectionsAreNoNames() {
        assertThat(Texts.names(Language.FRENCH, "« Eh bien, dit-il, Ah ! Oh ! »")).isEmpty();
    }
}
