package dev.lectern.session;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests use: the one named by LECTERN_TEST_JDBC_URL (environment or
 * system property; .ci/run starts one and sets it), else a throwaway cluster started here on
 * 127.0.0.1 and an ephemeral port, as the postgres user when run as root (postgres will not run
 * as root), and stopped when the tests end. With neither, the tests that need it are skipped
 * with one line saying why.
 */
public final class TestDatabase {
    private static String url;
    private static String problem;

    private TestDatabase() {
    }

    public static synchronized String url() {
        if (url == null && problem == null) {
            String given = System.getProperty("LECTERN_TEST_JDBC_URL", System.getenv("LECTERN_TEST_JDBC_URL"));
            if (given != null && !given.isBlank()) {
                url = given;
            } else {
                try {
                    url = startThrowawayCluster();
                } catch (IOException | RuntimeException e) {
                    problem = e.getMessage();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    problem = "interrupted";
                }
            }
        }
        if (url == null) {
            System.err.println("PostgreSQL tests skipped: no server could be started (" + problem + ")");
            Assumptions.abort("no PostgreSQL server could be started: " + problem);
        }
        return url;
    }

    private static String startThrowawayCluster() throws IOException, InterruptedException {
        Path bin = binaries();
        Path home = Files.createTempDirectory("lectern-pg");
        Path data = home.resolve("data");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            run(List.of("chown", "postgres", home.toString()), root);
        }
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "lectern",
                "-E", "UTF8", "--no-sync"), root);
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", home.resolve("log").toString(), "-w",
                "-o", "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"), root);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"), root);
            } catch (IOException | InterruptedException ignored) {
                // The directory goes anyway.
            }
            deleteQuietly(home);
        }, "lectern-test-postgres-stop"));
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=lectern";
    }

    /** The newest installed server's bin directory (Debian keeps them out of PATH). */
    private static Path binaries() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> each = Files.list(versions)) {
                var newest = each.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparing(v -> v.getFileName().toString(), Comparator.comparingInt(TestDatabase::number)));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb"))) {
                return Path.of(dir);
            }
        }
        throw new IOException("no initdb found (install postgresql)");
    }

    private static int number(String version) {
        try {
            return Integer.parseInt(version.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres && !command.get(0).equals("chown")) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            String last = output.strip().lines().reduce((a, b) -> b).orElse("");
            throw new IOException(Path.of(command.get(0)).getFileName() + " failed: " + last);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory: the system cleans it at last.
        }
    }
}
