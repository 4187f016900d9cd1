package dev.lectern.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lectern.analysis.Language;
import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A short English article written for this test, src/test/resources/dev/lectern/entities/grain-talks.en.txt. */
class EnglishArticleEntitiesTest {
    private static EntityIndex index;

    @BeforeAll
    static void build() throws Exception {
        Document article = DocumentLoader.load(Path.of("src/test/resources/dev/lectern/entities/grain-talks.en.txt"));
        assertThat(article.language()).isEqualTo(Language.ENGLISH);
        index = EntityIndex.build(article);
    }

    @Test
    void findsEveryPersonPlaceAndOrganisationAndNothingElse() {
        List<Entity> named = index.entities().stream().filter(e -> e.type() != EntityType.FIGURE).toList();
        assertThat(named).extracting(Entity::name, Entity::type).containsExactlyInAnyOrder(
                tuple("Volodymyr Zelensky", EntityType.PERSON),
                tuple("Dmitry Peskov", EntityType.PERSON),
                tuple("Rafael Grossi", EntityType.PERSON),
                tuple("Karine Jean-Pierre", EntityType.PERSON),
                tuple("Istanbul", EntityType.PLACE),
                tuple("Black Sea", EntityType.PLACE),
                tuple("Ukraine", EntityType.PLACE),
                tuple("Russia", EntityType.PLACE),
                tuple("Moscow", EntityType.PLACE),
                tuple("Turkey", EntityType.PLACE),
                tuple("Ankara", EntityType.PLACE),
                tuple("Kyiv", EntityType.PLACE),
                tuple("United States", EntityType.PLACE),
                tuple("United Nations", EntityType.ORGANISATION),
                tuple("Kremlin", EntityType.ORGANISATION),
                tuple("International Atomic Energy Agency", EntityType.ORGANISATION),
                tuple("World Food Programme", EntityType.ORGANISATION),
                tuple("Ministry of Agriculture", EntityType.ORGANISATION),
                tuple("White House", EntityType.ORGANISATION),
                tuple("NATO", EntityType.ORGANISATION),
                tuple("European Union", EntityType.ORGANISATION));
    }

    @Test
    void mergesTitlesSurnamesSpellingsAndAcronyms() {
        assertThat(entity("Volodymyr Zelensky").aliases()).containsExactly("Mr Zelenskyy");
        assertThat(entity("Rafael Grossi").aliases()).containsExactly("Grossi");
        assertThat(entity("International Atomic Energy Agency").aliases()).containsExactly("IAEA");
        assertThat(entity("International Atomic Energy Agency").mentions()).isEqualTo(3);
        assertThat(entity("World Food Programme").aliases()).containsExactly("WFP");
        assertThat(entity("Russia").aliases()).containsExactly("Russian");
        assertThat(entity("Ukraine").aliases()).containsExactly("Ukrainian");
        assertThat(entity("Ukraine").mentions()).isEqualTo(2);
    }

    @Test
    void findsTheFigures() {
        assertThat(index.ofType(EntityType.FIGURE)).extracting(Entity::name)
                .containsExactlyInAnyOrder("20 million tonnes", "12 percent", "2022");
    }

    private static Entity entity(String name) {
        return index.find(name, false).orElseThrow(() -> new AssertionError("no entity " + name + " in " + index.entities()));
    }
}
