package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownFormatTest {
    private final MarkdownFormat format = new MarkdownFormat();

    private static List<String> texts(DocumentFormat.Body body) {
        return body.blocks().stream().map(DocumentFormat.Block::text).toList();
    }

    @Test
    void readsMarkdownFileNames() {
        assertThat(format.reads("a.md")).isTrue();
        assertThat(format.reads("a.markdown")).isTrue();
        assertThat(format.reads("a.txt")).isFalse();
        assertThat(format.reads("a.html")).isFalse();
    }

    @Test
    void leadingLevelOneHeadingIsTheTitleNotAParagraph() {
        DocumentFormat.Body body = format.parse("# The *big* title\n\nBody text.\n", "file");

        assertThat(body.title()).isEqualTo("The big title");
        assertThat(body.blocks()).containsExactly(new DocumentFormat.Block("Body text.", null));
    }

    @Test
    void setextLevelOneHeadingIsTheTitle() {
        DocumentFormat.Body body = format.parse("The title\n=========\n\nBody.\n", "file");

        assertThat(body.title()).isEqualTo("The title");
        assertThat(texts(body)).containsExactly("Body.");
    }

    @Test
    void withoutLeadingHeadingTheFileNameIsTheTitle() {
        DocumentFormat.Body body = format.parse("Just text.\n\n# Later\n\nMore.\n", "notes");

        assertThat(body.title()).isEqualTo("notes");
        assertThat(body.blocks()).containsExactly(
                new DocumentFormat.Block("Just text.", null),
                new DocumentFormat.Block("More.", "Later"));
    }

    @Test
    void sectionHeadingsAttachToTheNextParagraph() {
        DocumentFormat.Body body = format.parse("# T\n\nIntro.\n\n## Section one\n\nFirst.\n\nSecond.\n\n"
                + "## Part\n### Sub part\n\nThird.\n", "f");

        assertThat(body.blocks()).containsExactly(
                new DocumentFormat.Block("Intro.", null),
                new DocumentFormat.Block("First.", "Section one"),
                new DocumentFormat.Block("Second.", null),
                new DocumentFormat.Block("Third.", "Part\nSub part"));
    }

    @Test
    void headingAtTheEndIsKeptAsAParagraph() {
        DocumentFormat.Body body = format.parse("# T\n\nText.\n\n## The end\n", "f");

        assertThat(texts(body)).containsExactly("Text.", "The end");
    }

    @Test
    void inlineMarkupIsReducedToItsWordsAndSoftBreaksToSpaces() {
        DocumentFormat.Body body = format.parse("Some *emphasis*, **strong**, `code` and a [link](http://x.y/)\n"
                + "over two lines.\n", "f");

        assertThat(texts(body)).containsExactly("Some emphasis, strong, code and a link over two lines.");
    }

    @Test
    void hardLineBreakIsKept() {
        DocumentFormat.Body body = format.parse("Roses are red,  \nviolets are blue.\n", "f");

        assertThat(texts(body)).containsExactly("Roses are red,\nviolets are blue.");
    }

    @Test
    void bulletListItemsAreParagraphsWithABullet() {
        DocumentFormat.Body body = format.parse("- one\n- two\n* three\n", "f");

        assertThat(texts(body)).containsExactly("• one", "• two", "• three");
    }

    @Test
    void orderedListItemsKeepTheirNumbers() {
        DocumentFormat.Body body = format.parse("1. first\n2. second\n\nText.\n\n3. third\n4. fourth\n", "f");

        assertThat(texts(body)).containsExactly("1. first", "2. second", "Text.", "3. third", "4. fourth");
    }

    @Test
    void nestedListIsIndented() {
        DocumentFormat.Body body = format.parse("- outer\n  - inner\n- last\n", "f");

        assertThat(texts(body)).containsExactly("• outer", "  • inner", "• last");
    }

    @Test
    void blockQuotesAreParagraphsWithAQuoteMark() {
        DocumentFormat.Body body = format.parse("> quoted\n> text\n\n> second\n\nAfter.\n", "f");

        assertThat(texts(body)).containsExactly("> quoted text", "> second", "After.");
    }

    @Test
    void fencedCodeBlockKeepsItsLineBreaks() {
        DocumentFormat.Body body = format.parse("Before.\n\n```java\nint a = 1;\nif (a) {\n    b();\n}\n```\n\nAfter.\n", "f");

        assertThat(texts(body)).containsExactly("Before.", "int a = 1;\nif (a) {\n    b();\n}", "After.");
    }

    @Test
    void indentedCodeBlockKeepsItsLineBreaks() {
        DocumentFormat.Body body = format.parse("Before.\n\n    line one\n    line two\n\nAfter.\n", "f");

        assertThat(texts(body)).containsExactly("Before.", "line one\nline two", "After.");
    }

    @Test
    void codeBlockKeepsTheIndentationOfItsFirstLine() {
        DocumentFormat.Body body = format.parse("```\n    indented();\nnot();\n```\n", "f");

        assertThat(texts(body)).containsExactly("    indented();\nnot();");
    }

    @Test
    void blankLinesAroundCodeAreDropped() {
        DocumentFormat.Body body = format.parse("```\n\n  x = 1\n\n```\n", "f");

        assertThat(texts(body)).containsExactly("  x = 1");
    }

    @Test
    void codeIndentationReachesTheParagraph() throws Exception {
        Document document = DocumentLoader.parse("```\n  a\n    b\n```\n".getBytes(StandardCharsets.UTF_8),
                "a.md", Path.of("a.md"));

        assertThat(document.paragraph(1).text()).isEqualTo("  a\n    b");
    }

    @Test
    void htmlBlockIsReducedToText() {
        DocumentFormat.Body body = format.parse("<div class=\"note\">\nA <b>raw</b> block\n</div>\n\nAfter.\n", "f");

        assertThat(texts(body)).containsExactly("A raw block", "After.");
    }

    @Test
    void loaderNumbersParagraphsAndCarriesHeadings() throws Exception {
        Document document = DocumentLoader.parse("# Title\n\n## Part one\n\n- item\n\nText.\n"
                .getBytes(StandardCharsets.UTF_8), "a.md", Path.of("a.md"));

        assertThat(document.title()).isEqualTo("Title");
        assertThat(document.paragraphs()).containsExactly(
                new Paragraph(1, "• item", "Part one"),
                new Paragraph(2, "Text.", null));
    }
}
