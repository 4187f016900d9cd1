package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryScopeTest {
    @TempDir
    Path temp;

    private Path library;
    private LibraryScope scope;

    @BeforeEach
    void library() throws Exception {
        library = Files.createDirectories(temp.resolve("library/sub"));
        library = library.getParent();
        Files.writeString(library.resolve("a.txt"), "A\n\nText.\n");
        Files.writeString(library.resolve("sub/b.md"), "# B\n\nText.\n");
        Files.writeString(temp.resolve("secret.txt"), "Secret\n\nText.\n");
        scope = new LibraryScope(library);
    }

    @Test
    void articlesInsideResolveToTheirRealPaths() throws Exception {
        assertThat(scope.resolve("a.txt")).isEqualTo(library.toRealPath().resolve("a.txt"));
        assertThat(scope.resolve("sub/b.md")).isEqualTo(library.toRealPath().resolve("sub/b.md"));
        assertThat(scope.resolve("sub/../a.txt")).isEqualTo(library.toRealPath().resolve("a.txt"));
        assertThat(scope.nameOf(scope.resolve("sub/b.md"))).isEqualTo("sub/b.md");
    }

    @Test
    void dotDotAbsolutePathsAndHomeAreRefused() {
        for (String name : new String[] {"../secret.txt", "../../etc/passwd", "sub/../../secret.txt", "/etc/passwd",
                temp.resolve("secret.txt").toString(), "~/.ssh/id_ed25519", "../missing.txt", ""}) {
            assertThatThrownBy(() -> scope.resolve(name)).as(name)
                    .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("outside the library");
        }
    }

    @Test
    void aSymlinkPointingOutIsRefusedEvenIfMadeAfterStart() throws Exception {
        Files.createSymbolicLink(library.resolve("escape.txt"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(library.resolve("outdir"), temp);
        Files.createSymbolicLink(library.resolve("inside.txt"), library.resolve("a.txt"));
        assertThatThrownBy(() -> scope.resolve("escape.txt")).hasMessageContaining("outside the library");
        assertThatThrownBy(() -> scope.resolve("outdir/secret.txt")).hasMessageContaining("outside the library");
        assertThat(scope.resolve("inside.txt")).isEqualTo(library.toRealPath().resolve("a.txt"));
    }

    @Test
    void aMissingArticleInsideSaysSo() {
        assertThatThrownBy(() -> scope.resolve("nope.txt")).hasMessage("No such article in the library: nope.txt.");
    }

    @Test
    void aLibraryThatIsItselfALinkIsJudgedByItsRealPath() throws Exception {
        Path link = Files.createSymbolicLink(temp.resolve("link"), library);
        LibraryScope throughLink = new LibraryScope(link);
        assertThat(throughLink.resolve("a.txt")).isEqualTo(library.toRealPath().resolve("a.txt"));
        assertThatThrownBy(() -> throughLink.resolve("../secret.txt")).hasMessageContaining("outside the library");
    }

    @Test
    void aWebLibrarysArticlesAreNamedByNumberOrAddressAndNothingElse() throws Exception {
        Path list = Files.writeString(temp.resolve("urls.txt"), "# two\nhttps://example.org/a\n\nhttps://example.org/b\n");
        WebLibrary web = WebLibrary.open(list, temp.resolve("state"), null, new DocumentCache(2));
        LibraryScope webScope = new LibraryScope(web.directory());
        assertThat(webScope.resolve("1")).isEqualTo(web.copy(1));
        assertThat(webScope.resolve("https://example.org/b")).isEqualTo(web.copy(2));
        assertThat(webScope.nameOf(web.copy(2))).isEqualTo("2");
        assertThat(web.numberOf(web.copy(2).toString())).isEqualTo(2);
        for (String name : new String[] {"0", "3", "a.txt", "../../etc/passwd", "/etc/passwd", "https://example.org/c"}) {
            assertThatThrownBy(() -> webScope.resolve(name)).as(name).isInstanceOf(UnreadableDocumentException.class)
                    .hasMessageContaining("numbered 1 to 2");
        }
    }
}
