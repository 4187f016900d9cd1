package dev.lectern.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The expected entities of the seed article, content/kazakhstan-otsc.fr.txt, written out in full. */
class SeedArticleEntitiesTest {
    private static EntityIndex index;

    @BeforeAll
    static void build() throws Exception {
        Document seed = DocumentLoader.load(Path.of("content/kazakhstan-otsc.fr.txt"));
        index = EntityIndex.build(seed);
    }

    @Test
    void findsEveryPersonPlaceAndOrganisationAndNothingElse() {
        List<Entity> named = index.entities().stream().filter(e -> e.type() != EntityType.FIGURE).toList();
        assertThat(named).extracting(Entity::name, Entity::type).containsExactlyInAnyOrder(
                tuple("Kassym-Jomart Tokayev", EntityType.PERSON),
                tuple("Nursultan Nazarbayev", EntityType.PERSON),
                tuple("Nikol Pashinyan", EntityType.PERSON),
                tuple("Jen Psaki", EntityType.PERSON),
                tuple("Kazakhstan", EntityType.PLACE),
                tuple("Russie", EntityType.PLACE),
                tuple("Biélorussie", EntityType.PLACE),
                tuple("Arménie", EntityType.PLACE),
                tuple("Kirghizistan", EntityType.PLACE),
                tuple("Tadjikistan", EntityType.PLACE),
                tuple("États-Unis", EntityType.PLACE),
                tuple("Minsk", EntityType.PLACE),
                tuple("Almaty", EntityType.PLACE),
                tuple("Astana", EntityType.PLACE),
                tuple("Organisation du traité de sécurité collective", EntityType.ORGANISATION),
                tuple("Garde nationale", EntityType.ORGANISATION),
                tuple("Comité de sécurité nationale", EntityType.ORGANISATION),
                tuple("Conseil de sécurité du Kazakhstan", EntityType.ORGANISATION),
                tuple("ministère biélorusse des Affaires étrangères", EntityType.ORGANISATION),
                tuple("Maison Blanche", EntityType.ORGANISATION),
                tuple("Netblocks", EntityType.ORGANISATION),
                tuple("Baza", EntityType.ORGANISATION));
    }

    @Test
    void mergesEachPersonsSpellings() {
        assertThat(entity("Kassym-Jomart Tokayev").aliases()).containsExactly("Tokaïev");
        assertThat(entity("Kassym-Jomart Tokayev").mentions()).isEqualTo(4);
        assertThat(entity("Nursultan Nazarbayev").aliases()).containsExactly("Nazarbaïev");
        assertThat(entity("Nikol Pashinyan").aliases()).isEmpty();
        assertThat(entity("Jen Psaki").aliases()).isEmpty();
    }

    @Test
    void mergesTheAcronymWithItsExpansion() {
        Entity otsc = entity("Organisation du traité de sécurité collective");
        assertThat(otsc.aliases()).contains("OTSC");
        assertThat(otsc.mentions()).isEqualTo(3); // the title's l’OTSC is not a paragraph
        assertThat(otsc.paragraphs()).containsExactly(1, 2, 3);
    }

    @Test
    void countsNationalityAdjectivesAsMentionsOfTheirCountry() {
        assertThat(entity("Russie").aliases()).contains("russes");
        assertThat(entity("Biélorussie").aliases()).contains("biélorusses");
        assertThat(entity("Kazakhstan").aliases()).contains("kazakh");
        assertThat(entity("Arménie").aliases()).contains("arménien");
        assertThat(entity("États-Unis").aliases()).contains("américaine");
    }

    @Test
    void findsTheKeyFigures() {
        assertThat(index.ofType(EntityType.FIGURE)).extracting(Entity::name)
                .containsExactlyInAnyOrder("12 policiers", "353 autres blessés", "2019");
    }

    @Test
    void ranksTheCountryFirstAndThePresidentNearTheTop() {
        assertThat(index.entities().get(0).name()).isEqualTo("Kazakhstan");
        assertThat(index.entities().subList(0, 3)).extracting(Entity::name).contains("Kassym-Jomart Tokayev");
    }

    @Test
    void listsTheEntitiesOfAParagraphInTheOrderTheyComeUp() {
        assertThat(index.entitiesIn(1)).extracting(Entity::name).startsWith(
                "Organisation du traité de sécurité collective", "Russie", "Kazakhstan");
    }

    @Test
    void findsByAnyFormAndFuzzily() {
        assertThat(index.find("tokaiev", false)).map(Entity::name).contains("Kassym-Jomart Tokayev");
        assertThat(index.find("l’OTSC", false)).map(Entity::name).contains("Organisation du traité de sécurité collective");
        assertThat(index.find("otsc", false)).map(Entity::name).contains("Organisation du traité de sécurité collective");
        assertThat(index.find("Nazarbaev", true)).map(Entity::name).contains("Nursultan Nazarbayev");
        assertThat(index.find("Psaky", false)).isEmpty();
        assertThat(index.find("Psaky", true)).map(Entity::name).contains("Jen Psaki");
    }

    private static Entity entity(String name) {
        return index.find(name, false).orElseThrow(() -> new AssertionError("no entity " + name + " in " + index.entities()));
    }
}
