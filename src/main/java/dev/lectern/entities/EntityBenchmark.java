package dev.lectern.entities;

import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.summary.Summariser;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times {@link EntityIndex#build} on one file, phase by phase, and the {@link Summariser} on the
 * same document.
 *
 * <pre>
 * mvn -q -o package -DskipTests
 * java -cp target/lectern.jar dev.lectern.entities.EntityBenchmark FILE [RUNS] [--dump OUT] [--no-summary]
 * </pre>
 *
 * It builds the index RUNS times (5 by default; the first is cold, the JIT still warming up; all
 * are printed), then prints the median, minimum and maximum of each phase over the runs: wall
 * time, then the building thread's CPU time, and the whole JVM's CPU time for the build (the
 * collector's and the compiler's threads add to it). CPU times vary less with the machine's load.
 * Then the same for RUNS summaries, unless {@code --no-summary}. With {@code --dump OUT} it writes
 * every entity of the last build to OUT, one a line ({@link EntityDump}), so that two versions
 * of the code can be compared with {@code diff}. Run it as the reader runs
 * ({@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}, see the launcher) for figures that matter.
 */
public final class EntityBenchmark {
    private EntityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: EntityBenchmark FILE [RUNS] [--dump OUT] [--no-summary]");
            System.exit(2);
        }
        int runs = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 5;
        Path dump = null;
        boolean skipSummary = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--dump") && i + 1 < args.length) {
                dump = Path.of(args[i + 1]);
            }
            skipSummary |= args[i].equals("--no-summary");
        }
        Document document = DocumentLoader.load(Path.of(args[0]));
        long chars = document.paragraphs().stream().mapToLong(p -> p.text().length()).sum();
        System.out.printf(Locale.ROOT, "%s: %,d paragraphs, %,d chars, %s%n", args[0], document.size(), chars,
                document.language());

        Map<String, List<Double>> phases = new LinkedHashMap<>();
        Map<String, List<Double>> cpuPhases = new LinkedHashMap<>();
        EntityIndex index = null;
        for (int run = 1; run <= runs; run++) {
            index = null;
            PhaseTimes times = PhaseTimes.started();
            long start = System.nanoTime();
            long processStart = processCpu();
            index = EntityIndex.build(document, times);
            double total = (System.nanoTime() - start) / 1e6;
            double process = (processCpu() - processStart) / 1e6;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "build %d: %6.0f ms  (", run, total));
            times.millis().forEach((phase, ms) -> {
                phases.computeIfAbsent(phase, k -> new ArrayList<>()).add(ms);
                line.append(String.format(Locale.ROOT, "%s %.0f, ", phase, ms));
            });
            double cpu = times.cpuMillis().values().stream().mapToDouble(Double::doubleValue).sum();
            times.cpuMillis().forEach((phase, ms) -> cpuPhases.computeIfAbsent(phase, k -> new ArrayList<>()).add(ms));
            phases.computeIfAbsent("total", k -> new ArrayList<>()).add(total);
            cpuPhases.computeIfAbsent("total", k -> new ArrayList<>()).add(cpu);
            cpuPhases.computeIfAbsent("process total", k -> new ArrayList<>()).add(process);
            System.out.println(line.substring(0, line.length() - 2)
                    + String.format(Locale.ROOT, "); CPU: thread %.0f ms, process %.0f ms", cpu, process));
        }
        System.out.printf(Locale.ROOT, "%,d entities%n", index.entities().size());
        phases.forEach((phase, ms) -> System.out.println(stats("entities " + phase, ms)));
        cpuPhases.forEach((phase, ms) -> System.out.println(stats("CPU " + phase, ms)));

        if (dump != null) {
            write(index, dump);
        }
        if (skipSummary) {
            return;
        }
        List<Double> summaries = new ArrayList<>();
        Summariser summariser = new Summariser();
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            int sentences = summariser.summarise(document).size();
            summaries.add((System.nanoTime() - start) / 1e6);
            System.out.printf(Locale.ROOT, "summary %d: %6.0f ms (%d sentences)%n", run, summaries.get(run - 1), sentences);
        }
        System.out.println(stats("summary", summaries));
    }

    /** CPU time of the whole JVM: the build's thread, the collector's and the compiler's. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String stats(String what, List<Double> ms) {
        List<Double> sorted = ms.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return String.format(Locale.ROOT, "%-26s median %7.0f ms  min %7.0f  max %7.0f  (%d runs)", what, median,
                sorted.get(0), sorted.get(n - 1), n);
    }

    private static void write(EntityIndex index, Path file) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (Entity entity : index.entities()) {
                out.println(EntityDump.line(entity));
            }
        }
    }
}
