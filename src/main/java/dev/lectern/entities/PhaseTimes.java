package dev.lectern.entities;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall time spent in each phase of {@link EntityIndex#build}, for the benchmark. A phase's time is
 * what elapsed since the previous {@link #mark}, so the phases add up to the whole build.
 */
final class PhaseTimes {
    /** Records nothing: what a normal build uses. */
    static final PhaseTimes NONE = new PhaseTimes(false);

    private final boolean on;
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long last = System.nanoTime();

    private PhaseTimes(boolean on) {
        this.on = on;
    }

    static PhaseTimes started() {
        return new PhaseTimes(true);
    }

    /** Ends phase {@code name}, which began at the previous mark (or at the start). */
    void mark(String name) {
        if (!on) {
            return;
        }
        long now = System.nanoTime();
        nanos.merge(name, now - last, Long::sum);
        last = now;
    }

    /** Milliseconds per phase, in the order they first ended. */
    Map<String, Double> millis() {
        Map<String, Double> millis = new LinkedHashMap<>();
        nanos.forEach((name, time) -> millis.put(name, time / 1e6));
        return millis;
    }
}
