package dev.lectern.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;

/**
 * The load half of bench/ssh-load (not a test): readers on loopback against a running
 * {@code lectern serve} (a separate process, whose /proc entry is read for memory, CPU,
 * threads and descriptors). Prints its figures and writes them as Markdown to --markdown.
 *
 * <p>Each reader has its own ed25519 key and connects from its own loopback address
 * (127.77.x.y), so the server's per-address connection rate (30 a minute) is never what is
 * measured; logins go at most 8 at once, under the server's cap of 10 still logging in.
 *
 * <p>Usage: {@code SshLoad --port P --pid PID --article NAME [--levels 1,10,50] [--steps 60]
 * [--cycles 200] [--cycle-article NAME] [--quiet-ms 10] [--markdown FILE]}
 */
public final class SshLoad {
    private final int port;
    private final ServerProcess server;
    private final String article;
    private final long quietNanos;
    private final SshClient client;
    private final Semaphore loggingIn = new Semaphore(8);
    private final AtomicInteger addresses = new AtomicInteger();

    private SshLoad(int port, ServerProcess server, String article, long quietNanos) {
        this.port = port;
        this.server = server;
        this.article = article;
        this.quietNanos = quietNanos;
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    public static void main(String[] args) throws Exception {
        int port = -1;
        long pid = -1;
        String article = null;
        String cycleArticle = null;
        String levels = "1,10,50";
        int steps = 60;
        int cycles = 200;
        int quietMs = 10;
        Path markdown = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value);
                case "--pid" -> pid = Long.parseLong(value);
                case "--article" -> article = value;
                case "--cycle-article" -> cycleArticle = value;
                case "--levels" -> levels = value;
                case "--steps" -> steps = Integer.parseInt(value);
                case "--cycles" -> cycles = Integer.parseInt(value);
                case "--quiet-ms" -> quietMs = Integer.parseInt(value);
                case "--markdown" -> markdown = Path.of(value);
                default -> {
                    System.err.println("SshLoad: unknown argument " + args[i]);
                    System.exit(2);
                }
            }
            i++;
        }
        if (port <= 0 || pid <= 0 || article == null) {
            System.err.println("SshLoad: --port, --pid and --article are needed");
            System.exit(2);
        }
        ServerProcess server = new ServerProcess(pid);
        SshLoad load = new SshLoad(port, server, article, TimeUnit.MILLISECONDS.toNanos(quietMs));
        List<String> report = new ArrayList<>();
        try {
            report.addAll(load.run(levels, steps, cycles, quietMs, cycleArticle == null ? article : cycleArticle));
        } finally {
            load.client.stop();
        }
        if (markdown == null) {
            report.forEach(System.out::println);
        } else {
            Files.write(markdown, report, StandardCharsets.UTF_8);
        }
    }

    private List<String> run(String levels, int steps, int cycles, int quietMs, String cycleArticle) throws Exception {
        List<String> md = new ArrayList<>();
        ServerProcess.Sample idle = server.sample();
        log("server idle: RSS " + mb(idle.rssKb()) + " MB, " + idle.threads() + " threads, " + idle.fds() + " fds");
        log("warm-up: one reader, " + steps + " steps (not counted)");
        stepTogether(1, steps);

        md.add("### Readers stepping at once (bench/ssh-load)");
        md.add("");
        md.add("Each reader: its own ed25519 key and loopback address, a PTY of 120x40 (xterm-256color), `open "
                + article + "`, then " + steps + " keys (`j`, every fourth a Space; `g` at the last paragraph), one every "
                + "100-200 ms (or as soon as the previous frame ended, if later). **Frame end**: the time from sending the key "
                + "to the last byte of the output it causes, the frame being over when the output has been quiet for "
                + quietMs + " ms (the wait not counted). **Screen**: the time until the client's VT emulator shows the "
                + "first row or the status bar changed (each key sent changes one; the next key waits for it, 10 s at most). "
                + "**No frame / no change**: keys with no output, or no change on screen, within 10 s. Memory: the server's VmRSS with every reader still connected, "
                + "and its peak during the level (sampled every 100 ms); CPU: the server's utime+stime over the level's "
                + "stepping, against its wall time; harness CPU: this client's own (its VT emulators run on the same cores). "
                + "Server idle after the first-paint runs, before the load: VmRSS " + mb(idle.rssKb()) + " MB, "
                + idle.threads() + " threads.");
        md.add("");
        md.add("| readers | frames | frame end p50 | p99 | max | screen p50 | p99 | no frame / no change | VmRSS | peak | server CPU | wall | harness CPU |");
        md.add("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (String level : levels.split(",")) {
            int n = Integer.parseInt(level.strip());
            Level result = stepTogether(n, steps);
            String row = String.format(Locale.ROOT, "| %d | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d / %d | %d MB | %d MB | %.1f s (%.0f%% of a core) | %.1f s | %.1f s |",
                    n, result.frames.size(), ms(percentile(result.frames, 50)), ms(percentile(result.frames, 99)),
                    ms(percentile(result.frames, 100)), ms(percentile(result.sightChanges, 50)), ms(percentile(result.sightChanges, 99)),
                    result.missed, result.frames.size() + result.missed - result.sightChanges.size(), mb(result.rssKb), mb(result.peakRssKb), result.cpuSeconds,
                    100 * result.cpuSeconds / result.wallSeconds, result.wallSeconds, result.clientCpuSeconds);
            md.add(row);
            log(row);
        }
        md.add("");
        md.addAll(cycles(cycles, cycleArticle));
        return md;
    }

    /** What one level gave. */
    private record Level(List<Long> frames, List<Long> sightChanges, int missed, long rssKb, long peakRssKb,
            double cpuSeconds, double wallSeconds, double clientCpuSeconds) {
    }

    /** {@code n} readers connect and open the article, then all step through it at once. */
    private Level stepTogether(int n, int steps) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<RemoteReader> readers = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<RemoteReader>> opening = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                opening.add(pool.submit(() -> {
                    RemoteReader reader = open();
                    readers.add(reader);
                    reader.awaitFirstPage(Duration.ofMillis(1500));
                    return reader;
                }));
            }
            for (Future<RemoteReader> f : opening) {
                f.get(300, TimeUnit.SECONDS);
            }
            ServerProcess.Sample before = server.sample();
            long[] peak = {before.rssKb()};
            Thread sampler = daemon(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        peak[0] = Math.max(peak[0], server.sample().rssKb());
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    } catch (IOException e) {
                        return; // the server went away: the level fails below
                    }
                }
            });
            long start = System.nanoTime();
            long clientStart = ownCpuTicks();
            List<Future<RemoteReader.Steps>> stepping = new ArrayList<>();
            for (RemoteReader reader : readers) {
                stepping.add(pool.submit(() -> reader.step(steps)));
            }
            List<Long> frames = new ArrayList<>();
            List<Long> sightChanges = new ArrayList<>();
            int missed = 0;
            for (Future<RemoteReader.Steps> f : stepping) {
                RemoteReader.Steps s = f.get(600, TimeUnit.SECONDS);
                frames.addAll(s.frames());
                sightChanges.addAll(s.sightChanges());
                missed += s.missed();
            }
            double wall = (System.nanoTime() - start) / 1e9;
            ServerProcess.Sample after = server.sample();
            sampler.interrupt();
            sampler.join();
            Collections.sort(frames);
            Collections.sort(sightChanges);
            return new Level(frames, sightChanges, missed, after.rssKb(), Math.max(peak[0], after.rssKb()),
                    (after.cpuTicks() - before.cpuTicks()) / (double) ServerProcess.TICKS_PER_SECOND, wall,
                    (ownCpuTicks() - clientStart) / (double) ServerProcess.TICKS_PER_SECOND);
        } finally {
            for (RemoteReader reader : readers) {
                reader.leave();
            }
            pool.shutdownNow();
        }
    }

    /** This harness's own CPU time: its 50 VT emulators share the same 2 cores as the server. */
    private static long ownCpuTicks() throws IOException {
        return new ServerProcess(ProcessHandle.current().pid()).sample().cpuTicks();
    }

    /** One reader connected, with the article open on a 120x40 PTY. */
    private RemoteReader open() throws Exception {
        return open(article);
    }

    private RemoteReader open(String name) throws Exception {
        var key = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        int k = addresses.incrementAndGet();
        var from = new InetSocketAddress("127.77." + (k / 250) + "." + (k % 250 + 1), 0);
        loggingIn.acquire();
        ClientSession session;
        try {
            session = client.connect("reader" + k, new InetSocketAddress("127.0.0.1", port), from)
                    .verify(60, TimeUnit.SECONDS).getSession();
            session.addPublicKeyIdentity(key);
            session.auth().verify(60, TimeUnit.SECONDS);
        } finally {
            loggingIn.release();
        }
        return new RemoteReader(session, name, quietNanos);
    }

    /**
     * Connect, open the article, one step, quit, disconnect: {@code cycles} times, one after the
     * other, while the server's threads and descriptors are sampled every 20 ms.
     */
    private List<String> cycles(int cycles, String cycleArticle) throws Exception {
        List<String> md = new ArrayList<>();
        if (cycles <= 0) {
            return md;
        }
        Thread.sleep(3000); // the last level's readers are gone on the server's side too
        ServerProcess.Sample before = server.sample();
        Map<String, Integer> namesBefore = server.threadNames();
        ServerProcess.Sample[] peak = {before};
        Thread sampler = daemon(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    ServerProcess.Sample s = server.sample();
                    peak[0] = new ServerProcess.Sample(Math.max(peak[0].rssKb(), s.rssKb()), Math.max(peak[0].threads(), s.threads()),
                            Math.max(peak[0].fds(), s.fds()), s.cpuTicks());
                    Thread.sleep(20);
                } catch (InterruptedException | IOException e) {
                    return;
                }
            }
        });
        log("cycles: " + cycles + " connect/open/step/quit/disconnect, one after the other");
        long start = System.nanoTime();
        int failed = 0;
        for (int i = 0; i < cycles; i++) {
            try {
                RemoteReader reader = open(cycleArticle);
                reader.awaitFirstPage(Duration.ZERO);
                reader.step(1);
                reader.quit();
            } catch (Exception e) {
                failed++;
                log("cycle " + (i + 1) + " failed: " + e);
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        ServerProcess.Sample right = server.sample();
        Thread.sleep(5000);
        ServerProcess.Sample soon = server.sample();
        Thread.sleep(35000); // the server's pool lets an idle thread go after 30 s
        ServerProcess.Sample after = server.sample();
        Map<String, Integer> namesAfter = server.threadNames();
        sampler.interrupt();
        sampler.join();
        md.add(String.format(Locale.ROOT, "### %d connect/read/disconnect cycles (bench/ssh-load)", cycles));
        md.add("");
        md.add(String.format(Locale.ROOT, "One after the other, each with a new key: connect, `open " + cycleArticle + "`, one step, `q`, disconnect; "
                + "%.1f s in all, %d failed. The server's /proc/PID/status Threads and /proc/PID/fd, sampled every 20 ms:", wall, failed));
        md.add("");
        md.add("| | before | peak | right after the last | 5 s after | 40 s after |");
        md.add("| --- | ---: | ---: | ---: | ---: | ---: |");
        md.add(String.format(Locale.ROOT, "| threads | %d | %d | %d | %d | %d |", before.threads(), peak[0].threads(), right.threads(),
                soon.threads(), after.threads()));
        md.add(String.format(Locale.ROOT, "| open file descriptors | %d | %d | %d | %d | %d |", before.fds(), peak[0].fds(), right.fds(),
                soon.fds(), after.fds()));
        md.add(String.format(Locale.ROOT, "| VmRSS | %d MB | %d MB | %d MB | %d MB | %d MB |", mb(before.rssKb()), mb(peak[0].rssKb()),
                mb(right.rssKb()), mb(soon.rssKb()), mb(after.rssKb())));
        md.add("");
        for (String line : md.subList(md.size() - 5, md.size() - 1)) {
            log(line);
        }
        String changed = threadsChanged(namesBefore, namesAfter);
        md.add("Threads by name (digits as N), before → 40 s after: " + (changed.isEmpty() ? "the same." : changed + "."));
        md.add("");
        log("threads by name, before -> after: " + changed);
        return md;
    }

    /** The thread names whose count changed, as "name a → b". */
    static String threadsChanged(Map<String, Integer> before, Map<String, Integer> after) {
        List<String> changes = new ArrayList<>();
        for (String name : new TreeSet<>(union(before, after).keySet())) {
            int a = before.getOrDefault(name, 0);
            int b = after.getOrDefault(name, 0);
            if (a != b) {
                changes.add("`" + name + "` " + a + " → " + b);
            }
        }
        return String.join(", ", changes);
    }

    private static Map<String, Integer> union(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> all = new TreeMap<>(a);
        all.putAll(b);
        return all;
    }

    /** The nearest-rank percentile of sorted nanoseconds; NaN when there are none. */
    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static double ms(double nanos) {
        return nanos / 1e6;
    }

    private static long mb(long kb) {
        return Math.round(kb / 1024.0);
    }

    private static void log(String line) {
        PrintStream err = System.err;
        err.println("ssh-load: " + line);
        err.flush();
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "ssh-load-sampler");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Sleeps a random 100-200 ms after {@code since} (nanoTime), less what has passed. */
    static void pace(long since) throws InterruptedException {
        long due = since + TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextInt(100, 201));
        long left = due - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }
}
