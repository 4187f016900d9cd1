package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.analysis.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlFormatTest {
    private final HtmlFormat format = new HtmlFormat();

    private static List<String> texts(DocumentFormat.Body body) {
        return body.blocks().stream().map(DocumentFormat.Block::text).toList();
    }

    private static Document load(String html) throws UnreadableDocumentException {
        return DocumentLoader.parse(html.getBytes(StandardCharsets.UTF_8), "page.html", Path.of("page.html"));
    }

    @Test
    void readsHtmlFileNames() {
        assertThat(format.reads("a.html")).isTrue();
        assertThat(format.reads("a.htm")).isTrue();
        assertThat(format.reads("a.xhtml")).isTrue();
        assertThat(format.reads("a.md")).isFalse();
    }

    @Test
    void articleIsPreferredAndChromeDropped() {
        DocumentFormat.Body body = format.parse("""
                <html><head><title>Site | Page</title><style>p { color: red }</style>
                <script>document.write("script text")</script></head>
                <body><nav><ul><li>Home</li><li>About</li></ul></nav>
                <header><p>Site banner</p></header>
                <p>Outside the article.</p>
                <article><h1>Article title</h1>
                <p>First &amp; foremost.</p>
                <aside><p>Related links</p></aside>
                <script>var hidden = "in article";</script>
                <p>Second <b>bold</b> para.</p>
                </article>
                <footer><p>Copyright</p></footer></body></html>
                """, "page");

        assertThat(body.title()).isEqualTo("Article title");
        assertThat(texts(body)).containsExactly("First & foremost.", "Second bold para.");
    }

    @Test
    void withoutArticleTheBodyIsReadWithoutScriptsStylesNavOrFooter() {
        DocumentFormat.Body body = format.parse("""
                <html><head><title>Only title</title></head><body>
                <nav><a href="/">Home</a><p>Menu</p></nav>
                <p>Kept.</p>
                <noscript><p>Enable JS</p></noscript>
                <script>alert(1)</script><style>.x{}</style>
                <footer><p>Footer text</p></footer>
                <div role="navigation"><p>Breadcrumbs</p></div>
                <p hidden>Hidden</p>
                </body></html>
                """, "page");

        assertThat(body.title()).isEqualTo("Only title");
        assertThat(texts(body)).containsExactly("Kept.");
    }

    @Test
    void mainIsUsedWhenThereIsNoArticle() {
        DocumentFormat.Body body = format.parse("<body><p>Chrome</p><main><p>Main text.</p></main></body>", "page");

        assertThat(texts(body)).containsExactly("Main text.");
    }

    @Test
    void titleFallsBackToFileNameWithoutH1OrTitle() {
        DocumentFormat.Body body = format.parse("<p>Text.</p>", "page");

        assertThat(body.title()).isEqualTo("page");
    }

    @Test
    void headingsAttachToTheNextParagraph() {
        DocumentFormat.Body body = format.parse("""
                <h1>Title</h1><p>Intro.</p><h2>Part one</h2><p>First.</p><p>Second.</p>
                <h2>Part two</h2><h3>Detail</h3><p>Third.</p>
                """, "page");

        assertThat(body.title()).isEqualTo("Title");
        assertThat(body.blocks()).containsExactly(
                new DocumentFormat.Block("Intro.", null),
                new DocumentFormat.Block("First.", "Part one"),
                new DocumentFormat.Block("Second.", null),
                new DocumentFormat.Block("Third.", "Part two\nDetail"));
    }

    @Test
    void listsQuotesCodeAndCaptions() {
        DocumentFormat.Body body = format.parse("""
                <ul><li>one</li><li><p>two</p></li><li></li></ul>
                <blockquote><p>Quoted words.</p></blockquote>
                <pre>code
                  indented</pre>
                <figure><img src="x.png"><figcaption>A caption</figcaption></figure>
                """, "page");

        assertThat(texts(body)).containsExactly("• one", "• two", "> Quoted words.", "code\n  indented", "A caption");
    }

    @Test
    void entityEncodedEscapesAreSanitised() throws Exception {
        Document document = load("<title>T&#27;]0;owned&#7;itle</title>"
                + "<p>&#27;[31mred&#27;[0m text and a bell&#7;.</p><p>&#x1b;[2J\u009B1mGone.</p>"
                + "<pre>&#27;[1mbold&#27;[0m\n\u001B[4mraw&#27;</pre>");

        assertThat(document.title()).isEqualTo("Title");
        assertThat(document.paragraphs()).extracting(Paragraph::text)
                .containsExactly("red text and a bell^G.", "Gone.", "bold\nraw^[");
    }

    @Test
    void loaderCarriesHeadingsIntoParagraphs() throws Exception {
        Document document = load("<article><h1>Title</h1><h2>Section</h2><p>Text.</p></article>");

        assertThat(document.title()).isEqualTo("Title");
        assertThat(document.paragraphs()).containsExactly(new Paragraph(1, "Text.", "Section"));
    }

    @Test
    void languageIsGuessedFromTheArticleNotItsMarkupOrScripts() throws Exception {
        String script = "for (var key in this.items) { if (this.items[key] === undefined) { return; } }\n".repeat(40);
        Document document = load("<html><head><title>Article</title><script>" + script + "</script></head><body>"
                + "<p>Le président a dit que la ville est prête pour les élections de dimanche.</p>"
                + "<p>Les électeurs sont appelés aux urnes dans une ambiance calme.</p></body></html>");

        assertThat(document.language()).isEqualTo(Language.FRENCH);
    }
}
