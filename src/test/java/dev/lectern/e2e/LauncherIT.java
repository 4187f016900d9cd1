package dev.lectern.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.doc.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real ./lectern launcher in a real terminal (tmux), read as a person reads the screen. */
class LauncherIT {
    private static final String PROJECT = System.getProperty("user.dir");
    private static final String SEED = "content/kazakhstan-otsc.fr.txt";
    /** An SGR that sets a foreground or background colour (30-37, 90-97, 40-47, 38;5;n...). */
    private static final java.util.regex.Pattern COLOUR = java.util.regex.Pattern.compile("\u001b\\[[0-9;]*(?<![0-9])(3[0-8]|9[0-7]|4[0-8])[;m]");

    @TempDir
    Path temp;

    private Tmux tmux(String name, int columns, int rows, String... environment) throws Exception {
        String[] env = Arrays.copyOf(environment, environment.length + 3);
        env[environment.length] = "XDG_STATE_HOME=" + temp.resolve("state");
        env[environment.length + 1] = "XDG_CONFIG_HOME=" + temp.resolve("config");
        env[environment.length + 2] = "XDG_DATA_HOME=" + temp.resolve("data");
        return new Tmux(name, columns, rows, PROJECT, env);
    }

    /** Runs the reader on the seed article from the shell, which prints "EXIT=n" when it ends. */
    private static void openSeed(Tmux tmux) throws Exception {
        tmux.typeLine("clear; ./lectern " + SEED + "; echo EXIT=$?");
    }

    /** Waits for the command line's ":" on the bottom row. */
    private static void waitForPrompt(Tmux tmux) throws Exception {
        tmux.waitFor(s -> s.lines().reduce((a, b) -> b).orElse("").startsWith(":"), "the prompt");
    }

    /** Waits for the "EXIT=n" line the shell prints after the reader (not the typed command). */
    private static String waitForExit(Tmux tmux) throws Exception {
        return tmux.waitFor(screen -> screen.lines().anyMatch(line -> line.matches("EXIT=\\d+")), "the reader to exit");
    }

    /**
     * Runs {@code command} on a cleared screen, the previous command's EXIT line gone first: a
     * "clear; command" typed at once can be waited for while the old line is still shown.
     */
    private static void runAfresh(Tmux tmux, String command) throws Exception {
        tmux.typeLine("clear");
        tmux.waitFor(screen -> screen.lines().noneMatch(line -> line.matches("EXIT=\\d+")), "the screen to clear");
        tmux.typeLine(command + "; echo EXIT=$?");
    }

    /** Saves the tty settings to a file, so they can be compared after the reader exits. */
    private void saveTty(Tmux tmux, String file) throws Exception {
        // The quotes keep the typed command from matching what is waited for.
        tmux.typeLine("stty -g > " + temp.resolve(file) + "; echo \"saved\" \"" + file + "\"");
        tmux.waitFor("saved " + file);
    }

    private void assertShellIsBackAsItWas(Tmux tmux) throws Exception {
        waitForExit(tmux);
        assertThat(tmux.alternateScreenOn()).as("alternate screen left").isFalse();
        saveTty(tmux, "after");
        assertThat(Files.readString(temp.resolve("after"))).isEqualTo(Files.readString(temp.resolve("before")));
        tmux.typeLine("echo \"shell\"-is-usable");
        tmux.waitFor(screen -> screen.lines().anyMatch(line -> line.equals("shell-is-usable")), "the shell to echo");
    }

    @Test
    void readsTheSeedArticleMovesHelpsResizesAndQuitsCleanly() throws Exception {
        try (Tmux tmux = tmux("read", 120, 40)) {
            saveTty(tmux, "before");
            openSeed(tmux);
            String screen = tmux.waitFor("¶ 1/8");
            assertThat(screen).contains("1 L’Organisation du traité de sécurité collective").contains("MISE À JOUR");

            tmux.keys("j", "j", "j");
            screen = tmux.waitFor("¶ 4/8");
            assertThat(screen.lines().findFirst().orElseThrow()).contains("4 Le gouvernement de la ville d’Almaty");

            tmux.keys("?");
            screen = tmux.waitFor("next paragraph");
            assertThat(screen).contains("previous paragraph").contains("j, Down, Space, PageDown");
            tmux.keys("Escape");
            tmux.waitFor(s -> !s.contains("next paragraph") && s.contains("¶ 4/8"), "the help to close");

            tmux.resize(60, 20);
            // At 120 columns the first line reaches "repris l’aéroport"; wrapped to 52 columns of
            // text, the second line starts with "maintenant".
            screen = tmux.waitFor(s -> s.contains("¶ 4/8") && s.lines().skip(1).findFirst().orElse("").contains("maintenant avoir"),
                    "a re-wrap at 60 columns");
            assertThat(screen.lines().findFirst().orElseThrow()).contains("4 Le gouvernement de la ville d’Almaty prétend")
                    .doesNotContain("maintenant");

            tmux.resize(30, 8);
            tmux.waitFor("Terminal too small");
            tmux.resize(100, 30);
            tmux.waitFor(s -> s.contains("¶ 4/8") && s.contains("Here, ¶4"), "recovery at 100 columns, with the entity pane");

            tmux.keys("q");
            assertShellIsBackAsItWas(tmux);
            assertThat(tmux.screen()).contains("EXIT=0");
        }
    }

