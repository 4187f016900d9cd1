package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept frame's bytes and key; the launcher's side is tested end to end (InstantScreenIT). */
class LastFrameTest {
    @TempDir
    Path dir;

    @Test
    void theFileFieldsAreWhatStatPrintsForTheLauncher() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Text.\n");
        Files.setLastModifiedTime(article, FileTime.from(java.time.Instant.parse("2026-01-02T03:04:05.123456789Z")));
        Process stat = new ProcessBuilder("stat", "-L", "-c", "%d %i %s %.9Y", "--", article.toString()).start();
        String printed = new String(stat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(stat.waitFor()).isZero();
        assertThat(LastFrame.fileFields(article)).isEqualTo(printed).endsWith(" 6 1767323045.123456789");
    }

    @Test
    void aKeyIsOneLineOfTheLaunchersFieldsOrNothing() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Text.\n");
        // Run from classes, not a jar: no version to key on, so no key.
        assertThat(LastFrame.key(article, 120, 40, "xterm", false, Map.of())).isNull();
        assertThat(LastFrame.seconds(FileTime.fromMillis(1_500))).isEqualTo("1.500000000");
    }

    @Test
    void theFrameRedrawsTheScreenFromBlank() throws Exception {
        DefaultVirtualTerminal virtual = new DefaultVirtualTerminal(new TerminalSize(30, 5));
        TerminalScreen screen = new FrameScreen(virtual);
        screen.startScreen();
        String line = "Déjà lu, ¶ 3/8";
        for (int i = 0; i < line.length(); i++) {
            screen.setCharacter(2 + i, 4, TextCharacter.fromCharacter(line.charAt(i))[0]);
        }
        screen.refresh();
        String bytes = new String(LastFrame.draw(screen, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        // The alternate screen, cleared, then the row at its place (blanks as cursor moves, as the reader sends them).
        assertThat(bytes).startsWith("\u001b[?1049h").contains("\u001b[2J")
                .containsSubsequence("\u001b[5;3H", "Déjà", "lu,", "¶", "3/8").endsWith("\u001b[?25l");
        screen.stopScreen();
    }

    @Test
    void onlyTheNewestEntriesAreKept() throws Exception {
        for (int i = 0; i < LastFrame.KEPT + 5; i++) {
            Path entry = Files.writeString(dir.resolve("1-" + i), "x");
            Files.setLastModifiedTime(entry, FileTime.fromMillis(1_000_000L * i));
        }
        Files.writeString(dir.resolve(".frame.tmp"), "not an entry");
        LastFrame.forgetOldest(dir);
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("1-")))
                    .hasSize(LastFrame.KEPT).doesNotContain("1-0", "1-4").contains("1-5", "1-" + (LastFrame.KEPT + 4));
        }
        assertThat(dir.resolve(".frame.tmp")).exists();
    }
}
