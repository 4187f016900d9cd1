package dev.lectern.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReaderStateTest extends ReaderStateContract {
    @TempDir
    Path stateDirectory;

    @Override
    ReaderState.Store openStore() {
        return FileReaderState.under(stateDirectory);
    }

    @Test
    void eachReaderHasADirectoryNamedByItsFingerprint() throws Exception {
        ReaderState.Store store = openStore();
        store.reader("SHA256:ab+/cd=").addToHistory("jump 1");
        assertThat(stateDirectory.resolve("readers/SHA256_ab-_cd/commands.history")).exists();
        assertThat(FileReaderState.directoryName("../../etc")).startsWith("id-").doesNotContain("/").doesNotContain("..");
    }

    @Test
    void positionFilesStayReadableByPositionStore() throws Exception {
        Path reader = stateDirectory.resolve("reader");
        new FileReaderState(reader).save("/library/a.txt", new Position(6, 40), Instant.now(), Map.of('q', new Position(2, 0)));
        PositionStore.Saved saved = new PositionStore(reader).load("/library/a.txt");
        assertThat(saved.position()).isEqualTo(new Position(6, 40));
        assertThat(saved.marks()).isEqualTo(Map.of('q', new Position(2, 0)));
    }

    @Test
    void aPositionStoreFileKeepsItsMoveTime() throws Exception {
        Path reader = stateDirectory.resolve("reader");
        Instant before = Instant.now().minusSeconds(1);
        new PositionStore(reader).save("k", new Position(9, 0), Map.of());
        FileReaderState state = new FileReaderState(reader);
        assertThat(state.reading("k").movedAt()).isAfter(before);
        state.save("k", new Position(2, 0), Instant.parse("2000-01-01T00:00:00Z"), Map.of());
        assertThat(state.reading("k").position()).isEqualTo(new Position(9, 0)); // an older move loses
        state.save("k", new Position(3, 0), Instant.now().plusSeconds(5), Map.of());
        assertThat(state.reading("k").position()).isEqualTo(new Position(3, 0));
    }

    @Test
    void aCorruptFileIsAnIOExceptionSayingSo() throws Exception {
        Path reader = stateDirectory.resolve("reader");
        FileReaderState state = new FileReaderState(reader);
        state.save("k", new Position(1, 0), Instant.now(), Map.of());
        try (var files = Files.list(reader.resolve("positions"))) {
            Files.writeString(files.filter(f -> f.toString().endsWith(".properties")).findFirst().orElseThrow(), "position=x\n");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> state.reading("k"))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("corrupt");
    }
}
