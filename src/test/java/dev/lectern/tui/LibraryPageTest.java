package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.lectern.doc.Library;
import dev.lectern.session.PositionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryPageTest {
    @org.junit.jupiter.api.AfterEach
    void letTheSaversFinish() {
        VirtualScreen.finishSaving();
    }

    @TempDir
    Path state;

    @TempDir
    Path content;

    @Test
    void listsArticlesOpensOneAndComesBackWithItsProgress() throws Exception {
        Files.copy(Path.of("content/kazakhstan-otsc.fr.txt"), content.resolve("a-kazakhstan.fr.txt"));
        Files.writeString(content.resolve("b-notes.md"), "# English notes\n\nThe first paragraph is here.\n\nAnd the second one is there.\n");
        Files.write(content.resolve("c-broken.txt"), new byte[] {0, 1, 2, 3});
        var entries = Library.list(content);
        VirtualScreen screen = new VirtualScreen(100, 20, new PositionStore(state), w -> new LibraryPage("content", entries, w));

        String listing = screen.text();
        assertThat(listing).contains("MISE À JOUR").contains("English notes").contains("binary");
        assertThat(screen.rows().stream().filter(r -> r.contains("MISE À JOUR")).findFirst().orElseThrow())
                .contains("fr").contains("8").contains("-");
        assertThat(screen.rows().stream().filter(r -> r.contains("English notes")).findFirst().orElseThrow())
                .contains("en").contains("2");

        screen.press(KeyType.Enter);
        assertThat(screen.statusBar()).contains("¶ 1/8");
        screen.type("jjjq");
        assertThat(screen.app.finished()).isFalse();
        assertThat(screen.rows().stream().filter(r -> r.contains("MISE À JOUR")).findFirst().orElseThrow())
                .contains("56%"); // as the status bar counts: characters through ¶4

        screen.type("jj").press(KeyType.Enter);
        assertThat(screen.statusBar()).contains("binary");
        screen.type("q");
        assertThat(screen.app.finished()).isTrue();
    }
}
