package dev.lectern.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The index was made faster without changing what it finds: on a whole novel (1.3 MB) every
 * entity, alias, mention and salience is the same as the unoptimised code's (commit 098ed27),
 * compared through a digest of {@link EntityDump}'s lines. A change meant to alter the results
 * must record the new digest here, and say why.
 */
class SameEntitiesTest {
    private static final Path NOVEL = Path.of("../shared/bench/les-trois-mousquetaires.fr.txt");
    private static final String DIGEST_BEFORE_OPTIMISING = "ddfe137f29e3e8e289b992c8223624697560e4940ed651058218949840b6a706";

    @Test
    void aNovelGivesTheSameEntitiesAsBeforeTheSpeedUp() throws Exception {
        assumeTrue(Files.isReadable(NOVEL), "no shared novel at " + NOVEL);
        Document document = DocumentLoader.load(NOVEL);
        EntityIndex index = EntityIndex.build(document);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Entity entity : index.entities()) {
            digest.update((EntityDump.line(entity) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(index.entities()).hasSize(556);
        assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(DIGEST_BEFORE_OPTIMISING);
    }
}
