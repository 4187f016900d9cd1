package dev.lectern.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.command.ReaderCommands;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.doc.EpubBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** :toc in the line-mode shell: the sections printed, or one line saying there are none. */
class ShellContentsTest {
    @TempDir
    Path dir;

    private final StringWriter output = new StringWriter();

    @Test
    void tocPrintsABooksChaptersWithTheirParagraphs() throws Exception {
        Path book = EpubBuilder.epub2().textChapter("a.xhtml", "Morning", 2).textChapter("b.xhtml", "Evening", 2)
                .writeTo(dir.resolve("day.epub"));
        LineShell shell = new LineShell(DocumentLoader.load(book), ReaderCommands.standard(), new PrintWriter(output, true), 60);
        shell.run("toc");
        assertThat(output.toString()).contains("Contents:").contains("¶1  Morning").contains("¶3  Evening");
        output.getBuffer().setLength(0);
        shell.run("contents");
        assertThat(output.toString()).contains("¶3  Evening");
    }

    @Test
    void tocOfADocumentWithoutHeadingsSaysSo() throws Exception {
        LineShell shell = new LineShell(DocumentLoader.parse("One.\n\nTwo.\n".getBytes(StandardCharsets.UTF_8), "a.txt", null),
                ReaderCommands.standard(), new PrintWriter(output, true), 60);
        shell.run("toc");
        assertThat(output.toString().strip()).isEqualTo("This document has no sections: it has no headings.");
    }
}
