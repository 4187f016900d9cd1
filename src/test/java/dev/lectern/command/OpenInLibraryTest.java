package dev.lectern.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.doc.LibraryScope;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A served reader's {@code open} and its completion never reach a file outside the library. */
class OpenInLibraryTest {
    @TempDir
    Path temp;

    private LibraryScope library;
    private final List<Path> opened = new ArrayList<>();
    private ReaderContext reader;

    @BeforeEach
    void library() throws Exception {
        Path root = Files.createDirectories(temp.resolve("library"));
        Files.writeString(root.resolve("a.txt"), "A\n\nText.\n");
        Files.createDirectories(root.resolve("sub"));
        Files.writeString(root.resolve("sub/b.md"), "# B\n\nText.\n");
        Files.writeString(temp.resolve("secret.txt"), "Secret\n");
        Files.createSymbolicLink(root.resolve("away"), temp);
        Files.createSymbolicLink(root.resolve("also.txt"), temp.resolve("secret.txt"));
        library = new LibraryScope(root);
        // Only open is called on it by the command under test.
        reader = (ReaderContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ReaderContext.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("open")) {
                        opened.add((Path) arguments[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void completionOffersTheLibrarysNamesOnly() {
        assertThat(ReaderCommands.namesInLibrary(library, "")).containsExactly("a.txt", "sub/");
        assertThat(ReaderCommands.namesInLibrary(library, "sub/")).containsExactly("sub/b.md");
        assertThat(ReaderCommands.namesInLibrary(library, "../")).isEmpty();
        assertThat(ReaderCommands.namesInLibrary(library, "away/")).isEmpty();
        assertThat(ReaderCommands.namesInLibrary(library, "/etc/")).isEmpty();
        assertThat(ReaderCommands.namesInLibrary(library, "sub/../../")).isEmpty();
    }

    @Test
    void openTakesTheLibrarysArticlesAndRefusesEverythingElse() throws Exception {
        Command open = ReaderCommands.inLibrary(library).find("open");
        open.run("sub/b.md", reader);
        assertThat(opened).containsExactly(library.root().resolve("sub/b.md"));
        for (String outside : List.of("../secret.txt", "/etc/passwd", "also.txt", "away/secret.txt", "~/x", "http://example.com/")) {
            assertThatThrownBy(() -> open.run(outside, reader)).as(outside).isInstanceOf(CommandException.class);
        }
        assertThatThrownBy(() -> open.run("../../etc/passwd", reader)).hasMessageContaining("outside the library");
        assertThat(opened).hasSize(1);
    }
}
