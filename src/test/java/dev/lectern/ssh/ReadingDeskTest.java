package dev.lectern.ssh;

import dev.lectern.doc.DocumentCache;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.doc.Library;
import dev.lectern.doc.LibraryScope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a served reader's terminal takes from the client: TERM from the PTY, the locale and NO_COLOR, nothing else. */
class ReadingDeskTest {
    @Test
    void onlyTheLocaleAndNoColorComeFromTheClientsEnvironment() {
        Map<String, String> sent = new HashMap<>();
        sent.put("LANG", "fr_FR.ISO-8859-1");
        sent.put("LC_CTYPE", "fr_FR.UTF-8");
        sent.put("NO_COLOR", "1");
        sent.put("TERM", "vt100"); // an env request cannot override the PTY's
        sent.put("PATH", "/tmp/evil");
        sent.put("LD_PRELOAD", "/tmp/evil.so");
        sent.put("XDG_STATE_HOME", "/tmp/elsewhere");
        sent.put("LECTERN_HOME", "/");
        sent.put("COLUMNS", "99999");
        assertThat(ReadingDesk.clientEnvironment(sent, "xterm-256color")).isEqualTo(Map.of("TERM", "xterm-256color",
                "LANG", "fr_FR.ISO-8859-1", "LC_CTYPE", "fr_FR.UTF-8", "NO_COLOR", "1"));
    }

    @Test
    void aStrangeTerminalTypeOrValueIsLeftOut() {
        assertThat(ReadingDesk.clientEnvironment(Map.of(), "../../../etc/passwd")).containsEntry("TERM", "dumb");
        assertThat(ReadingDesk.clientEnvironment(Map.of(), "xterm\u001b]0;x")).containsEntry("TERM", "dumb");
        assertThat(ReadingDesk.clientEnvironment(Map.of(), null)).containsEntry("TERM", "dumb");
        assertThat(ReadingDesk.clientEnvironment(Map.of("LANG", "fr\u001b[2J", "LC_ALL", "x".repeat(200)), "screen"))
                .isEqualTo(Map.of("TERM", "screen"));
    }

    @Test
    void theLibraryScreenLeavesOutALinkThatLeadsOutOfTheLibrary(@TempDir Path temp) throws Exception {
        Path root = Files.createDirectories(temp.resolve("library"));
        Files.writeString(root.resolve("a.txt"), "A\n\nText.\n");
        Files.writeString(temp.resolve("secret.txt"), "Secret\n\nNot for readers.\n");
        Files.createSymbolicLink(root.resolve("b.txt"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("c.txt"), root.resolve("a.txt")); // a link inside stays
        LibraryScope library = new LibraryScope(root);
        assertThat(Library.list(root)).hasSize(3);
        assertThat(ReadingDesk.entriesOf(library, new DocumentCache(2))).extracting(entry -> entry.file().getFileName().toString())
                .containsExactly("a.txt", "c.txt");
    }
}