    @Test
    void keysTypedRightAfterQuitGoToTheShell() throws Exception {
        try (Tmux tmux = tmux("typeahead", 100, 30)) {
            openSeed(tmux);
            tmux.waitFor("¶ 1/8");
            tmux.keys("j");
            tmux.waitFor("¶ 2/8");
            // Typed right after q, as a fast typist does, while the reader is still going: nothing
            // reads on after the q (the key thread stops after each key, the screen is not
            // drained). Bytes that come within a few milliseconds of the q are another matter:
            // Lanterna's decoder reads ahead whatever is there when it decodes the q.
            tmux.keys("q");
            Tmux.sleep(30);
            tmux.keys("echo \"typed\"-after-q", "Enter");
            waitForExit(tmux);
            tmux.waitFor(screen -> screen.lines().anyMatch(line -> line.equals("typed-after-q")), "the shell to run what was typed");
        }
    }

    @Test
    void ctrlCRestoresTheTerminal() throws Exception {
        try (Tmux tmux = tmux("ctrlc", 100, 30)) {
            saveTty(tmux, "before");
            openSeed(tmux);
            tmux.waitFor("¶ 1/8");
            tmux.keys("j");
            tmux.waitFor("¶ 2/8");
            tmux.keys("C-c");
            assertShellIsBackAsItWas(tmux);
        }
    }

    @Test
    void sigtermRestoresTheTerminalAndKeepsThePosition() throws Exception {
        try (Tmux tmux = tmux("term", 100, 30)) {
            saveTty(tmux, "before");
            openSeed(tmux);
            tmux.waitFor("¶ 1/8");
            tmux.keys("j", "j");
            tmux.waitFor("¶ 3/8");
            ProcessHandle.of(tmux.childOfShell()).orElseThrow().destroy();
            assertShellIsBackAsItWas(tmux);
            assertThat(tmux.screen()).contains("EXIT=143");

            openSeed(tmux);
            tmux.waitFor("¶ 3/8");
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
        }
    }

    /** What the reader shows when it is stopped, entered after moving to ¶5 of the seed. */
    private static void enter(Tmux tmux, String state) throws Exception {
        switch (state) {
            case "reader" -> tmux.waitFor("¶ 5/8");
            case "command-line" -> {
                tmux.keys(":");
                waitForPrompt(tmux);
                tmux.keys("j", "u");
                tmux.waitFor(s -> s.lines().reduce((a, b) -> b).orElse("").startsWith(":ju"), "the command line");
            }
            case "search-prompt" -> {
                tmux.keys("/");
                tmux.waitFor(s -> s.lines().reduce((a, b) -> b).orElse("").startsWith("/"), "the search prompt");
                tmux.keys("p", "s");
                tmux.waitFor(s -> s.lines().reduce((a, b) -> b).orElse("").startsWith("/ps"), "the search prompt");
            }
            case "help" -> {
                tmux.keys("?");
                tmux.waitFor("next paragraph");
            }
            case "popup" -> {
                tmux.keys(":");
                waitForPrompt(tmux);
                tmux.keys("-l", "summarise 2");
                tmux.keys("Enter");
                tmux.waitFor("Summary in 2 sentences");
            }
            case "library" -> {
                tmux.keys("q");
                tmux.waitFor("Library");
            }
            case "too-small" -> {
                tmux.resize(30, 8);
                tmux.waitFor("Terminal too small");
            }
            default -> throw new IllegalArgumentException(state);
        }
    }

    /** Waits until the process has ended (a zombie no one has reaped yet counts as ended). */
    private static void waitForEnd(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (true) {
            String text;
            try {
                text = Files.readString(status);
            } catch (java.io.IOException gone) {
                return;
            }
            if (text.lines().anyMatch(line -> line.startsWith("State:") && line.contains("Z"))) {
                return;
            }
            assertThat(System.nanoTime()).as("process " + pid + " still running").isLessThan(deadline);
            Tmux.sleep(20);
        }
    }

