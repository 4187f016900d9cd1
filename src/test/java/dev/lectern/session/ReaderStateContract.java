package dev.lectern.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every ReaderState keeps, run against each implementation. */
abstract class ReaderStateContract {
    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    private ReaderState.Store store;
    /** A second store on the same place: another {@code lectern serve} process. */
    private ReaderState.Store otherInstance;
    private String reader;

    /** A new store on the place under test; called twice per test for two instances. */
    abstract ReaderState.Store openStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openStore();
        otherInstance = openStore();
        // Fingerprint-like, and new for each test: the database outlives the tests.
        reader = "SHA256:" + java.util.UUID.randomUUID().toString().replace("-", "") + "+/x";
    }

    @AfterEach
    void close() {
        store.close();
        otherInstance.close();
    }

    private ReaderState state() {
        return store.reader(reader);
    }

    @Test
    void nothingSavedIsNull() throws Exception {
        assertThat(state().reading("/library/a.txt")).isNull();
        assertThat(state().history()).isEmpty();
        assertThat(state().readingList()).isEmpty();
    }

    @Test
    void aSavedReadingComesBack() throws Exception {
        state().save("/library/a.txt", new Position(7, 120), T0, Map.of('a', new Position(3, 0)));
        ReaderState.Reading reading = state().reading("/library/a.txt");
        assertThat(reading.position()).isEqualTo(new Position(7, 120));
        assertThat(reading.movedAt()).isEqualTo(T0);
        assertThat(reading.marks()).isEqualTo(Map.of('a', new Position(3, 0)));
        assertThat(state().reading("/library/b.txt")).isNull();
    }

    @Test
    void theNewestMoveWinsWhicheverIsSavedLast() throws Exception {
        state().save("k", new Position(9, 0), T0.plusSeconds(60), Map.of());
        otherInstance.reader(reader).save("k", new Position(2, 0), T0, Map.of());
        assertThat(state().reading("k").position()).isEqualTo(new Position(9, 0));
        assertThat(state().reading("k").movedAt()).isEqualTo(T0.plusSeconds(60));

        otherInstance.reader(reader).save("k", new Position(11, 5), T0.plusSeconds(61), Map.of());
        assertThat(state().reading("k").position()).isEqualTo(new Position(11, 5));
    }

    @Test
    void timesAreKeptToTheMicrosecond() throws Exception {
        Instant precise = T0.plusNanos(123_456_789);
        state().save("k", new Position(3, 0), precise, Map.of());
        assertThat(state().reading("k").movedAt()).isEqualTo(T0.plusNanos(123_456_000));
        // A move in the same microsecond is not older: it wins.
        state().save("k", new Position(4, 0), precise.plusNanos(1), Map.of());
        assertThat(state().reading("k").position()).isEqualTo(new Position(4, 0));
    }

    @Test
    void marksAreMergedLetterByLetter() throws Exception {
        state().save("k", new Position(1, 0), T0, Map.of('a', new Position(2, 0), 'b', new Position(3, 0)));
        otherInstance.reader(reader).save("k", new Position(1, 0), T0, Map.of('b', new Position(30, 0), 'c', new Position(4, 0)));
        assertThat(state().reading("k").marks()).isEqualTo(
                Map.of('a', new Position(2, 0), 'b', new Position(30, 0), 'c', new Position(4, 0)));
    }

    @Test
    void anOlderSaveStillAddsItsMarks() throws Exception {
        state().save("k", new Position(5, 0), T0.plusSeconds(10), Map.of());
        state().save("k", new Position(1, 0), T0, Map.of('z', new Position(8, 0)));
        assertThat(state().reading("k").position()).isEqualTo(new Position(5, 0));
        assertThat(state().reading("k").marks()).containsEntry('z', new Position(8, 0));
    }

    @Test
    void aMarkSetEarlierDoesNotReplaceOneSetLater() throws Exception {
        state().save("k", new ReaderState.Reading(new Position(1, 0), T0, Map.of('a', new Position(2, 0)),
                Map.of('a', T0.plusSeconds(5))));
        otherInstance.reader(reader).save("k", new ReaderState.Reading(new Position(3, 0), T0.plusSeconds(9),
                Map.of('a', new Position(7, 0), 'b', new Position(8, 0)), Map.of('a', T0.plusSeconds(4), 'b', T0)));
        ReaderState.Reading reading = state().reading("k");
        assertThat(reading.position()).isEqualTo(new Position(3, 0));
        assertThat(reading.marks()).isEqualTo(Map.of('a', new Position(2, 0), 'b', new Position(8, 0)));
        assertThat(reading.marksSetAt()).isEqualTo(Map.of('a', T0.plusSeconds(5), 'b', T0));

        state().save("k", new ReaderState.Reading(new Position(3, 0), T0, Map.of('a', new Position(9, 0)),
                Map.of('a', T0.plusSeconds(6))));
        assertThat(state().reading("k").marks()).containsEntry('a', new Position(9, 0));
    }

    /** The full-screen reader's view of the same state: what it saves, it finds again. */
    @Test
    void thePositionStoreOverItKeepsTheReadersTimes() throws Exception {
        PositionStore positions = new PositionStore(state());
        long moved = T0.toEpochMilli();
        positions.save("k", new PositionStore.Saved(new Position(4, 2), Map.of('m', new Position(1, 0)), moved,
                Map.of('m', moved - 1)));
        positions.save("k", new PositionStore.Saved(new Position(2, 0), Map.of('m', new Position(9, 0)), moved - 5,
                Map.of('m', moved - 2)));
        PositionStore.Saved saved = new PositionStore(otherInstance.reader(reader)).load("k");
        assertThat(saved.position()).isEqualTo(new Position(4, 2));
        assertThat(saved.movedAt()).isEqualTo(moved);
        assertThat(saved.marks()).isEqualTo(Map.of('m', new Position(1, 0)));
        assertThat(saved.marksSetAt()).isEqualTo(Map.of('m', moved - 1));
    }

    @Test
    void readersAreKeptApart() throws Exception {
        state().save("k", new Position(4, 0), T0, Map.of('a', new Position(4, 0)));
        state().addToHistory("search x");
        state().addToReadingList("k");
        ReaderState stranger = store.reader(reader + "other");
        assertThat(stranger.reading("k")).isNull();
        assertThat(stranger.history()).isEmpty();
        assertThat(stranger.readingList()).isEmpty();
    }

    @Test
    void historyKeepsOrderAndOddCharacters() throws Exception {
        List<String> lines = List.of("jump 3", "search \"a phrase\"", "search /a\\d+/", "glossary OTSC é", "two\nlines");
        for (String line : lines) {
            state().addToHistory(line);
        }
        assertThat(state().history()).containsExactlyElementsOf(lines);
        assertThat(otherInstance.reader(reader).history()).containsExactlyElementsOf(lines);
    }

    @Test
    void historyGivesBackTheNewestLinesOnly() throws Exception {
        for (int i = 0; i < ReaderState.HISTORY_KEPT + 20; i++) {
            state().addToHistory("jump " + i);
        }
        List<String> history = state().history();
        assertThat(history).hasSize(ReaderState.HISTORY_KEPT);
        assertThat(history.get(0)).isEqualTo("jump 20");
        assertThat(history.get(history.size() - 1)).isEqualTo("jump " + (ReaderState.HISTORY_KEPT + 19));
    }

    private List<String> savedKeys() throws Exception {
        return state().readingList().stream().map(ReaderState.Kept::readingKey).toList();
    }

    @Test
    void theReadingListAddsOnceAndRemoves() throws Exception {
        state().addToReadingList("/library/b.txt");
        state().addToReadingList("https://example.org/a");
        state().addToReadingList("/library/b.txt");
        assertThat(savedKeys()).containsExactly("/library/b.txt", "https://example.org/a");
        otherInstance.reader(reader).removeFromReadingList("/library/b.txt");
        assertThat(savedKeys()).containsExactly("https://example.org/a");
        state().removeFromReadingList("never saved");
        assertThat(savedKeys()).containsExactly("https://example.org/a");
    }

    @Test
    void theReadingListKeepsWhenEachWasSavedAndSavingAgainKeepsTheFirstDate() throws Exception {
        Instant before = Instant.now().minusSeconds(2); // the database's clock may run a little apart
        state().addToReadingList("https://example.org/a");
        Instant first = state().readingList().get(0).savedAt();
        Thread.sleep(5);
        otherInstance.reader(reader).addToReadingList("https://example.org/a");
        state().addToReadingList("/library/c.txt");
        Instant after = Instant.now().plusSeconds(2);
        List<ReaderState.Kept> kept = otherInstance.reader(reader).readingList();
        assertThat(kept).extracting(ReaderState.Kept::readingKey).containsExactly("https://example.org/a", "/library/c.txt");
        assertThat(kept.get(0).savedAt()).isEqualTo(first).isBetween(before, after);
        assertThat(kept.get(1).savedAt()).isAfter(first).isBefore(after);
    }

    @Test
    void aReadingKeyOfSeveralLinesIsRefused() {
        assertThatThrownBy(() -> state().addToReadingList("a\nb")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Two sessions of one key on two instances, saving at once: whole rows, no error, newest wins. */
    @Test
    void concurrentSavesFromTwoInstancesLoseNothing() throws Exception {
        int rounds = 40;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (ReaderState.Store instance : List.of(store, otherInstance)) {
                char letter = instance == store ? 'a' : 'b';
                writers.add(() -> {
                    ReaderState state = instance.reader(reader);
                    for (int i = 1; i <= rounds; i++) {
                        state.save("k", new Position(i, letter), T0.plusMillis(i * 2L + (letter == 'b' ? 1 : 0)),
                                Map.of(letter, new Position(i, 0)));
                        state.addToHistory(letter + " " + i);
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers, 60, TimeUnit.SECONDS)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        ReaderState.Reading reading = state().reading("k");
        // b's last move is the newest (one millisecond after a's).
        assertThat(reading.position()).isEqualTo(new Position(rounds, 'b'));
        assertThat(reading.marks()).isEqualTo(Map.of('a', new Position(rounds, 0), 'b', new Position(rounds, 0)));
        assertThat(state().history()).hasSize(2 * rounds).contains("a " + rounds, "b " + rounds);
    }
}
