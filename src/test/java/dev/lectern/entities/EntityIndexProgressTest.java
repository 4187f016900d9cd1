package dev.lectern.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityIndexProgressTest {
    @Test
    void progressRisesToAHundredAndTheIndexIsTheSame() throws Exception {
        Document seed = DocumentLoader.load(Path.of("content/kazakhstan-otsc.fr.txt"));
        List<Integer> cutting = new ArrayList<>();
        ArticleTokens article = ArticleTokens.of(seed, cutting::add);
        assertThat(cutting).as("one report a paragraph").hasSize(seed.size()).isSorted().endsWith(100);
        List<Integer> reported = new ArrayList<>();
        EntityIndex index = EntityIndex.build(article, reported::add);
        assertThat(reported).isSorted().contains(100).allMatch(p -> p >= 0 && p <= 100);
        assertThat(reported.size()).as("reports along the way").isGreaterThan(seed.size());
        assertThat(index.entities()).isEqualTo(EntityIndex.build(seed).entities());
    }
}
