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

    /** The saved states (each has a lock file beside it too). */
    private List<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.list(state.resolve("positions"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".properties")).toList();
        }
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(state.resolve("positions"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void savedPlacesAreEqualExactlyWhenEveryPartIs() {
        PositionStore.Saved place = new PositionStore.Saved(new Position(3, 40), Map.of('a', new Position(2, 0)), 1_000,
                Map.of('a', 900L));
        PositionStore.Saved same = new PositionStore.Saved(new Position(3, 40), Map.of('a', new Position(2, 0)), 1_000,
                Map.of('a', 900L));
        assertThat(place).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(place).isNotEqualTo(new PositionStore.Saved(new Position(3, 41), place.marks(), 1_000, place.marksSetAt()));
        assertThat(place).isNotEqualTo(new PositionStore.Saved(place.position(), Map.of('b', new Position(2, 0)), 1_000,
                place.marksSetAt()));
        assertThat(place).isNotEqualTo(new PositionStore.Saved(place.position(), place.marks(), 1_001, place.marksSetAt()));
        assertThat(place).isNotEqualTo(new PositionStore.Saved(place.position(), place.marks(), 1_000, Map.of('a', 901L)));
        assertThat(place).isNotEqualTo(null).isNotEqualTo(place.position());
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
    void savingAgainMovesThePositionKeepsTheMarksAndLeavesNoTemporaryFiles() throws Exception {
        PositionStore store = new PositionStore(state);
        store.save(document("a.txt"), new Position(2, 0), Map.of('a', new Position(2, 0)));

        store.save(document("a.txt"), new Position(9, 10), Map.of());

        PositionStore.Saved saved = store.load(document("a.txt"));
        assertThat(saved.position()).isEqualTo(new Position(9, 10));
        assertThat(saved.marks()).as("marks are never deleted by a save").containsOnlyKeys('a');
        assertThat(storedFiles()).hasSize(1);
        assertThat(temporaryFiles()).isEmpty();
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
        assertThat(temporaryFiles()).isEmpty();
    }

    private static PositionStore.Saved place(int paragraph, long movedAt, Map<Character, Position> marks, long marksSetAt) {
        Map<Character, Long> times = new java.util.HashMap<>();
        marks.keySet().forEach(letter -> times.put(letter, marksSetAt));
        return new PositionStore.Saved(new Position(paragraph, 0), marks, movedAt, times);
    }

    @Test
    void thePositionMostRecentlyMovedToWinsWhoeverSavesLast() throws Exception {
        PositionStore store = new PositionStore(state);
        store.save("k", place(9, 2_000, Map.of(), 0));

        store.save("k", place(3, 1_000, Map.of(), 0)); // a stale session saving late

        assertThat(store.load("k").position()).isEqualTo(new Position(9, 0));
        assertThat(store.load("k").movedAt()).isEqualTo(2_000);

        store.save("k", place(4, 3_000, Map.of(), 0));
        assertThat(store.load("k").position()).isEqualTo(new Position(4, 0));
    }

    @Test
    void marksOfTwoSessionsAreMergedLetterByLetterNewestSetWins() throws Exception {
        PositionStore store = new PositionStore(state);
        store.save("k", place(1, 1_000, Map.of('a', new Position(2, 0)), 1_000));
        store.save("k", place(1, 1_000, Map.of('b', new Position(5, 0)), 1_100));

        assertThat(store.load("k").marks()).isEqualTo(Map.of('a', new Position(2, 0), 'b', new Position(5, 0)));

        store.save("k", place(1, 1_000, Map.of('a', new Position(7, 0)), 900)); // set before the saved one
        assertThat(store.load("k").marks().get('a')).isEqualTo(new Position(2, 0));

        store.save("k", place(1, 1_000, Map.of('a', new Position(7, 0)), 1_200));
        assertThat(store.load("k").marks()).isEqualTo(Map.of('a', new Position(7, 0), 'b', new Position(5, 0)));
        assertThat(store.load("k").marksSetAt()).isEqualTo(Map.of('a', 1_200L, 'b', 1_100L));
    }

    @Test
    void aFileFromBeforeTimesWereKeptLosesToAnyTimedSaveButKeepsItsMarks() throws Exception {
        PositionStore store = new PositionStore(state);
        store.save("k", place(1, 1, Map.of(), 0));
        Path file = storedFiles().get(0);
        Files.writeString(file, "path=k\nposition=7:0\nmark.a=2:0\n", StandardCharsets.UTF_8);
        assertThat(store.load("k").movedAt()).isZero();

        store.save("k", place(3, 1, Map.of('b', new Position(4, 0)), 1));

        PositionStore.Saved saved = store.load("k");
        assertThat(saved.position()).isEqualTo(new Position(3, 0));
        assertThat(saved.marks()).isEqualTo(Map.of('a', new Position(2, 0), 'b', new Position(4, 0)));
    }

    @Test
    void aCorruptFileIsReplacedByTheNextSave() throws Exception {
        PositionStore store = new PositionStore(state);
        store.save("k", place(2, 1, Map.of(), 0));
        Path file = storedFiles().get(0);
        Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, '=', 'x'});
        assertThatThrownBy(() -> store.load("k")).isInstanceOf(IOException.class);

        store.save("k", place(6, 1, Map.of('a', new Position(6, 0)), 1));

        assertThat(store.load("k").position()).isEqualTo(new Position(6, 0));
        assertThat(store.load("k").marks()).containsOnlyKeys('a');
    }

    @Test
    void twoThreadsSavingAtOnceLoseNothingAndNeverLeaveHalfAFile() throws Exception {
        // Two stores, as two readers of one process would have; a third reads all along.
        int saves = 40;
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<Thread> writers = new java.util.ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int thread = t;
            PositionStore store = new PositionStore(state);
            writers.add(new Thread(() -> {
                try {
                    for (int i = 1; i <= saves; i++) {
                        long time = 10_000 + 2L * i + thread;
                        store.save("k", place(i, time, Map.of((char) ('a' + thread), new Position(i, thread)), time));
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        PositionStore reader = new PositionStore(state);
        Thread reading = new Thread(() -> {
            try {
                while (writing.get()) {
                    reader.load("k"); // null before the first save, else whole
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        });
        reading.start();
        writers.forEach(Thread::start);
        for (Thread writer : writers) {
            writer.join();
        }
        writing.set(false);
        reading.join();

        assertThat(failure.get()).isNull();
        PositionStore.Saved saved = reader.load("k");
        assertThat(saved.position()).isEqualTo(new Position(saves, 0));
        assertThat(saved.movedAt()).isEqualTo(10_000 + 2L * saves + 1);
        assertThat(saved.marks()).isEqualTo(Map.of('a', new Position(saves, 0), 'b', new Position(saves, 1)));
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void twoProcessesSavingAtOnceKeepEachOthersMarks() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<Process> processes = new java.util.ArrayList<>();
        for (String letters : List.of("abcdefghij", "klmnopqrst")) {
            processes.add(new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                    MarkingProcess.class.getName(), state.toString(), letters).redirectErrorStream(true).start());
        }
        for (Process process : processes) {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(output).isZero();
        }

        PositionStore.Saved saved = new PositionStore(state).load("shared");
        assertThat(saved.marks()).containsOnlyKeys('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j',
                'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't');
        assertThat(temporaryFiles()).isEmpty();
    }

    /** Another process: sets each of its letters as a mark again and again, one save each, as fast as it can. */
    static final class MarkingProcess {
        public static void main(String[] args) throws IOException {
            PositionStore store = new PositionStore(Path.of(args[0]));
            for (int round = 0; round < 6; round++) { // long enough for the two to overlap
                for (char letter : args[1].toCharArray()) {
                    long now = System.currentTimeMillis();
                    store.save("shared", new PositionStore.Saved(new Position(letter, 0),
                            Map.of(letter, new Position(letter, round)), now, Map.of(letter, now)));
                }
            }
        }
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
