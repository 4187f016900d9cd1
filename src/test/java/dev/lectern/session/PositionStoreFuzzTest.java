package dev.lectern.session;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Jazzer on a position file's bytes: they load, or are reported corrupt (see DocumentFuzzTest for how to run). */
class PositionStoreFuzzTest {
    private static final String KEY = "/some/article.txt";
    private static Path state;
    private static Path file;
    private static PositionStore store;

    @BeforeAll
    static void oneStateDirectory() throws IOException {
        state = Files.createTempDirectory("lectern-fuzz-state");
        store = new PositionStore(state);
        store.save(KEY, new Position(1, 0), Map.of());
        try (var files = Files.list(state.resolve("positions"))) {
            file = files.findFirst().orElseThrow();
        }
    }

    @AfterAll
    static void removeIt() throws IOException {
        try (var all = Files.walk(state)) { // the file, its lock file beside it, the directories
            for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @FuzzTest(maxDuration = "1m")
    void positionFile(byte[] bytes) throws IOException {
        Files.write(file, bytes);
        try {
            PositionStore.Saved saved = store.load(KEY);
            if (saved == null || saved.position() == null) {
                throw new AssertionError("an existing file loaded as nothing");
            }
        } catch (IOException corrupt) {
            if (!corrupt.getMessage().contains("corrupt")) {
                throw new UncheckedIOException(corrupt);
            }
        }
    }
}
