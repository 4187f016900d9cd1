package dev.lectern.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.doc.LibraryScope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecRequestTest {
    @TempDir
    Path library;

    private LibraryScope scope;
    private String article;

    @BeforeEach
    void library() throws Exception {
        Files.writeString(library.resolve("a b.txt"), "A\n\nText.\n");
        scope = new LibraryScope(library);
        article = library.toRealPath().resolve("a b.txt").toString();
    }

    @Test
    void wordsAreSplitAsAShellWould() throws Exception {
        assertThat(ExecRequest.split("search  'a b.txt' \"x \\\"y\\\"\" z\\ w")).containsExactly("search", "a b.txt", "x \"y\"", "z w");
        assertThat(ExecRequest.split("  ")).isEmpty();
        assertThat(ExecRequest.split("a '' b")).containsExactly("a", "", "b");
        assertThatThrownBy(() -> ExecRequest.split("search 'open")).isInstanceOf(ExecRequest.Refused.class);
    }

    @Test
    void theFileArgumentIsNamedByItsRealPathInsideTheLibrary() throws Exception {
        assertThat(ExecRequest.parse("search 'a b.txt' tokaiev --json", scope)).containsExactly("search", article, "tokaiev", "--json");
        assertThat(ExecRequest.parse("summarise -n 2 'a b.txt' --json", scope)).containsExactly("summarise", "-n", "2", article, "--json");
        assertThat(ExecRequest.parse("entities --json -- 'a b.txt'", scope)).containsExactly("entities", "--json", "--", article);
        assertThat(ExecRequest.parse("list", scope)).containsExactly("list");
        assertThat(ExecRequest.parse("help", scope)).containsExactly("help");
    }

    @Test
    void onlyTheQueryAfterTheFileIsLeftAsIs() throws Exception {
        assertThat(ExecRequest.parse("search 'a b.txt' ../../etc/passwd", scope)).containsExactly("search", article, "../../etc/passwd");
    }

    @Test
    void filesOutsideAndUnknownCommandsAreRefusedWithExitCodes() {
        assertRefused("search ../../etc/passwd x", 2, "outside the library");
        assertRefused("glossary /etc/passwd", 2, "outside the library");
        assertRefused("summarise -n 3 -- ../x", 2, "outside the library");
        assertRefused("entities missing.txt", 1, "No such article");
        assertRefused("scp -t /tmp", 2, "unknown command 'scp'");
        assertRefused("sh -c id", 2, "unknown command 'sh'");
        assertRefused("", 2, "no command given");
        assertRefused("list ..", 2, "no argument");
        assertRefused("search @/etc/passwd", 2, "may not start with @");
        assertRefused("search 'a b.txt' @words", 2, "may not start with @");
    }

    @Test
    void aCommandNameIsShownWithoutItsControlCharacters() {
        assertRefused("'\u001b]0;x\u0007'", 2, "unknown command '?]0;x?'");
    }

    private void assertRefused(String line, int code, String message) {
        assertThatThrownBy(() -> ExecRequest.parse(line, scope)).as(line)
                .isInstanceOfSatisfying(ExecRequest.Refused.class, r -> assertThat(r.exitCode).isEqualTo(code))
                .hasMessageContaining(message);
    }

    @Test
    void theHelpNamesEveryCommand() {
        for (String command : List.of("list", "search", "summarise", "entities", "glossary")) {
            assertThat(ExecRequest.HELP).contains("  " + command);
        }
    }
}
