package dev.lectern.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's instant screen on re-open (tui/LastFrame and the launcher's frame_for), in a
 * real terminal. The kept frame is marked after the reader wrote it (the title's "MISE À JOUR"
 * becomes "CACHED-COPY", as wide), so that what the launcher drew can be told from what the
 * reader draws: the mark on screen is the kept frame, and it must never show when a key field
 * changed.
 */
class InstantScreenIT {
    private static final String PROJECT = System.getProperty("user.dir");
    private static final String TITLE = "MISE À JOUR";
    private static final String MARK = "CACHED-COPY";

    @TempDir
    Path temp;
    private Path article;

    @BeforeEach
    void copyTheSeed() throws Exception {
        article = temp.resolve("article.txt");
        Files.copy(Path.of(PROJECT, "content", "kazakhstan-otsc.fr.txt"), article);
        // The reader keeps no frame of a file changed less than a second before it started.
        Files.setLastModifiedTime(article, FileTime.from(Instant.now().minusSeconds(3600)));
    }

    private Tmux tmux(String name) throws Exception {
        return new Tmux("instant-" + name, 120, 40, PROJECT, "XDG_STATE_HOME=" + temp.resolve("state"),
                "XDG_CONFIG_HOME=" + temp.resolve("config"), "XDG_DATA_HOME=" + temp.resolve("data"));
    }

    private void open(Tmux tmux, String before) throws Exception {
        tmux.typeLine("clear; " + before + "./lectern " + article + "; echo EXIT=$?");
    }

    private static String waitForExit(Tmux tmux) throws Exception {
        return tmux.waitFor(screen -> screen.lines().anyMatch(line -> line.matches("EXIT=\\d+")), "the reader to exit");
    }

