package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextFormatTest {
    private final PlainTextFormat format = new PlainTextFormat();

    private static List<String> texts(DocumentFormat.Body body) {
        return body.blocks().stream().map(DocumentFormat.Block::text).toList();
    }

    @Test
    void firstLineIsTheTitleAndBlankLinesSeparateParagraphs() {
        DocumentFormat.Body body = format.parse("The title\n\nFirst para\ncontinues here.\n\n\n\nSecond para.\n", "file");

        assertThat(body.title()).isEqualTo("The title");
        assertThat(texts(body)).containsExactly("First para continues here.", "Second para.");
        assertThat(body.blocks()).allMatch(block -> block.heading() == null);
    }

    @Test
    void titleRepeatedAsFirstParagraphIsShownOnce() {
        DocumentFormat.Body body = format.parse("Same\n\nSame\n\nBody.", "file");

        assertThat(body.title()).isEqualTo("Same");
        assertThat(texts(body)).containsExactly("Body.");
    }

    @Test
    void titleRepeatedLaterIsKept() {
        DocumentFormat.Body body = format.parse("Same\n\nBody.\n\nSame", "file");

        assertThat(texts(body)).containsExactly("Body.", "Same");
    }

    @Test
    void multiLineFirstBlockIsNotATitle() {
        DocumentFormat.Body body = format.parse("Two lines\nof text\n\nMore.", "file");

        assertThat(body.title()).isEqualTo("file");
        assertThat(texts(body)).containsExactly("Two lines of text", "More.");
    }

    @Test
    void longFirstLineIsNotATitle() {
        String line = "word ".repeat(60).strip();
        DocumentFormat.Body body = format.parse(line + "\n\nMore.", "file");

        assertThat(body.title()).isEqualTo("file");
        assertThat(texts(body)).containsExactly(line, "More.");
    }

    @Test
    void linesAreStrippedAndWhitespaceOnlyLinesSeparateParagraphs() {
        DocumentFormat.Body body = format.parse("  Title  \n   \n  indented\n   line  \n \t \nlast", "file");

        assertThat(body.title()).isEqualTo("Title");
        assertThat(texts(body)).containsExactly("indented line", "last");
    }

    @Test
    void splitParagraphsCountsLines() {
        assertThat(PlainTextFormat.splitParagraphs("a\nb\n\nc")).containsExactly(
                new PlainTextFormat.Chunk("a b", 2), new PlainTextFormat.Chunk("c", 1));
        assertThat(PlainTextFormat.splitParagraphs("")).isEmpty();
        assertThat(PlainTextFormat.splitParagraphs("\n\n  \n")).isEmpty();
    }

    @Test
    void readsAnyFileName() {
        assertThat(format.reads("notes")).isTrue();
        assertThat(format.reads("a.txt")).isTrue();
    }

    @Test
    void oneLineFileIsReadableText() throws Exception {
        // A file that holds a single short line is still an article: that line must be readable.
        Document document = DocumentLoader.parse("Just one line.".getBytes(StandardCharsets.UTF_8), "note.txt",
                Path.of("note.txt"));

        assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactly("Just one line.");
    }

    @Test
    void titleAndItsCopyAloneStillGiveOneParagraph() {
        DocumentFormat.Body body = format.parse("Same\n\nSame\n", "file");

        assertThat(body.title()).isEqualTo("Same");
        assertThat(texts(body)).containsExactly("Same");
    }
}
