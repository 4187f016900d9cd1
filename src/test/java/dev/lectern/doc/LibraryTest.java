package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void listsArticlesByFileNameSkippingOtherFilesAndDirectories() throws Exception {
        write("b.md", "# Bee\n\nText.");
        write("a.txt", "Ay\n\nText.");
        write("c.html", "<h1>Sea</h1><p>Text.</p>");
        write("picture.png", "not an article");
        write("notes", "no extension");
        Files.createDirectory(dir.resolve("sub.txt"));

        List<Library.Entry> entries = Library.list(dir);

        assertThat(entries).extracting(entry -> entry.file().getFileName().toString())
                .containsExactly("a.txt", "b.md", "c.html");
        assertThat(entries).allMatch(Library.Entry::readable);
        assertThat(entries).extracting(entry -> entry.document().title()).containsExactly("Ay", "Bee", "Sea");
        assertThat(entries).extracting(Library.Entry::problem).containsOnlyNulls();
    }

    @Test
    void unreadableArticleIsListedWithItsProblem() throws Exception {
        write("good.txt", "Good\n\nText.");
        write("empty.txt", "");
        Files.write(dir.resolve("binary.txt"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});

        List<Library.Entry> entries = Library.list(dir);

        assertThat(entries).extracting(entry -> entry.file().getFileName().toString())
                .containsExactly("binary.txt", "empty.txt", "good.txt");
        assertThat(entries.get(0).readable()).isFalse();
        assertThat(entries.get(0).document()).isNull();
        assertThat(entries.get(0).problem()).isEqualTo("binary.txt looks like a binary file, not an article.");
        assertThat(entries.get(1).problem()).isEqualTo("empty.txt is empty.");
        assertThat(entries.get(2).readable()).isTrue();
    }

    @Test
    void emptyDirectoryHasNoArticles() {
        assertThatThrownBy(() -> Library.list(dir))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("No articles in " + dir + " (Lectern reads .txt, .md, .html and .epub files).");
    }

    @Test
    void directoryWithoutArticlesHasNoArticles() throws Exception {
        write("photo.jpg", "x");
        write("paper.pdf", "x");
        Files.createDirectory(dir.resolve("drafts"));
        Files.writeString(dir.resolve("drafts").resolve("hidden.txt"), "Not listed\n\nText.");

        assertThatThrownBy(() -> Library.list(dir))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("No articles in " + dir);
    }

    @Test
    void missingDirectoryIsOneClearSentence() {
        Path missing = dir.resolve("gone");

        assertThatThrownBy(() -> Library.list(missing))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("No such directory: " + missing + ".");
    }

    @Test
    void fileIsNotADirectory() throws Exception {
        write("a.txt", "A\n\nText.");
        Path file = dir.resolve("a.txt");

        assertThatThrownBy(() -> Library.list(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage(file + " is not a directory.");
    }
}