    /** Reads to ¶ 3 and quits, so that the reader keeps that frame; then marks it. */
    private Path keepMarkedFrame(Tmux tmux) throws Exception {
        Instant opened = Instant.now().minusSeconds(1);
        open(tmux, "");
        tmux.waitFor(s -> s.contains("¶ ") && !s.contains(MARK), "the live reader");
        tmux.keys("g");
        tmux.waitFor("¶ 1/8");
        tmux.keys("j", "j");
        // The analysis over (entities in the pane, no "analysing" in the status bar): the kept
        // frame is then the one a reopen ends on.
        tmux.waitFor(s -> s.contains("¶ 3/8") && s.contains("Organisations") && !s.contains("analysing"), "¶ 3, analysed");
        tmux.keys("q");
        assertThat(waitForExit(tmux)).contains("EXIT=0");
        Path entry = keptEntry();
        assertThat(Files.getLastModifiedTime(entry).toInstant()).as("a frame kept by this run").isAfter(opened);
        byte[] bytes = Files.readAllBytes(entry);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int body = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
        assertThat(text.indexOf(TITLE, body)).as("the kept frame shows the title").isPositive();
        String marked = text.substring(0, body) + text.substring(body).replaceFirst(TITLE, MARK);
        Files.writeString(entry, marked, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        return entry;
    }

    private Path keptEntry() throws Exception {
        try (Stream<Path> entries = Files.list(temp.resolve("state/lectern/frames"))) {
            List<Path> kept = entries.filter(p -> p.getFileName().toString().matches("\\d+-\\d+")).toList();
            assertThat(kept).hasSize(1);
            return kept.get(0);
        }
    }

    @Test
    void aReopenDrawsTheKeptFrameThenTheLiveOneWithTheSameText() throws Exception {
        try (Tmux tmux = tmux("reopen")) {
            Path entry = keepMarkedFrame(tmux);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(entry))).isEqualTo("rw-------");
            assertThat(Files.readString(entry).lines().findFirst().orElseThrow())
                    .startsWith("lectern-frame-1 ").contains(" 120x40 ").contains(" colour ");
            open(tmux, "");
            String kept = tmux.waitFor(MARK);
            assertThat(kept).contains("¶ 3/8");
            // The reader takes over; once its analysis has filled the pane, its screen is the kept one.
            String expected = kept.replace(MARK, TITLE);
            tmux.waitFor(expected::equals, "the live frame to show the kept frame's text:\n" + expected);
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
        }
    }

    @Test
    void aChangedFileSizeTermWindowOrSwitchUsesNoKeptFrame() throws Exception {
        try (Tmux tmux = tmux("changed")) {
            // {what is run before the launcher, what changes first}
            String[][] changes = {
                {"TERM=screen-256color ", ""},
                {"", "touch -d '-5 seconds' " + article + "; "},                         // same size, another time
                {"", "printf 'More.\\n' >> " + article + "; touch -d '-5 seconds' " + article + "; "}, // larger
                {"LECTERN_INSTANT=off ", ""},
                {"", "resize"},
            };
            int run = 0;
            for (String[] change : changes) {
                keepMarkedFrame(tmux);
                if (change[1].equals("resize")) {
                    tmux.resize(110, 40);
                } else if (!change[1].isEmpty()) {
                    tmux.typeLine(change[1] + "echo \"changed\" " + run);
                    tmux.waitFor("changed " + run);
                }
                Path bytes = temp.resolve("bytes-" + run++);
                tmux.recordOutput(bytes); // pipe-pane -o: opens the pipe here, closes it below
                open(tmux, change[0]);
                tmux.waitFor(s -> s.contains("¶ ") && s.contains(TITLE), "the live reader");
                tmux.keys("q");
                waitForExit(tmux);
                assertThat(Files.readString(bytes, StandardCharsets.UTF_8)).as(change[0] + change[1]).doesNotContain(MARK);
                tmux.recordOutput(bytes);
                if (change[1].equals("resize")) {
                    tmux.resize(120, 40);
                }
            }
        }
    }

    @Test
    void keysTypedBeforeTheReaderIsReadyLandInOrder() throws Exception {
        try (Tmux tmux = tmux("keys")) {
            keepMarkedFrame(tmux);
            open(tmux, "");
            tmux.waitFor(MARK);
            tmux.keys("j", "j", "k", "j");
            String screen = tmux.waitFor("¶ 5/8");
            assertThat(screen).doesNotContain(MARK);
            tmux.keys("q");
            assertThat(waitForExit(tmux)).contains("EXIT=0");
        }
    }

    /**
     * Ctrl-Z on a re-open, during the hand-over (the kept frame shown, the reader starting) and
     * once the reader has the screen: the shell gets its screen and tty as they were, and fg
     * brings the reader back, answering keys. (Once, after fg the reader stopped again at once:
     * the launcher had stopped, and the shell taken the terminal, before the reader gave it back.)
     */
    @Test
    void ctrlZOnAReopenGivesTheShellItsTtyAndFgBringsTheReaderBack() throws Exception {
        try (Tmux tmux = tmux("ctrlz")) {
            tmux.typeLine("stty -g > " + temp.resolve("before") + "; echo \"saved\" before");
            tmux.waitFor("saved before");
            int run = 0;
            for (boolean live : new boolean[] {false, true}) {
                keepMarkedFrame(tmux);
                tmux.typeLine("clear; ./lectern " + article);
                tmux.waitFor(MARK);
                if (live) {
                    tmux.waitFor(s -> s.contains("¶ 3/8") && !s.contains(MARK), "the reader to take the screen");
                }
                tmux.keys("C-z");
                tmux.waitFor("Stopped");
                tmux.waitForMainScreen();
                tmux.typeLine("stty -g > " + temp.resolve("stopped") + "; echo \"saved\" stopped " + run);
                tmux.waitFor("saved stopped " + run);
                assertThat(Files.readString(temp.resolve("stopped"))).as("live " + live)
                        .isEqualTo(Files.readString(temp.resolve("before")));
                tmux.typeLine("fg; echo FG=$?");
                tmux.waitFor(s -> s.contains("¶ 3/8") && s.contains(TITLE), "the reader back");
                tmux.keys("j");
                tmux.waitFor("¶ 4/8");
                tmux.keys("q");
                tmux.waitFor(s -> s.lines().anyMatch(line -> line.equals("FG=0")), "the reader to end");
                tmux.typeLine("clear");
                run++;
            }
        }
    }

    @Test
    void theTerminalIsRestoredAfterQCtrlCAndSigtermDuringTheHandOver() throws Exception {
        try (Tmux tmux = tmux("restore")) {
            tmux.typeLine("stty -g > " + temp.resolve("before") + "; echo \"saved\" before");
            tmux.waitFor("saved before");
            for (String ending : new String[] {"q", "C-c", "SIGTERM"}) {
                keepMarkedFrame(tmux);
                open(tmux, "");
                tmux.waitFor(MARK);
                if (ending.equals("SIGTERM")) {
                    ProcessHandle.of(tmux.childOfShell()).orElseThrow().destroy();
                } else {
                    tmux.keys(ending);
                }
                waitForExit(tmux);
                tmux.waitForMainScreen();
                assertThat(tmux.alternateScreenOn()).as(ending).isFalse();
                tmux.typeLine("clear; stty -g > " + temp.resolve("after") + "; echo \"saved\" after");
                tmux.waitFor("saved after");
                assertThat(Files.readString(temp.resolve("after"))).as(ending).isEqualTo(Files.readString(temp.resolve("before")));
                tmux.typeLine("echo \"shell\"-is-usable");
                tmux.waitFor(s -> s.lines().anyMatch(line -> line.equals("shell-is-usable")), "the shell to echo");
            }
        }
    }
}
