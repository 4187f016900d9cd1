package dev.lectern.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The served process as /proc shows it: resident memory, threads, open descriptors, CPU time. */
final class ServerProcess {
    /** USER_HZ, the unit of utime and stime in /proc/PID/stat: 100 on Linux (getconf CLK_TCK). */
    static final int TICKS_PER_SECOND = 100;

    private final Path proc;

    ServerProcess(long pid) {
        this.proc = Path.of("/proc", Long.toString(pid));
    }

    record Sample(long rssKb, int threads, int fds, long cpuTicks) {
    }

    /** How many threads of each name (the JVM gives its threads' names to the kernel, cut to 15 characters). */
    Map<String, Integer> threadNames() throws IOException {
        Map<String, Integer> names = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(proc.resolve("task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    // Numbered pools (pool-3-thread-1, sshd-...-nio2-thread-4) counted under one name.
                    String name = Files.readString(task.resolve("comm")).strip().replaceAll("\\d+", "N");
                    names.merge(name, 1, Integer::sum);
                } catch (IOException gone) {
                    // The thread ended while being listed.
                }
            }
        }
        return names;
    }

    Sample sample() throws IOException {
        long rss = -1;
        int threads = -1;
        for (String line : Files.readAllLines(proc.resolve("status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("Threads:")) {
                threads = Integer.parseInt(line.replaceAll("\\D", ""));
            }
        }
        int fds;
        try (Stream<Path> open = Files.list(proc.resolve("fd"))) {
            fds = (int) open.count();
        }
        // The command name in parentheses may hold spaces: the fields are counted after it.
        String stat = Files.readString(proc.resolve("stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long cpu = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
        return new Sample(rss, threads, fds, cpu);
    }
}
