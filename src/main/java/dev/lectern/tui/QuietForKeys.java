package dev.lectern.tui;

/**
 * When the background analysis keeps still for the reader: for 400 ms after each key (the
 * keyboard's quiet, {@link QuietKeyboard}, as for the warm-up), so that steps are drawn without
 * its collections (which stop every thread: on 10 MB, several of 20-70 ms while its tokens pile
 * up). Keys held down do not stop it for good: after a second still, it works 200 ms whatever
 * comes. Keys come from the view's thread; the analysis asks.
 */
final class QuietForKeys {
    private static final long LONGEST_STILL_NANOS = 1_000_000_000;
    private static final long SHORTEST_RUN_NANOS = 200_000_000;

    /** Quiet from the start: the analysis keeps still only once a key is pressed. */
    private final QuietKeyboard keys = QuietKeyboard.quietAlready(System::nanoTime);
    /** The analysis's own: whether it is keeping still, since when, and until when it works regardless. */
    private boolean still;
    private long stillSince;
    private long worksUntil = System.nanoTime();

    void keyPressed() {
        keys.touched();
    }

    /** True when the analysis should keep still now (asked by the analysis's thread only). */
    boolean keepStill() {
        long now = System.nanoTime();
        if (keys.quietLongEnough() || worksUntil - now > 0) {
            still = false;
            return false;
        }
        if (!still) {
            still = true;
            stillSince = now;
        } else if (now - stillSince > LONGEST_STILL_NANOS) {
            still = false;
            worksUntil = now + SHORTEST_RUN_NANOS;
            return false;
        }
        return true;
    }

    /** How long to wait before asking again, in milliseconds (at least 1). */
    long millisLeft() {
        return Math.max(1, keys.millisLeft());
    }
}
