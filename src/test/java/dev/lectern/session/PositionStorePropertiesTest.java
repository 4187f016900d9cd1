package dev.lectern.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** A position file holding anything at all loads, or is reported corrupt; loading writes nothing. */
class PositionStorePropertiesTest {
    @Property(tries = 300)
    void anyBytesLoadOrAreReportedCorrupt(@ForAll byte[] bytes) throws Exception {
        Path state = Files.createTempDirectory("lectern-state");
        try {
            PositionStore store = new PositionStore(state);
            store.save("/some/article.txt", new Position(1, 0), Map.of());
            List<Path> before = listing(state);
            Path file = before.stream().filter(p -> p.toString().endsWith(".properties")).findFirst().orElseThrow();
            Files.write(file, bytes);
            try {
                PositionStore.Saved saved = store.load("/some/article.txt");
                assertThat(saved).isNotNull();
                assertThat(saved.position()).isNotNull();
            } catch (IOException corrupt) {
                assertThat(corrupt.getMessage()).contains("corrupt");
            }
            assertThat(listing(state)).isEqualTo(before);
            assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        } finally {
            try (Stream<Path> files = Files.walk(state)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static List<Path> listing(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.sorted().toList();
        }
    }
}
