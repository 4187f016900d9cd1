package dev.lectern.tui;

import java.util.function.LongSupplier;

/**
 * Whether the reader has left the keyboard alone long enough for the warm-up's off-screen frames
 * (see {@link WarmUp}): they wait 400 ms after the first frame and after each key, so that the
 * first key pressed at first sight of the screen is read at once and answered without a
 * cold warm-up frame (its first one builds a terminal and draws interpreted) in its way. The
 * background analysis keeps still by the same quiet ({@link QuietForKeys}).
 */
final class QuietKeyboard {
    static final long QUIET_NANOS = 400_000_000;

    private final LongSupplier nanoClock;
    /** Touched on the view's thread; the analysis's thread asks too (see {@link QuietForKeys}). */
    private volatile long quietSince;

    /** Not quiet until {@link #QUIET_NANOS} from now; {@code nanoClock}: System::nanoTime, or a test's own. */
    QuietKeyboard(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.quietSince = nanoClock.getAsLong();
    }

    /** Quiet already: nothing has touched the keyboard yet. */
    static QuietKeyboard quietAlready(LongSupplier nanoClock) {
        QuietKeyboard keyboard = new QuietKeyboard(nanoClock);
        keyboard.quietSince -= QUIET_NANOS;
        return keyboard;
    }

    /** A frame the reader sees for the first time, or a key: the quiet starts again. */
    void touched() {
        quietSince = nanoClock.getAsLong();
    }

    boolean quietLongEnough() {
        return nanoClock.getAsLong() - quietSince >= QUIET_NANOS;
    }

    /** Milliseconds until {@link #quietLongEnough()} (0 when already). */
    long millisLeft() {
        long left = QUIET_NANOS - (nanoClock.getAsLong() - quietSince);
        return left <= 0 ? 0 : (left + 999_999) / 1_000_000;
    }
}
