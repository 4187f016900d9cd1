package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.doc.Library;
import dev.lectern.doc.Metadata;
import dev.lectern.session.ReadingList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    @TempDir
    Path data;

    private VirtualScreen libraryWithSavedArticles(ReadingList list) throws Exception {
        Files.copy(Path.of("content/kazakhstan-otsc.fr.txt"), content.resolve("a-kazakhstan.fr.txt"));
        Path notes = content.resolve("notes.md");
        Files.writeString(notes, "# Harbour notes\n\nThe port reopened on Monday after the strike, and the ships that had waited "
                + "for a week in the bay were the first to come in.\n\nShips queued along the quay while the union "
                + "and the port authority said they would meet again before the end of the month.\n");
        Document saved = DocumentLoader.load(notes).withMetadata(
                new Metadata("Ann Author", "Harbour Daily", null, "en", "http://127.0.0.1:9/harbour", null));
        list.save(saved, Instant.parse("2026-12-01T10:00:00Z"));
        Files.delete(notes);
        List<Library.Entry> entries = new ArrayList<>(Library.list(content));
        entries.addAll(list.articles());
        return new VirtualScreen(100, 20, new PositionStore(state), list, w -> new LibraryPage("content", entries, w),
                Theme.colour());
    }

    @Test
    void savedArticlesAreListedWithTheirSiteAndDateAndFilteredByTitle() throws Exception {
        ReadingList list = new ReadingList(data);
        VirtualScreen screen = libraryWithSavedArticles(list);

        String saved = screen.rows().stream().filter(r -> r.contains("Harbour notes")).findFirst().orElseThrow();
        assertThat(saved).contains("Harbour Daily").contains("en").contains("2026-12-01");
        assertThat(screen.text()).contains("MISE À JOUR");

        screen.answers.add("harb");
        screen.type("/");
        assertThat(screen.prompts).containsExactly("/");
        assertThat(screen.text()).contains("Harbour notes").doesNotContain("MISE À JOUR");
        assertThat(screen.statusBar()).contains("1 of 2 articles");
        screen.press(KeyType.Escape);
        assertThat(screen.text()).contains("Harbour notes").contains("MISE À JOUR");

        screen.answers.add("misé a jour"); // accents and case ignored
        screen.type("/");
        assertThat(screen.text()).contains("MISE À JOUR").doesNotContain("Harbour notes");
    }

    @Test
    void dRemovesASavedArticleOnlyAfterYes() throws Exception {
        ReadingList list = new ReadingList(data);
        VirtualScreen screen = libraryWithSavedArticles(list);

        screen.type("D");
        assertThat(screen.statusBar()).contains("Only articles of the reading list");
        screen.type("j").type("D");
        assertThat(screen.statusBar()).contains("Remove from the reading list (y/n)? “Harbour notes”");
        screen.type("n");
        assertThat(screen.statusBar()).contains("Kept");
        assertThat(list.articles()).hasSize(1);

        screen.type("D").type("y");
        assertThat(screen.statusBar()).contains("Removed");
        assertThat(list.articles()).isEmpty();
        assertThat(String.join("\n", screen.rows().subList(0, 19))).doesNotContain("Harbour notes").contains("MISE À JOUR");
    }

    @Test
    void saveKeepsTheOpenArticleInTheReadingList() throws Exception {
        ReadingList list = new ReadingList(data);
        Files.copy(Path.of("content/kazakhstan-otsc.fr.txt"), content.resolve("a-kazakhstan.fr.txt"));
        var entries = Library.list(content);
        VirtualScreen screen = new VirtualScreen(100, 20, new PositionStore(state), list,
                w -> new LibraryPage("content", entries, w), Theme.colour());

        screen.press(KeyType.Enter).command("save");
        assertThat(screen.statusBar()).contains("Saved “MISE À JOUR");
        screen.command("save");
        assertThat(screen.statusBar()).contains("Updated “MISE À JOUR");
        assertThat(list.articles()).singleElement()
                .satisfies(e -> assertThat(e.document().size()).isEqualTo(8));
    }
}
