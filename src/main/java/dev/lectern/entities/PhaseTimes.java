package dev.lectern.entities;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Time spent in each phase of {@link EntityIndex#build}, for the benchmark: wall time, and the
 * building thread's CPU time, which other programs on the machine disturb less (it leaves out
 * the collector's and the compiler's threads). A phase's time is what elapsed since the
 * previous {@link #mark}, so the phases add up to the whole build.
 */
final class PhaseTimes {
    /** Records nothing: what a normal build uses. */
    static final PhaseTimes NONE = new PhaseTimes(false);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final boolean on;
    private final Map<String, Long> wall = new LinkedHashMap<>();
    private final Map<String, Long> cpu = new LinkedHashMap<>();
    private long lastWall;
    private long lastCpu;

    private PhaseTimes(boolean on) {
        this.on = on;
        if (on) {
            lastWall = System.nanoTime();
            lastCpu = THREADS.getCurrentThreadCpuTime();
        }
    }

    static PhaseTimes started() {
        return new PhaseTimes(true);
    }

    /** Ends phase {@code name}, which began at the previous mark (or at the start). */
    void mark(String name) {
        if (!on) {
            return;
        }
        long nowWall = System.nanoTime();
        long nowCpu = THREADS.getCurrentThreadCpuTime();
        wall.merge(name, nowWall - lastWall, Long::sum);
        cpu.merge(name, nowCpu - lastCpu, Long::sum);
        lastWall = nowWall;
        lastCpu = nowCpu;
    }

    /** Wall milliseconds per phase, in the order they first ended. */
    Map<String, Double> millis() {
        return inMillis(wall);
    }

    /** The building thread's CPU milliseconds per phase. */
    Map<String, Double> cpuMillis() {
        return inMillis(cpu);
    }

    private static Map<String, Double> inMillis(Map<String, Long> nanos) {
        Map<String, Double> millis = new LinkedHashMap<>();
        nanos.forEach((name, time) -> millis.put(name, time / 1e6));
        return millis;
    }
}
