package dev.lectern.tui;

import java.util.function.LongSupplier;

/**
 * When the off-screen warm-up ({@link WarmUp}) may draw its next frame: only once the keyboard
 * has been still for {@link #STILL_MILLIS} since the first frame or the last key. Its first
 * frame builds a terminal of its own and draws with cold code (40-60 ms here), and a key that
 * came meanwhile waited for it: a key pressed at first sight of the screen is now answered first.
 */
final class WarmUpWait {
    static final long STILL_MILLIS = 300;
    private final LongSupplier nanoClock;
    private long lastKey;

    /** From now (the first frame), by {@code nanoClock} (System::nanoTime, or a test's). */
    WarmUpWait(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.lastKey = nanoClock.getAsLong();
    }

    void keyPressed() {
        lastKey = nanoClock.getAsLong();
    }

    /** How long until the warm-up may go on, in milliseconds: 0 when it may now. */
    long millisLeft() {
        long left = lastKey + STILL_MILLIS * 1_000_000 - nanoClock.getAsLong();
        return left <= 0 ? 0 : Math.max(1, left / 1_000_000);
    }
}
