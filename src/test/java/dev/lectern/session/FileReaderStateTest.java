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

    /** A position file exactly as the local reader wrote it before the stores were one: it loads, and saving keeps its form. */
    @Test
    void aLocalReadersFileOfTodaysFormatStillLoads() throws Exception {
        Path local = stateDirectory.resolve("local");
        String key = "/home/reader/content/a.md";
        Path file = local.resolve("positions").resolve(PositionFile.nameFor(key));
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                #Lectern reading position
                #Fri Dec 04 07:00:00 UTC 2026
                path=/home/reader/content/a.md
                position=12\\:340
                moved=1764831600000
                mark.a=3\\:0
                mark.a.set=1764831500000
                mark.b=5\\:7
                mark.b.set=0
                """);
        PositionStore.Saved saved = new PositionStore(local).load(key);
        assertThat(saved.position()).isEqualTo(new Position(12, 340));
        assertThat(saved.movedAt()).isEqualTo(1764831600000L);
        assertThat(saved.marks()).isEqualTo(Map.of('a', new Position(3, 0), 'b', new Position(5, 7)));
        assertThat(saved.marksSetAt()).isEqualTo(Map.of('a', 1764831500000L));

        new PositionStore(local).save(key, new PositionStore.Saved(new Position(13, 0), Map.of(), 1764831700000L, Map.of()));
        String written = Files.readString(file);
        assertThat(written).contains("moved=1764831700000", "mark.a.set=1764831500000", "mark.b=5\\:7");
        assertThat(new PositionStore(local).load(key).position()).isEqualTo(new Position(13, 0));
    }

    /** The oldest form, without any time: it loads and loses to any move saved after. */
    @Test
    void aFileWithoutTimesLoadsAndLosesToAnyMove() throws Exception {
        Path local = stateDirectory.resolve("local");
        Path file = local.resolve("positions").resolve(PositionFile.nameFor("k"));
        Files.createDirectories(file.getParent());
        Files.writeString(file, "path=k\nposition=7\\:0\nmark.a=2\\:0\n");
        FileReaderState state = new FileReaderState(local);
        assertThat(state.reading("k").movedAt()).isEqualTo(Instant.EPOCH);
        state.save("k", new Position(1, 0), Instant.parse("1990-01-01T00:00:00Z"), Map.of());
        assertThat(state.reading("k").position()).isEqualTo(new Position(1, 0));
        assertThat(state.reading("k").marks()).containsEntry('a', new Position(2, 0));
    }

    /** One article a line, with when it was saved; a line written by hand without its time is kept, undated. */
    @Test
    void theReadingListFileHasOneTimedKeyALine() throws Exception {
        Path reader = stateDirectory.resolve("reader");
        FileReaderState state = new FileReaderState(reader);
        state.addToReadingList("https://example.org/a:b");
        String line = Files.readString(reader.resolve("reading-list")).strip();
        assertThat(line).matches("\\d+:https://example.org/a:b");
        Files.writeString(reader.resolve("reading-list"), line + "\n/library/by hand.txt\n");
        assertThat(state.readingList()).containsExactly(
                new ReaderState.Kept("https://example.org/a:b", Instant.ofEpochMilli(Long.parseLong(line.substring(0, line.indexOf(':'))))),
                new ReaderState.Kept("/library/by hand.txt", Instant.EPOCH));
    }
}
