package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The warm-up waits for a still keyboard: keys come first. */
class WarmUpWaitTest {
    private static final long MILLI = 1_000_000;
    private final AtomicLong now = new AtomicLong(5_000 * MILLI);
    private final WarmUpWait wait = new WarmUpWait(now::get);

    @Test
    void nothingIsWarmedUpRightAfterTheFirstFrame() {
        assertThat(wait.millisLeft()).isEqualTo(WarmUpWait.STILL_MILLIS);
        now.addAndGet(WarmUpWait.STILL_MILLIS * MILLI - MILLI / 2);
        assertThat(wait.millisLeft()).as("half a millisecond left still waits").isEqualTo(1);
        now.addAndGet(MILLI / 2);
        assertThat(wait.millisLeft()).isZero();
    }

    @Test
    void eachKeyStartsTheWaitAgain() {
        now.addAndGet(250 * MILLI);
        wait.keyPressed();
        now.addAndGet(250 * MILLI);
        assertThat(wait.millisLeft()).isEqualTo(WarmUpWait.STILL_MILLIS - 250);
        now.addAndGet(WarmUpWait.STILL_MILLIS * MILLI);
        assertThat(wait.millisLeft()).isZero();
        wait.keyPressed();
        assertThat(wait.millisLeft()).isEqualTo(WarmUpWait.STILL_MILLIS);
    }
}