    /** What the reader noted about stopping: the watchdog's note if the screen loop did not stop in time. */
    private String log() throws Exception {
        Path log = temp.resolve("state").resolve("lectern").resolve("lectern.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Reopens the seed in a fresh terminal and checks it is at ¶{@code paragraph}. */
    private void reopensAt(String name, int paragraph) throws Exception {
        try (Tmux tmux = tmux(name, 100, 30)) {
            openSeed(tmux);
            tmux.waitFor("¶ " + paragraph + "/8");
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"reader", "command-line", "search-prompt", "help", "popup", "library", "too-small"})
    void aHangUpWhateverIsOnScreenKeepsThePlace(String state) throws Exception {
        long pid;
        try (Tmux tmux = tmux("hup-" + state, 100, 30)) {
            if (state.equals("library")) {
                tmux.typeLine("clear; ./lectern; echo EXIT=$?");
                tmux.waitFor("Library");
                tmux.keys("Enter");
            } else {
                openSeed(tmux);
            }
            tmux.waitFor("¶ 1/8");
            tmux.keys("j", "j", "j", "j");
            tmux.waitFor("¶ 5/8");
            enter(tmux, state);
            pid = tmux.childOfShell();
        } // kill-server: the terminal is gone and the reader gets SIGHUP
        waitForEnd(pid);
        assertThat(log()).as("the screen loop stopped on its own").doesNotContain("did not stop");
        // What a reopening reads first (reopensAt shows it on screen; a second start per state is spared).
        assertThat(savedParagraph()).isEqualTo(5);
    }

    /** The paragraph saved for the seed, as the reader loads it when it opens the seed. */
    private int savedParagraph() throws Exception {
        String key = dev.lectern.doc.DocumentLoader.load(Path.of(PROJECT, SEED)).readingKey();
        return new dev.lectern.session.PositionStore(temp.resolve("state").resolve("lectern")).load(key).position().paragraph();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"TERM, 143", "HUP, 129", "INT, 0"})
    void aSignalWithTheCommandLineOpenEndsTheReaderAtOnceAndKeepsThePlace(String signal, int exitCode) throws Exception {
        try (Tmux tmux = tmux("signal-" + signal, 100, 30)) {
            saveTty(tmux, "before");
            openSeed(tmux);
            tmux.waitFor("¶ 1/8");
            tmux.keys("j", "j", "j", "j");
            tmux.waitFor("¶ 5/8");
            enter(tmux, "command-line");
            long started = System.nanoTime();
            new ProcessBuilder("kill", "-" + signal, Long.toString(tmux.childOfShell())).start().waitFor();
            waitForExit(tmux);
            System.out.printf("SIG%s with the command line open: EXIT shown after %d ms%n", signal,
                    (System.nanoTime() - started) / 1_000_000);
            assertThat(tmux.screen()).contains("EXIT=" + exitCode);
            assertThat(log()).as("the screen loop stopped on its own").doesNotContain("did not stop");
            assertShellIsBackAsItWas(tmux);

            openSeed(tmux);
            tmux.waitFor("¶ 5/8");
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
        }
    }

    @Test
    void aSigkillLosesNothingButTheLastMoment() throws Exception {
        try (Tmux tmux = tmux("kill", 100, 30)) {
            openSeed(tmux);
            tmux.waitFor("¶ 1/8");
            tmux.keys("j", "j", "j", "j");
            tmux.waitFor("¶ 5/8");
            Tmux.sleep(1_500); // the saver writes within a second of a move
            long pid = tmux.childOfShell();
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            waitForEnd(pid);
        }
        reopensAt("kill-again", 5);
    }

    @Test
    void twoReadersOfOneArticleKeepBothMarksAndTheLatestMove() throws Exception {
        try (Tmux a = tmux("two-a", 100, 30); Tmux b = tmux("two-b", 100, 30)) {
            openSeed(a);
            openSeed(b);
            a.waitFor("¶ 1/8");
            b.waitFor("¶ 1/8");
            a.keys("j", "m", "a");
            a.waitFor("Mark a set at ¶2");
            b.keys("j", "j", "m", "b");
            b.waitFor("Mark b set at ¶3");
            b.keys("q");
            assertThat(waitForExit(b)).contains("EXIT=0");
            a.keys("q"); // the reader who moved first saves last
            assertThat(waitForExit(a)).contains("EXIT=0");
        }
        try (Tmux tmux = tmux("two-again", 100, 30)) {
            openSeed(tmux);
            tmux.waitFor("¶ 3/8");
            tmux.keys("'", "a");
            tmux.waitFor("¶ 2/8");
            tmux.keys("'", "b");
            tmux.waitFor("¶ 3/8");
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
        }
    }

    @Test
    void theLibraryListsContentOpensAnArticleAndRemembersWhereYouWere() throws Exception {
        try (Tmux tmux = tmux("library", 100, 30)) {
            tmux.typeLine("clear; ./lectern; echo EXIT=$?");
            String screen = tmux.waitFor("Library");
            assertThat(screen).contains("MISE À JOUR").contains("fr");
            tmux.keys("Enter");
            tmux.waitFor("¶ 1/8");
            tmux.keys("G");
            tmux.waitFor("¶ 8/8");
            tmux.keys("q");
            screen = tmux.waitFor("Library");
            assertThat(screen).contains("100%");
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
            openSeed(tmux);
            tmux.waitFor("¶ 8/8");
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
        }
    }

    @Test
    void aSavedArticleIsListedInTheLibraryAndRemovedAfterYes() throws Exception {
        try (Tmux tmux = tmux("reading-list", 110, 20)) {
            tmux.typeLine("clear; ./lectern save " + SEED + "; echo EXIT=$?");
            assertThat(waitForExit(tmux)).contains("Saved “MISE À JOUR").contains("EXIT=0");
            tmux.typeLine("clear; ./lectern; echo EXIT=$?");
            String library = tmux.waitFor(s -> s.lines().filter(l -> l.contains("MISE À JOUR")).count() == 2,
                    "the article twice: the directory's and the saved copy");
            String today = java.time.LocalDate.now().toString();
            assertThat(library.lines().filter(l -> l.contains("MISE À JOUR") && l.contains(today))).hasSize(1);
            tmux.keys("j", "D");
            tmux.waitFor("Remove from the reading list (y/n)?");
            tmux.keys("y");
            tmux.waitFor("Removed");
            assertThat(tmux.screen().lines().filter(l -> l.contains("MISE À JOUR") && !l.contains("Removed"))).hasSize(1);
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
            assertThat(temp.resolve("data/lectern/library")).isEmptyDirectory();
        }
    }

    @Test
    void aWebAddressOpensItsArticleAndReopeningItRestoresThePlace() throws Exception {
        // no_proxy: a proxy in the environment the tests run in must not take the local site's requests.
        try (TestSite site = new TestSite(); Tmux tmux = tmux("web", 100, 30, "no_proxy=127.0.0.1")) {
            saveTty(tmux, "before");
            String article = site.url("/article.html");
            tmux.typeLine("clear; ./lectern " + article + "; echo EXIT=$?");
            String screen = tmux.waitFor("¶ 1/5");
            assertThat(screen).contains("The harbour at dawn").contains("1 The boats came in before the sun was up");
            tmux.keys("j", "j", "j");
            screen = tmux.waitFor("¶ 4/5");
            assertThat(screen.lines().findFirst().orElseThrow()).contains("4 Prices were low");
            tmux.keys("q");
            assertShellIsBackAsItWas(tmux);
            assertThat(tmux.screen()).contains("EXIT=0");

            runAfresh(tmux, "./lectern " + article);
            screen = tmux.waitFor("¶ 4/5");
            assertThat(screen.lines().findFirst().orElseThrow()).contains("4 Prices were low");
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0");

            runAfresh(tmux, "./lectern " + article + " | cat");
            screen = waitForExit(tmux);
            assertThat(screen).contains("The harbour at dawn").contains("By nine the quay was empty again").contains("EXIT=0");

            runAfresh(tmux, "./lectern " + site.url("/status/404"));
            screen = waitForExit(tmux);
            assertThat(screen).contains("lectern: " + site.url("/status/404") + ": HTTP 404 Not Found.").contains("EXIT=3");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xterm-256color", "screen", "tmux-256color", "linux", "vt100"})
    void worksOnEveryKindOfTerminal(String term) throws Exception {
        try (Tmux tmux = tmux("term-" + term, 100, 30, "TERM=" + term)) {
            saveTty(tmux, "before");
            openSeed(tmux);
            tmux.waitFor("¶ 1/8");
            tmux.keys("Down");
            tmux.waitFor("¶ 2/8");
            tmux.keys("End");
            tmux.waitFor("¶ 8/8");
            tmux.keys("q");
            assertShellIsBackAsItWas(tmux);
        }
    }

    @Test
    void noColorGivesAMonochromeScreenThatStillWorks() throws Exception {
        try (Tmux colour = tmux("colour", 100, 30)) {
            colour.typeLine("clear; ./lectern " + SEED);
            colour.waitFor("¶ 1/8");
            assertThat(colour.screenWithStyles()).containsPattern(COLOUR);
            colour.keys("q");
        }
        try (Tmux tmux = tmux("nocolor", 100, 30, "NO_COLOR=1")) {
            openSeed(tmux);
            tmux.waitFor("¶ 1/8");
            assertThat(tmux.screenWithStyles()).doesNotContainPattern(COLOUR).contains("\u001b[7m");
            tmux.keys("j");
            tmux.waitFor("¶ 2/8");
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
        }
    }

    @Test
    void aBadKeymapLineIsReportedWithItsLineAndTheRestLoads() throws Exception {
        Path keymap = temp.resolve("keymap.conf");
        Files.writeString(keymap, "# mine\nbind n next-paragraph\nbind x no-such-action\n");
        try (Tmux tmux = tmux("keymap", 120, 30)) {
            tmux.typeLine("clear; ./lectern --keymap " + keymap + " " + SEED + "; echo EXIT=$?");
            String screen = tmux.waitFor("¶ 1/8");
            assertThat(screen).contains("keymap.conf:3");
            tmux.keys("n");
            tmux.waitFor("¶ 2/8");
            tmux.keys("q");
            screen = waitForExit(tmux);
            assertThat(screen).contains("EXIT=0");
            assertThat(screen).contains("unknown action 'no-such-action'");
        }
    }

    @Test
    void aHostileFileGetsOneClearMessage() throws Exception {
        Path binary = temp.resolve("photo.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        try (Tmux tmux = tmux("hostile", 100, 30)) {
            tmux.typeLine("clear; ./lectern " + binary + "; echo EXIT=$?");
            String screen = waitForExit(tmux);
            assertThat(screen).contains("photo.txt looks like a binary file").contains("EXIT=1").doesNotContain("Exception");
        }
    }

    @Test
    void onADumbTerminalTheArticleIsPrintedAsPlainText() throws Exception {
        try (Tmux tmux = tmux("dumb", 80, 60, "TERM=dumb")) {
            openSeed(tmux);
            String screen = waitForExit(tmux);
            assertThat(screen).contains("Psaki").contains("“absolument fausses”").contains("EXIT=0")
                    .doesNotContain("¶ ");
            assertThat(tmux.alternateScreenOn()).isFalse();
        }
    }

    @Test
    void aPipeGetsPlainTextToo() throws Exception {
        try (Tmux tmux = tmux("pipe", 80, 40)) {
            tmux.typeLine("clear; ./lectern " + SEED + " | head -3; echo EXIT=$?");
            String screen = waitForExit(tmux);
            assertThat(screen).contains("MISE À JOUR : Les « soldats de la paix »").contains("EXIT=0");
            assertThat(tmux.alternateScreenOn()).isFalse();
        }
    }

    /**
     * A reader open while the launcher puts a new jar in place (after a git pull, say) goes on
     * working, classes it had never loaded included: its jar was renamed over, not rewritten.
     */
    @Test
    void aReaderOpenDuringARebuildKeepsItsJar() throws Exception {
        Path jar = Path.of(PROJECT, "target", "lectern-run.jar");
        try (Tmux tmux = tmux("swap", 120, 40)) {
            openSeed(tmux);
            tmux.waitFor("¶ 1/8");
            Object before = Files.getAttribute(jar, "unix:ino");
            // Older than the sources: the next launcher copies the built jar again and retrains.
            Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(0));
            Process launcher = new ProcessBuilder(PROJECT + "/lectern", "--version").directory(Path.of(PROJECT).toFile())
                    .redirectErrorStream(true).start();
            String said = new String(launcher.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(launcher.waitFor()).as(said).isZero();
            assertThat(Files.getAttribute(jar, "unix:ino")).as("a new file under the name").isNotEqualTo(before);
            try (var left = Files.list(jar.getParent())) {
                assertThat(left.map(Path::toString)).noneMatch(name -> name.endsWith(".tmp"));
            }
            tmux.keys("?");
            tmux.waitFor("next paragraph");
            tmux.keys("Escape");
            tmux.waitFor(s -> !s.contains("next paragraph"), "the help to close");
            tmux.keys(":");
            waitForPrompt(tmux);
            tmux.keys("-l", "jump 4");
            tmux.keys("Enter");
            tmux.waitFor("¶ 4/8");
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0").doesNotContain("crashed");
        }
    }

    /**
     * The launcher's training run opens the seed on a pseudo-terminal of its own, so the
     * class-data archive holds the real start-up path: classes and lambdas that only a reader
     * on a terminal loads are mapped from it, not loaded from the jar.
     */
    @Test
    void theStartUpPathComesFromTheClassDataArchive() throws Exception {
        Path log = temp.resolve("classes.log");
        try (Tmux tmux = tmux("archive", 120, 40, "JDK_JAVA_OPTIONS=-Xlog:class+load:file=" + log)) {
            openSeed(tmux);
            tmux.waitFor("¶ 1/8");
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
        }
        List<String> loaded = Files.readAllLines(log);
        assertThat(loaded).anyMatch(line -> line.contains(" dev.lectern.tui.PromptHistory source: shared objects file"));
        assertThat(loaded).anyMatch(line -> line.contains(" dev.lectern.tui.FullScreen$$Lambda") && line.contains("shared objects file"));
        assertThat(loaded).noneMatch(line -> line.contains(" dev.lectern.tui.") && line.contains("source: file:"));
        assertThat(Path.of(PROJECT, "target", "jline-native", System.mapLibraryName("jlinenative")))
                .as("JLine's native library, kept where the launcher points JLine").isRegularFile();
    }

    /** tmux's pane is UTF-8 whatever the locale, so what a Latin-1 terminal would get is read from the bytes. */
    @Test
    void aLatinOneTerminalGetsLatinOne() throws Exception {
        try (Tmux tmux = tmux("latin1", 120, 40)) {
            Path bytes = temp.resolve("bytes");
            tmux.recordOutput(bytes);
            tmux.typeLine("clear; LANG=fr_FR.ISO-8859-1 ./lectern " + SEED + "; echo EXIT=$?");
            long deadline = System.nanoTime() + 15_000_000_000L;
            String written = "";
            while (!written.contains("People") && System.nanoTime() < deadline) { // the pane is drawn
                Tmux.sleep(50);
                written = Files.exists(bytes) ? Files.readString(bytes, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
            }
            tmux.keys("q");
            waitForExit(tmux);
            written = Files.readString(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(written).contains("MISE \u00c0 JOUR : Les \u00ab soldats de la paix \u00bb de l'OTSC")
                    .contains("\u00b6 1/8").contains("L'Organisation du trait\u00e9 de s\u00e9curit\u00e9 collective")
                    .contains("\"coup d'\u00c9tat violent\"").contains("|")
                    // UTF-8 read as Latin-1: é, ’, │
                    .doesNotContain("\u00c3\u00a9").doesNotContain("\u00e2\u0080\u0099").doesNotContain("\u00e2\u0094\u0082");
            assertThat(tmux.screen()).contains("EXIT=0");
        }
    }

    /**
     * A jar rewritten under a running reader (what the launcher once did on a rebuild): the next
     * class to load fails. The reader must give the terminal back, then say so in one line.
     */
    @Test
    void aCrashLeavesOneLineOnTheNormalScreenAndTheDetailsInTheLog() throws Exception {
        Path jar = temp.resolve("lectern.jar");
        Files.copy(Path.of(PROJECT, "target", "lectern.jar"), jar);
        try (Tmux tmux = tmux("crash", 200, 30)) {
            saveTty(tmux, "before");
            tmux.typeLine("clear; java -jar " + jar + " " + SEED + "; echo EXIT=$?");
            tmux.waitFor("¶ 1/8");
            Files.write(jar, new byte[] {'P', 'K'}); // the same file, rewritten in place
            // The help's classes were never needed before; the background analysis may need one
            // first, and then the ? goes to the shell, as keys typed after a quit do.
            tmux.keys("?");
            // When the crash came first, the tty (given back) echoes the ? before the shell's EXIT line.
            String screen = tmux.waitFor(s -> s.lines().anyMatch(line -> line.matches("\\??EXIT=\\d+")), "the reader to exit");
            assertThat(tmux.alternateScreenOn()).as("alternate screen left").isFalse();
            String log = temp.resolve("state/lectern/lectern.log").toString();
            assertThat(screen).containsPattern("(?m)lectern: crashed \\(java\\.lang\\.\\w+Error: .+\\); details in "
                    + java.util.regex.Pattern.quote(log) + "$").contains("EXIT=70").doesNotContain("\tat ");
            assertThat(screen.lines().filter(line -> line.contains("lectern:")).count()).isEqualTo(1);
            assertThat(Files.readString(Path.of(log))).containsPattern("Lectern \\d+\\.\\d+\\.\\d+ \\(Java .+\\) crashed")
                    .contains("Error: ").contains("\tat dev.lectern.");
            tmux.keys("C-u"); // the ? if it went to the shell
            saveTty(tmux, "after");
            assertThat(Files.readString(temp.resolve("after"))).isEqualTo(Files.readString(temp.resolve("before")));
            tmux.typeLine("echo \"shell\"-is-usable");
            tmux.waitFor(s -> s.lines().anyMatch(line -> line.equals("shell-is-usable")), "the shell to echo");
        }
    }

    /** Suspends and continues the reader this many times in a row (a failure was one in ten). */
    private static final int SUSPENDS = Integer.getInteger("lectern.suspends", 10);

    @ParameterizedTest(name = "recorded by pipe-pane: {0}")
    @ValueSource(booleans = {false, true})
    void ctrlZSuspendsToTheShellAndFgComesBack(boolean recorded) throws Exception {
        try (Tmux tmux = tmux("suspend-" + recorded, 100, 30)) {
            saveTty(tmux, "before");
            if (recorded) {
                tmux.recordOutput(temp.resolve("bytes"));
            }
            // No "; echo EXIT" here: the shell would run it as soon as the job stops.
            tmux.typeLine("clear; ./lectern " + SEED);
            // At once after the first screen: a child process (infocmp) started then froze the reader.
            tmux.waitFor("¶ 1/8");
            for (int i = 1; i <= SUSPENDS; i++) {
                String where = "¶ " + (i % 8 + 1) + "/8";
                tmux.keys("C-z");
                tmux.waitFor(s -> s.lines().filter(line -> line.contains("Stopped")).count() == 1, "Stopped, suspend " + i);
                tmux.waitForMainScreen(); // fails if the reader stopped without giving the screen back
                saveTty(tmux, "stopped");
                assertThat(Files.readString(temp.resolve("stopped"))).as("tty at suspend " + i)
                        .isEqualTo(Files.readString(temp.resolve("before")));
                tmux.typeLine("clear; fg");
                tmux.waitFor(s -> s.contains("¶ ") && !s.contains("Stopped"), "the reader back, suspend " + i);
                tmux.keys(i % 8 == 0 ? "g" : "j");
                tmux.waitFor(where);
            }
            tmux.keys("q");
            tmux.waitForMainScreen(); // keys typed before the reader is gone would go to it
            tmux.typeLine("echo EXIT=$?");
            assertShellIsBackAsItWas(tmux);
            assertThat(tmux.screen()).contains("EXIT=0");
        }
    }

    @Test
    void theCommandLineJumpsCompletesAndRemembersHistoryAcrossRuns() throws Exception {
        try (Tmux tmux = tmux("command", 100, 30)) {
            saveTty(tmux, "before");
            openSeed(tmux);
            tmux.waitFor("¶ 1/8");
            tmux.keys(":");
            tmux.waitFor(s -> s.lines().reduce((a, b) -> b).orElse("").startsWith(":"), "the prompt on the bottom row");
            tmux.keys("j", "u", "Tab");
            tmux.waitFor(":jump");
            tmux.keys("5", "Enter"); // completion added the space after "jump"
            String screen = tmux.waitFor("¶ 5/8");
            assertThat(screen.lines().findFirst().orElseThrow()).contains("5 Des protestations");

            tmux.keys(":", "j", "m", "u", "p", " ", "2");
            tmux.waitFor(":jmup 2");
            tmux.keys("Enter");
            tmux.waitFor("Did you mean jump?");
            tmux.keys(":", "j", "u", "m", "p", " ", "3");
            tmux.waitFor(":jump 3");
            tmux.keys("Escape");
            tmux.waitFor(s -> s.contains("¶ 5/8") && !s.lines().reduce((a, b) -> b).orElse("").startsWith(":"), "Esc to cancel");
            tmux.keys("j");
            tmux.waitFor("¶ 6/8");
            tmux.keys("q");
            assertShellIsBackAsItWas(tmux);

            openSeed(tmux);
            tmux.waitFor("¶ 6/8");
            tmux.keys(":");
            waitForPrompt(tmux);
            tmux.keys("Up", "Up");
            tmux.waitFor(":jump 5");
            tmux.keys("Enter");
            tmux.waitFor("¶ 5/8");
            tmux.keys(":", "q", "u", "i", "t", "Enter");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
        }
    }

    private static String lastLine(String screen) {
        return screen.lines().reduce((a, b) -> b).orElse("");
    }

    @Test
    void aResizeWithThePromptOpenRedrawsAtOnceAndKeepsTheLine() throws Exception {
        try (Tmux tmux = tmux("resize-prompt", 120, 40)) {
            openSeed(tmux);
            tmux.waitFor("¶ 1/8");
            tmux.keys(":");
            waitForPrompt(tmux);
            tmux.keys("-l", "jump 5");
            tmux.keys("C-b"); // the cursor before the 5
            tmux.waitFor(s -> lastLine(s).equals(":jump 5"), "the line typed");
            tmux.resize(60, 20);
            // The text wrapped again to 60 columns (the pane goes below 100), the prompt on row 20.
            String screen = tmux.waitFor(s -> s.lines().count() == 20 && lastLine(s).equals(":jump 5")
                    && s.lines().anyMatch(line -> line.contains("indique que des parachutistes russes ont été déployés")),
                    "the article at 60 columns under the prompt");
            assertThat(screen.lines().limit(19)).allMatch(line -> line.length() <= 60).noneMatch(line -> line.startsWith(":"));
            assertThat(tmux.cursor()).containsExactly(6, 19);
            tmux.keys("-l", "4"); // typed where the cursor was: "jump 45"
            tmux.waitFor(s -> lastLine(s).equals(":jump 45"), "the key typed after the resize");
            tmux.keys("BSpace", "End", "BSpace");
            tmux.keys("-l", "6");
            tmux.waitFor(s -> lastLine(s).equals(":jump 6"), "the line edited");
            tmux.keys("Enter");
            tmux.waitFor("¶ 6/8");

            tmux.keys("/");
            tmux.waitFor(s -> lastLine(s).startsWith("/"), "the search prompt");
            tmux.keys("-l", "psaki");
            tmux.waitFor(s -> lastLine(s).equals("/psaki"), "the search typed");
            tmux.resize(100, 30);
            // The pane is back at 100 columns: its entities, or "analysing…" when the analysis (which
            // the open prompt keeps from being shown) had not ended before the prompt opened.
            tmux.waitFor(s -> s.lines().count() == 30 && lastLine(s).equals("/psaki")
                            && (s.contains("Here, ¶6") || s.lines().anyMatch(l -> l.contains("│ analysing"))),
                    "the view at 100 columns, with its pane, under the search prompt");
            assertThat(tmux.cursor()).containsExactly(6, 29);
            tmux.keys("Enter");
            tmux.waitFor("match 1/1");
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
        }
    }

    @Test
    void theLineShellTakesPipedCommands() throws Exception {
        try (Tmux tmux = tmux("shellpipe", 100, 40)) {
            tmux.typeLine("clear; printf 'jump 3\\nsummarise 2\\n' | ./lectern shell " + SEED + "; echo EXIT=$?");
            String screen = waitForExit(tmux);
            assertThat(screen).contains("¶3/8").contains("Dans une allocution").contains("Summary in 2 sentences:")
                    .contains("EXIT=0");
            assertThat(screen.indexOf("¶3/8")).isLessThan(screen.indexOf("Summary in 2"));
        }
    }

    @Test
    void theLineShellWorksOnADumbTerminalWithCompletion() throws Exception {
        try (Tmux tmux = tmux("shelldumb", 100, 40, "TERM=dumb")) {
            tmux.typeLine("clear; ./lectern shell " + SEED + "; echo EXIT=$?");
            tmux.waitFor(s -> s.lines().anyMatch(line -> line.startsWith("lectern>")), "the shell prompt");
            // A dumb terminal cannot redraw the line: that Tab completed "ju" shows in the result,
            // since "ju4" would be an unknown command.
            tmux.keys("j", "u", "Tab");
            Tmux.sleep(300);
            tmux.keys("4", "Enter");
            tmux.waitFor("¶4/8");
            tmux.typeLine("quit");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
        }
    }

    @Test
    void slashSearchesAndNGoesToTheNextMatch() throws Exception {
        try (Tmux tmux = tmux("search", 100, 30)) {
            openSeed(tmux);
            tmux.waitFor("¶ 1/8");
            tmux.keys("/");
            tmux.waitFor(s -> s.lines().reduce((a, b) -> b).orElse("").startsWith("/"), "the search prompt");
            tmux.keys("-l", "psaki");
            tmux.waitFor("/psaki");
            tmux.keys("Enter");
            String screen = tmux.waitFor("match 1/1");
            assertThat(screen).contains("¶ 8/8").contains("Psaki");
            assertThat(tmux.screenWithStyles()).containsPattern("\u001b\\[[0-9;]*43m[^\u001b]*Psaki");
            tmux.keys("n");
            tmux.waitFor("wrapped round the end");
            tmux.keys(":", "s", "e", "a", "r", "c", "h", " ", "G", "a", "r", "d", "e");
            tmux.waitFor(":search Garde");
            tmux.keys("Enter");
            // From ¶8 the search goes round the end to "chien de garde" in ¶2, then the Garde nationale.
            tmux.waitFor(s -> s.contains("¶ 2/8") && s.contains("match 1/3 (wrapped"), "the first garde");
            tmux.keys("n");
            tmux.waitFor(s -> s.contains("¶ 5/8") && s.contains("match 2/3"), "the second");
            tmux.keys("n");
            tmux.waitFor("¶ 6/8");
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
        }
    }

    /**
     * (a+)+$ on a 100 000-character line of a's ending in b backtracks for minutes in the JDK's
     * regex engine: the 2 s budget stops it with a message, Esc stops it sooner, and the reader
     * reads on either way.
     */
    @Test
    void aRegexThatBacktracksForeverIsStoppedByTheBudgetOrByEsc() throws Exception {
        Path article = temp.resolve("backtracking.txt");
        Files.writeString(article, "Backtracking\n\nOne.\n\nTwo.\n\n" + "a".repeat(100_000) + "b\n");
        try (Tmux tmux = tmux("regex", 100, 30)) {
            tmux.typeLine("clear; ./lectern " + article + "; echo EXIT=$?");
            tmux.waitFor("¶ 1/3");
            tmux.keys("/");
            tmux.waitFor(s -> s.lines().reduce((a, b) -> b).orElse("").startsWith("/"), "the search prompt");
            tmux.keys("-l", "/(a+)+$");
            tmux.waitFor("//(a+)+$");
            long start = System.nanoTime();
            tmux.keys("Enter");
            tmux.waitFor("Search took too long and was stopped: simplify the pattern.");
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).as("stopped by the 2 s budget")
                    .isLessThan(java.time.Duration.ofSeconds(15));
            tmux.keys("j");
            tmux.waitFor("¶ 2/3");

            tmux.keys("/");
            tmux.waitFor(s -> s.lines().reduce((a, b) -> b).orElse("").startsWith("/"), "the search prompt");
            tmux.keys("-l", "/(a+)+$");
            tmux.waitFor("//(a+)+$");
            tmux.keys("Enter");
            tmux.waitFor("Searching");
            tmux.keys("Escape");
            String screen = tmux.waitFor("Search stopped.");
            assertThat(screen).doesNotContain("took too long");
            tmux.keys("j");
            tmux.waitFor("¶ 3/3");
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
        }
    }

    @Test
    void summariseShowsAPopupAndEnterGoesToTheSentence() throws Exception {
        try (Tmux tmux = tmux("summary", 100, 30)) {
            openSeed(tmux);
            tmux.waitFor("¶ 1/8");
            tmux.keys("G");
            tmux.waitFor("¶ 8/8");
            tmux.keys(":");
            waitForPrompt(tmux);
            tmux.keys("-l", "summarise 2");
            tmux.waitFor(":summarise 2");
            tmux.keys("Enter");
            String popup = tmux.waitFor("Summary in 2 sentences");
            assertThat(popup).contains("Enter goes there").containsPattern("¶\\d");
            tmux.keys("Enter");
            String screen = tmux.waitFor(s -> !s.contains("Summary in 2 sentences") && !s.contains("¶ 8/8"), "a jump to the sentence");
            assertThat(screen).contains("¶ 1/8"); // both key sentences of this news story are in its lead
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
        }
    }

    @Test
    void aBookOpensAndTShowsItsChaptersWhereEnterGoes() throws Exception {
        dev.lectern.doc.EpubBuilder book = dev.lectern.doc.EpubBuilder.epub3().title("The Slow River").creator("Ann Author");
        for (String chapter : new String[] {"The Departure", "On the Water", "The Storm", "Landfall"}) {
            book.textChapter(chapter.replace(' ', '-') + ".xhtml", chapter, 3);
        }
        Path file = book.writeTo(temp.resolve("river.epub"));
        try (Tmux tmux = tmux("book", 100, 30)) {
            tmux.typeLine("clear; ./lectern " + file + "; echo EXIT=$?");
            String screen = tmux.waitFor("¶ 1/12");
            assertThat(screen).contains("The Slow River › The Departure").contains("paragraph 1: the river ran slow");
            tmux.keys("t");
            String popup = tmux.waitFor(" Contents ");
            assertThat(popup).contains("The Departure").contains("On the Water").contains("The Storm").contains("Landfall");
            tmux.keys("j", "j", "Enter");
            screen = tmux.waitFor(s -> s.contains("¶ 7/12") && !s.contains(" Contents "), "a jump to the third chapter");
            String statusBar = screen.lines().reduce((a, b) -> b).orElse("");
            assertThat(statusBar).contains("The Slow River › The Storm");
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
        }
    }

    @Test
    void thePaneListsEntitiesAndJumpCompletesAName() throws Exception {
        try (Tmux tmux = tmux("entities", 120, 40)) {
            openSeed(tmux);
            String screen = tmux.waitFor("People");
            assertThat(screen).contains("Here, ¶1").contains("Organisations").contains("Places");
            tmux.keys(":");
            waitForPrompt(tmux);
            tmux.keys("-l", "jump Psa");
            tmux.waitFor(":jump Psa");
            tmux.keys("Tab");
            tmux.waitFor(":jump Psaki");
            tmux.keys("Enter");
            screen = tmux.waitFor("¶ 8/8");
            assertThat(screen).contains("Jen Psaki: ¶8 (1 of 1)").contains("Here, ¶8");

            // Tab into the pane: the first entity of ¶8 is selected; Enter goes round to its next mention.
            tmux.keys("Tab");
            tmux.waitFor("Entity pane");
            tmux.keys("Enter");
            tmux.waitFor(s -> s.contains("États-Unis: ¶") && s.contains("from the top"), "the next mention");
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
        }
    }

    @Test
    void dShowsTheParagraphsGlossaryAndEnterAnEntry() throws Exception {
        try (Tmux tmux = tmux("glossary", 100, 30)) {
            openSeed(tmux);
            tmux.waitFor("¶ 1/8");
            tmux.keys("j");
            tmux.waitFor("¶ 2/8");
            tmux.waitFor(s -> {
                try {
                    tmux.keys("d"); // the glossary is built in the background: again until it is there
                    Tmux.sleep(200);
                    return tmux.screen().contains("Glossary · ¶2");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, "the glossary popup");
            assertThat(tmux.screen()).contains("Netblocks").contains("nationwide").contains("language note");
            tmux.keys("G", "Enter"); // the last term of ¶2, whole
            String entry = tmux.waitFor("Used in:");
            assertThat(entry).contains("Esc back");
            tmux.keys("Escape", "Escape");
            tmux.waitFor(s -> !s.contains("Glossary · ¶2") && s.contains("¶ 2/8"), "the popup to close");
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
        }
    }

    @Test
    void stepsScrollTheTerminalAndTheScreenIsWhatAFullRedrawShows() throws Exception {
        try (Tmux tmux = tmux("scroll", 100, 30)) {
            openSeed(tmux);
            tmux.waitFor("People"); // the pane's analysis is in: nothing changes but by the keys below
            Tmux.sleep(300); // and the glossary after it
            Path bytes = temp.resolve("bytes");
            tmux.recordOutput(bytes);
            tmux.keys("j");
            tmux.waitFor("¶ 2/8");
            tmux.keys("j");
            tmux.waitFor("¶ 3/8");
            tmux.keys("k");
            String stepped = tmux.waitFor("¶ 2/8");
            Tmux.sleep(200);
            String steppedStyles = new StyledScreen(tmux.screenWithStyles()).toString();
            tmux.keys("C-l");
            Tmux.sleep(500);
            assertThat(tmux.screen()).isEqualTo(stepped);
            assertThat(new StyledScreen(tmux.screenWithStyles()).toString()).as("colours and attributes")
                    .isEqualTo(steppedStyles);
            byte[] written = Files.readAllBytes(bytes);
            assertThat(new String(written, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .contains("\u001b[1;29r") // a scrolling region over the text rows
                    .doesNotContain("\u0000");
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
        }
    }
}
