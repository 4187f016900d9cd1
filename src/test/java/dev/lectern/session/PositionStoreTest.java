package dev.lectern.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PositionStoreTest {
    @TempDir
    Path state;

    @TempDir
    Path documents;

    private Path document(String name) {
        return documents.resolve(name);
    }

    private List<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.list(state.resolve("positions"))) {
            return files.toList();
        }
    }

    @Test
    void nothingSavedIsNull() throws Exception {
        assertThat(new PositionStore(state).load(document("a.txt"))).isNull();
    }

    @Test
    void positionAndMarksRoundTrip() throws Exception {
        PositionStore store = new PositionStore(state);
        Map<Character, Position> marks = Map.of('a', new Position(3, 120), 'Z', new Position(1, 0),
                'é', new Position(7, 4));

        store.save(document("a.txt"), new Position(5, 240), marks);
        PositionStore.Saved saved = new PositionStore(state).load(document("a.txt"));

        assertThat(saved.position()).isEqualTo(new Position(5, 240));
        assertThat(saved.marks()).isEqualTo(marks);
    }

    @Test
    void savingAgainReplacesAndLeavesNoTemporaryFiles() throws Exception {
        PositionStore store = new PositionStore(state);
        store.save(document("a.txt"), new Position(2, 0), Map.of('a', new Position(2, 0)));

        store.save(document("a.txt"), new Position(9, 10), Map.of());

        PositionStore.Saved saved = store.load(document("a.txt"));
        assertThat(saved.position()).isEqualTo(new Position(9, 10));
        assertThat(saved.marks()).isEmpty();
        assertThat(storedFiles()).hasSize(1);
        assertThat(storedFiles()).allMatch(file -> file.getFileName().toString().endsWith(".properties"));
    }

    @Test
    void eachDocumentHasItsOwnPosition() throws Exception {
        PositionStore store = new PositionStore(state);
        store.save(document("a.txt"), new Position(2, 0), Map.of());
        store.save(document("b.txt"), new Position(7, 0), Map.of());

        assertThat(store.load(document("a.txt")).position()).isEqualTo(new Position(2, 0));
        assertThat(store.load(document("b.txt")).position()).isEqualTo(new Position(7, 0));
        assertThat(storedFiles()).hasSize(2);
    }

    @Test
    void theSameFileNamedTwoWaysIsOneDocument() throws Exception {
        PositionStore store = new PositionStore(state);
        store.save(documents.resolve("sub").resolve("..").resolve("a.txt"), new Position(4, 0), Map.of());

        assertThat(store.load(document("a.txt")).position()).isEqualTo(new Position(4, 0));
    }

    @Test
    void corruptPositionIsAnIOExceptionSayingSo() throws Exception {
        PositionStore store = new PositionStore(state);
        store.save(document("a.txt"), new Position(2, 0), Map.of());
        Path file = storedFiles().get(0);
        Files.writeString(file, "position=two:zero\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> store.load(document("a.txt")))
                .isInstanceOf(IOException.class)
                .hasMessage("the saved position in " + file + " is corrupt");
    }

    @Test
    void missingPositionIsCorrupt() throws Exception {
        PositionStore store = new PositionStore(state);
        store.save(document("a.txt"), new Position(2, 0), Map.of());
        Path file = storedFiles().get(0);
        Files.writeString(file, "path=/somewhere\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> store.load(document("a.txt")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("corrupt").hasMessageContaining(file.toString());
    }

    @Test
    void badMarkIsCorrupt() throws Exception {
        PositionStore store = new PositionStore(state);
        store.save(document("a.txt"), new Position(2, 0), Map.of());
        Path file = storedFiles().get(0);
        Files.writeString(file, "position=2:0\nmark.a=1:2:3\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> store.load(document("a.txt")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("corrupt");
    }

    @Test
    void binaryGarbageIsCorrupt() throws Exception {
        PositionStore store = new PositionStore(state);
        store.save(document("a.txt"), new Position(2, 0), Map.of());
        Path file = storedFiles().get(0);
        Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0x12, (byte) 0xC3, '=', (byte) 0x80, (byte) 0xE9});

        assertThatThrownBy(() -> store.load(document("a.txt")))
                .isInstanceOf(IOException.class)
                .hasMessage("the saved position in " + file + " is corrupt");
    }

    @Test
    void stateDirectoryThatIsAFileMakesSaveFail() throws Exception {
        Path notADirectory = Files.writeString(state.resolve("blocked"), "a file", StandardCharsets.UTF_8);
        PositionStore store = new PositionStore(notADirectory);

        assertThatThrownBy(() -> store.save(document("a.txt"), new Position(2, 0), Map.of()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void unwritableStateDirectoryMakesSaveFail() throws Exception {
        Path readOnly = Files.createDirectories(state.resolve("ro").resolve("positions"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root ignores permissions: then there is nothing to test here.
            assumeFalse(Files.isWritable(readOnly), "running as a user who can write anywhere");
            PositionStore store = new PositionStore(state.resolve("ro"));

            assertThatThrownBy(() -> store.save(document("a.txt"), new Position(2, 0), Map.of()))
                    .isInstanceOf(IOException.class);
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void failedReplaceLeavesNoTemporaryFile() throws Exception {
        PositionStore store = new PositionStore(state);
        store.save(document("a.txt"), new Position(3, 0), Map.of());
        Path file = storedFiles().get(0);
        // A directory where the temporary file is to be moved makes the replace fail.
        Files.delete(file);
        Files.createDirectory(file);
        Files.writeString(file.resolve("keep"), "x", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> store.save(document("a.txt"), new Position(8, 0), Map.of()))
                .isInstanceOf(IOException.class);
        assertThat(storedFiles()).containsExactly(file);
    }

    @Test
    void defaultStateDirectoryHonoursXdgStateHome() {
        assertThat(PositionStore.defaultStateDirectory(Map.of("XDG_STATE_HOME", "/var/tmp/state")))
                .isEqualTo(Path.of("/var/tmp/state", "lectern"));
    }

    @Test
    void defaultStateDirectoryWithoutXdgStateHome() {
        Path expected = Path.of(System.getProperty("user.home"), ".local", "state", "lectern");

        assertThat(PositionStore.defaultStateDirectory(Map.of())).isEqualTo(expected);
        assertThat(PositionStore.defaultStateDirectory(Map.of("XDG_STATE_HOME", " "))).isEqualTo(expected);
        assertThat(PositionStore.defaultStateDirectory(Map.of("XDG_STATE_HOME", "relative"))).isEqualTo(expected);
    }
}
