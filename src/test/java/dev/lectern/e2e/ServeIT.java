package dev.lectern.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./lectern serve} read through OpenSSH's {@code ssh -tt} in a real terminal (tmux), as a
 * person reads it: the library, an article, a step, a resize, quit; then SIGTERM with a reader in.
 */
class ServeIT {
    private static final String PROJECT = System.getProperty("user.dir");
    private static final String GOODBYE = "lectern: the server is stopping; your place is saved. Goodbye.";

    @TempDir
    Path temp;

    @Test
    void sshShowsTheLibraryOpensAnArticleStepsFollowsAResizeAndSaysGoodbyeOnSigterm() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh")) && Files.isExecutable(Path.of("/usr/bin/ssh-keygen")),
                "OpenSSH's ssh and ssh-keygen are not installed");
        Path key = temp.resolve("key");
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString())
                .redirectErrorStream(true).start();
        assertThat(keygen.waitFor(30, TimeUnit.SECONDS) && keygen.exitValue() == 0).isTrue();
        Files.copy(Path.of(key + ".pub"), temp.resolve("authorized_keys"));
        Path served = temp.resolve("serve.out");
        String[] environment = {"XDG_STATE_HOME=" + temp.resolve("state"), "XDG_DATA_HOME=" + temp.resolve("data"),
                "XDG_CONFIG_HOME=" + temp.resolve("config")};
        try (Tmux server = new Tmux("serve-room", 120, 10, PROJECT, environment);
             Tmux reader = new Tmux("serve-reader", 100, 30, PROJECT, "LANG=C.UTF-8")) {
            server.typeLine("./lectern serve content --port 0 --authorized-keys " + temp.resolve("authorized_keys")
                    + " > " + served + " 2>&1; echo SERVED=$?");
            int port = portOf(served);
            String ssh = "ssh -tt -p " + port + " -i " + key + " -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null"
                    + " -o LogLevel=ERROR 127.0.0.1";

            reader.typeLine("clear; " + ssh + "; echo EXIT=$?");
            reader.waitFor("Library · content");
            reader.waitFor("MISE À JOUR");
            reader.keys("Enter");
            reader.waitFor("¶ 1/8");
            reader.keys("j");
            reader.waitFor("¶ 2/8");
            reader.resize(70, 20);
            reader.waitFor(screen -> screen.contains("¶ 2/8") && screen.lines().allMatch(line -> line.stripTrailing().length() <= 70)
                    && screen.lines().noneMatch(line -> line.indexOf('│', 1) > 0), "the article redrawn at 70 columns, without its pane");
            reader.keys("q");
            reader.waitFor("Library · content");
            reader.keys("q");
            reader.waitFor(screen -> screen.lines().anyMatch(line -> line.equals("EXIT=0")), "ssh to end");
            assertThat(reader.alternateScreenOn()).isFalse();

            // Back at the same place; then the server is stopped under the reader.
            reader.typeLine("clear; " + ssh + " open kazakhstan-otsc.fr.txt; echo EXIT=$?");
            reader.waitFor("¶ 2/8");
            reader.keys("j");
            reader.waitFor("¶ 3/8");
            ProcessHandle java = ProcessHandle.of(server.childOfShell()).orElseThrow();
            assertThat(java.info().command().orElse("")).endsWith("java");
            java.destroy(); // SIGTERM
            reader.waitFor(screen -> screen.lines().anyMatch(line -> line.equals(GOODBYE)), "the goodbye");
            reader.waitFor(screen -> screen.lines().anyMatch(line -> line.equals("EXIT=0")), "ssh to end");
            assertThat(reader.alternateScreenOn()).isFalse();
            server.waitFor(screen -> screen.lines().anyMatch(line -> line.equals("SERVED=143")), "the server to end");
        }
        List<Path> saved;
        try (var files = Files.walk(temp.resolve("state/lectern/readers"))) {
            saved = files.filter(file -> file.toString().endsWith(".properties")).toList();
        }
        assertThat(saved).hasSize(1); // one reader, one article, kept under the reader's key
        assertThat(Files.readString(saved.get(0))).contains("position=3\\:0");
    }

    /** The port the server says it listens on, once it has started (the launcher may build first). */
    private static int portOf(Path served) throws Exception {
        Pattern listening = Pattern.compile("on 127\\.0\\.0\\.1:(\\d+)");
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            String out = Files.exists(served) ? Files.readString(served) : "";
            Matcher m = listening.matcher(out);
            if (out.contains("try:") && m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not start: " + (Files.exists(served) ? Files.readString(served) : "no output"));
    }
}
