package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The title and credits a page gives about itself. */
class PageMetadataTest {
    private static final String TEXT = "<p>The council met on Tuesday evening, and after a long debate, it voted to keep "
            + "the old library open for another year, despite the cost of repairs to its roof.</p>";

    private static DocumentFormat.Body parse(String head, String body) {
        return new HtmlFormat().parse("<html><head>" + head + "</head><body>" + body + TEXT + "</body></html>", "page");
    }

    private static Metadata metadata(String head, String body) {
        return parse(head, body).metadata();
    }

    @Test
    void jsonLdHeadlineComesFirst() {
        DocumentFormat.Body body = parse("""
                <title>Library | Town Gazette</title><meta property="og:title" content="Open Graph title">
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Town Gazette"},
                  {"@type": ["NewsArticle"], "headline": "Library stays open, council decides",
                   "author": [{"@type": "Person", "name": "Ann Reporter"}, {"name": "Bo Writer"}],
                   "datePublished": "2026-12-04T09:30:00+01:00", "publisher": {"name": "Town Gazette"},
                   "inLanguage": "en-GB"}]}</script>""", "");

        assertThat(body.title()).isEqualTo("Library stays open, council decides");
        assertThat(body.metadata()).isEqualTo(
                new Metadata("Ann Reporter, Bo Writer", "Town Gazette", "2026-12-04", "en-GB", null, null));
    }

    @Test
    void jsonLdInCdataIsReadAndBrokenJsonLdIgnored() {
        assertThat(parse("<script type=\"application/ld+json\"><![CDATA[{\"@type\":\"Article\",\"headline\":"
                + "\"From CDATA, in three words\"}]]></script>", "").title()).isEqualTo("From CDATA, in three words");
        String deep = "[".repeat(100_000);
        assertThat(parse("<title>Plain title of the page</title><script type=\"application/ld+json\">" + deep
                + "</script><script type=\"application/ld+json\">{\"headline\": \"unclosed</script>", "").title())
                .isEqualTo("Plain title of the page");
    }

    @Test
    void openGraphAndMetaTagsGiveTitleSiteAuthorDateLanguage() {
        DocumentFormat.Body body = parse("""
                <title>Something else</title>
                <meta property="og:title" content="Library stays open for a year">
                <meta property="og:site_name" content="Town Gazette">
                <meta name="author" content="Ann Reporter">
                <meta property="article:author" content="https://example.org/ann">
                <meta property="article:published_time" content="2026-12-04T09:30:00Z">
                <meta property="og:locale" content="fr_FR">""", "");

        assertThat(body.title()).isEqualTo("Library stays open for a year");
        assertThat(body.metadata()).isEqualTo(
                new Metadata("Ann Reporter", "Town Gazette", "2026-12-04", "fr-FR", null, null));
    }

    @Test
    void spaceSeparatedPropertiesAndDublinCoreBeforeOpenGraph() {
        assertThat(parse("<meta property=\"og:title twitter:title\" content=\"Social title\">"
                + "<meta property=\"x:title dc:title\" content=\"Dublin Core title\">", "").title())
                .isEqualTo("Dublin Core title");
    }

    @Test
    void theSiteNameIsCutOffTheTitle() {
        assertThat(parse("<title>Library stays open for a year – Town Gazette</title>", "").title())
                .isEqualTo("Library stays open for a year");
        assertThat(parse("<title>Town Gazette | Library stays open for a year</title>", "").title())
                .isEqualTo("Library stays open for a year");
        assertThat(parse("<title>Gazette: News - Library stays open - Town Gazette</title>"
                + "<meta property=\"og:site_name\" content=\"Town Gazette\">", "").title())
                .isEqualTo("Library stays open");
        // A colon is part of a title, not a separator.
        assertThat(parse("<title>Libraries: why they matter</title>", "").title()).isEqualTo("Libraries: why they matter");
    }

    @Test
    void theHeadingThatMatchesThePartOfTheTitleIsTheTitle() {
        assertThat(parse("<title>Sport - The match that nobody saw coming - Town Gazette</title>",
                "<h1>The match that nobody saw coming</h1>").title()).isEqualTo("The match that nobody saw coming");
        // A title that is only names ("Site | Section") gives way to the page's heading.
        assertThat(parse("<title>Gazette | News</title>", "<h1>Library stays open</h1>").title())
                .isEqualTo("Library stays open");
        // A title without separators is kept even when the heading says something else.
        assertThat(parse("<title>Library stays open</title>", "<h1>A different heading</h1>").title())
                .isEqualTo("Library stays open");
    }

    @Test
    void withoutAnyTitleTheHeadingThenTheFileName() {
        assertThat(parse("", "<h1>The heading</h1>").title()).isEqualTo("The heading");
        assertThat(parse("", "").title()).isEqualTo("page");
    }

    @Test
    void bylineFromThePageIsShownInCreditsNotReadTwice() {
        DocumentFormat.Body body = parse("", "<article><p class=\"byline\">By <a rel=\"author\" href=\"/ann\">"
                + "Ann Reporter</a></p>" + TEXT + "</article>");

        assertThat(body.metadata().byline()).isEqualTo("Ann Reporter");
        assertThat(body.blocks()).extracting(DocumentFormat.Block::text).noneMatch(t -> t.contains("Ann Reporter"));
    }

    @Test
    void languageAndCanonicalAddress() {
        Metadata metadata = new HtmlFormat().parse("<html lang=\"de-CH\"><head><link rel=\"canonical\" "
                + "href=\"https://example.org/library\"></head><body>" + TEXT + "</body></html>", "page").metadata();

        assertThat(metadata.languageTag()).isEqualTo("de-CH");
        assertThat(metadata.canonicalUrl()).isEqualTo("https://example.org/library");
        assertThat(metadata.sourceUrl()).isNull();
        // A relative canonical address says nothing without the page's own address: Open Graph's is used.
        assertThat(metadata("<link rel=\"canonical\" href=\"/library\"><meta property=\"og:url\" "
                + "content=\"https://example.org/og\">", "").canonicalUrl()).isEqualTo("https://example.org/og");
        assertThat(metadata("<html lang=\"not a language\">", "").languageTag()).isNull();
    }

    @Test
    void publishedDateFromTheArticlesTimeElement() {
        assertThat(metadata("", "<time itemprop=\"datePublished\" datetime=\"2015-07-10T09:53:00-04:00\">July 10</time>")
                .published()).isEqualTo("2015-07-10");
    }

    @Test
    void escapeSequencesInMetadataNeverReachTheReader() throws Exception {
        Document document = DocumentLoader.parse(("<html><head><meta name=\"author\" content=\"Ann&#27;]0;owned&#7; "
                + "Reporter\"><meta property=\"og:site_name\" content=\"\u001B[31mGazette\"><title>T</title></head>"
                + "<body>" + TEXT + "</body></html>").getBytes(StandardCharsets.UTF_8), "page.html", Path.of("page.html"));

        assertThat(document.metadata().credits()).isEqualTo("Ann Reporter · Gazette");
    }

    @Test
    void hugeMetadataIsCut() {
        String huge = "word ".repeat(400_000);
        Metadata metadata = metadata("<meta name=\"author\" content=\"" + huge + "\">", "");

        assertThat(metadata.byline()).hasSizeLessThanOrEqualTo(301).endsWith("…");
    }
}
