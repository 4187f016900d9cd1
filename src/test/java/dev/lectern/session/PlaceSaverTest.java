package dev.lectern.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class PlaceSaverTest {
    private record Write(String key, PositionStore.Saved place) {
    }

    private final List<Write> writes = new CopyOnWriteArrayList<>();

    private PlaceSaver saver(long quietMillis, long longestMillis) {
        return new PlaceSaver((key, place) -> writes.add(new Write(key, place)), quietMillis, longestMillis);
    }

    private static PositionStore.Saved at(int paragraph) {
        return new PositionStore.Saved(new Position(paragraph, 0), Map.of(), paragraph, Map.of());
    }

    /** Polls for what a background thread does; fails after five seconds. */
    private static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    @Test
    void aMoveIsWrittenOnItsOwnOnceTheReaderKeepsStill() throws Exception {
        PlaceSaver saver = saver(50, 200);

        saver.moved("k", at(5));

        eventually(() -> !writes.isEmpty(), "the move written");
        assertThat(writes).containsExactly(new Write("k", at(5)));
    }

    @Test
    void quickMovesAreWrittenOnceAsTheLastOfThem() throws Exception {
        PlaceSaver saver = saver(1_000, 60_000);

        for (int paragraph = 1; paragraph <= 100; paragraph++) {
            saver.moved("k", at(paragraph));
        }

        eventually(() -> !writes.isEmpty(), "the moves written");
        Thread.sleep(100); // a second write would follow at once
        assertThat(writes).containsExactly(new Write("k", at(100)));
    }

    @Test
    void movesThatNeverStopAreStillWrittenAfterTheLongestWait() throws Exception {
        PlaceSaver saver = saver(200, 400);

        long end = System.nanoTime() + 1_500_000_000L;
        int paragraph = 0;
        while (System.nanoTime() < end) {
            saver.moved("k", at(++paragraph));
            Thread.sleep(20); // quicker than the quiet time: a plain debounce would never write
        }

        assertThat(writes).as("written while the moves went on").isNotEmpty();
        int last = paragraph;
        eventually(() -> writes.get(writes.size() - 1).equals(new Write("k", at(last))), "the last move written");
    }

    @Test
    void flushWritesAtOnceWhatWaitsAndOnlyOnce() {
        PlaceSaver saver = saver(3_600_000, 3_600_000);
        saver.moved("a", at(2));
        saver.moved("b", at(3));
        saver.moved("a", at(4));

        saver.flush();
        assertThat(writes).containsExactly(new Write("a", at(4)), new Write("b", at(3)));

        saver.flush();
        assertThat(writes).hasSize(2);
    }

    @Test
    void aFailedWriteIsReportedByFlushAndTheNextMoveIsWrittenAgain() throws Exception {
        List<PositionStore.Saved> written = new CopyOnWriteArrayList<>();
        boolean[] diskFull = {true};
        PlaceSaver saver = new PlaceSaver((key, place) -> {
            if (diskFull[0]) {
                throw new IOException("No space left on device");
            }
            written.add(place);
        }, 3_600_000, 3_600_000);

        saver.moved("k", at(2));
        assertThat(saver.flush()).isEqualTo("No space left on device");

        diskFull[0] = false;
        saver.moved("k", at(3));
        assertThat(saver.flush()).isNull();
        assertThat(written).containsExactly(at(3));
    }

    @Test
    void itsThreadNeverKeepsTheProcessAlive() throws Exception {
        PlaceSaver saver = saver(3_600_000, 3_600_000);
        saver.moved("k", at(2));

        Thread thread = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("lectern-place-saver") && t.isAlive()).findFirst().orElseThrow();
        assertThat(thread.isDaemon()).isTrue();
        saver.flush();
    }
}
