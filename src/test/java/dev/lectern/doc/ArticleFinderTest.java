package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The article found in hand-written pages: what a reader-mode view keeps, and what it drops. */
class ArticleFinderTest {
    private static final String PROSE_1 = "The council met on Tuesday evening, and after a long debate, it voted to keep "
            + "the old library open for another year, despite the cost of repairs to its roof.";
    private static final String PROSE_2 = "Residents had written hundreds of letters, some angry, some pleading, asking "
            + "the councillors to think of the children, the students and the elderly who use it daily.";
    private static final String PROSE_3 = "The mayor said the decision was not easy, but that a town without a library, "
            + "in her words, would be a town without a memory, and she thanked the volunteers.";
    private static final String PROSE_4 = "Work on the roof should begin in the spring, when the weather allows, and "
            + "the reading rooms will stay open, with some changes, for the whole time of the repairs.";

    private final HtmlFormat format = new HtmlFormat();

    private List<String> texts(String html) {
        return format.parse(html, "page").blocks().stream().map(DocumentFormat.Block::text).toList();
    }

    private static String page(String body) {
        return "<html><head><title>Library stays open</title></head><body>" + body + "</body></html>";
    }

    private static String article(String... paragraphs) {
        StringBuilder html = new StringBuilder("<div class=\"story\">");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        return html.append("</div>").toString();
    }

    @Test
    void navigationCommentsAndRelatedStoriesAreDropped() {
        List<String> texts = texts(page("""
                <div class="header"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
                <div class="menu"><ul><li><a href="/a">Politics</a></li><li><a href="/b">Culture</a></li></ul></div>
                """ + article(PROSE_1, PROSE_2, PROSE_3, PROSE_4) + """
                <div class="related-stories"><h3>Related</h3><ul>
                <li><a href="/x">Another library closes its doors in the north of the county</a></li>
                <li><a href="/y">Ten things you did not know about the town's oldest building</a></li></ul></div>
                <div id="comments"><p>Great news, I have been going there since I was a child, and I hope it stays.</p>
                <p>What a waste of money, the council should have sold the building, in my opinion, years ago.</p></div>
                <div class="footer">Copyright the Town Gazette, all rights reserved, 2026.</div>
                """));

        assertThat(texts).containsExactly(PROSE_1, PROSE_2, PROSE_3, PROSE_4);
    }

    @Test
    void theBestBlockWinsOverAShorterOneWithManyLinks() {
        List<String> texts = texts(page("""
                <div class="links"><p><a href="/1">A list of links that is long enough to be scored as text</a>,
                <a href="/2">and another link, also long</a>, <a href="/3">and a third link here</a></p></div>
                """ + article(PROSE_1, PROSE_2, PROSE_3)));

        assertThat(texts).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void textSeparatedByDoubleLineBreaksIsCutIntoParagraphs() {
        List<String> texts = texts(page("<div class=\"nav\"><a href=\"/\">Home</a></div><div>" + PROSE_1
                + "<br><br>" + PROSE_2 + "<br/>\n<br />" + PROSE_3 + "<br>A line of verse<br>and the next one</div>"));

        assertThat(texts).containsExactly(PROSE_1, PROSE_2, PROSE_3 + "\nA line of verse\nand the next one");
    }

    @Test
    void divsHoldingOnlyTextAreParagraphs() {
        List<String> texts = texts(page("<div id=\"main\"><div>" + PROSE_1 + "</div><div>" + PROSE_2
                + "</div><div><span>" + PROSE_3 + "</span></div></div>"));

        assertThat(texts).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void hiddenElementsAreDropped() {
        List<String> texts = texts(page("<div class=\"story\"><p>" + PROSE_1 + "</p>"
                + "<p hidden>Hidden by attribute.</p><p aria-hidden=\"true\">Hidden from screen readers.</p>"
                + "<p style=\"color: red; display : none\">Hidden by style.</p>"
                + "<div style=\"VISIBILITY:hidden\"><p>Invisible.</p></div><p>" + PROSE_2 + "</p></div>"));

        assertThat(texts).containsExactly(PROSE_1, PROSE_2);
    }

    @Test
    void shareBarsCookieBannersAndNewsletterFormsAreDropped() {
        List<String> texts = texts(page("""
                <div class="cookie-consent"><p>We use cookies to improve your experience on this site, as explained
                in our policy, which you can read at any time, anywhere.</p></div>
                <article><h1>Library stays open</h1>
                <div class="share-tools"><a href="/fb">Share on Facebook</a> <a href="/tw">Share on Twitter</a></div>
                <p>""" + PROSE_1 + "</p><p>" + PROSE_2 + """
                </p><div class="newsletter-signup"><p>Get our newsletter every morning.</p>
                <form><input type="email" name="email"><button>Sign up</button></form></div>
                <p>""" + PROSE_3 + "</p></article>"));

        assertThat(texts).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void siblingsThatBelongToTheArticleJoinIt() {
        List<String> texts = texts(page("<div class=\"wrap\"><div class=\"part\"><p>" + PROSE_1 + "</p><p>" + PROSE_2
                + "</p></div><p>A short paragraph between the parts, with no links.</p><div class=\"part\"><p>"
                + PROSE_3 + "</p></div><div class=\"ad\"><a href=\"/buy\">Buy now</a></div></div>"));

        assertThat(texts).containsExactly(PROSE_1, PROSE_2, "A short paragraph between the parts, with no links.",
                PROSE_3);
    }

    @Test
    void headingsListsQuotesCaptionsAndDataTablesAreKept() {
        DocumentFormat.Body body = format.parse(page("""
                <article><h1>Library stays open</h1><p>""" + PROSE_1 + """
                </p><h2>The vote</h2><p>""" + PROSE_2 + """
                </p><ol><li>Keep it open.</li><li>Close it.</li></ol>
                <blockquote><p>A town without a library is a town without a memory.</p></blockquote>
                <figure><img src="roof.jpg"><figcaption>The roof, in need of repair.</figcaption></figure>
                <table><thead><tr><th>Vote</th><th>Count</th></tr></thead>
                <tbody><tr><td>For</td><td>7</td></tr><tr><td>Against</td><td>4</td></tr></tbody></table>
                <p>""" + PROSE_3 + "</p></article>"), "page");

        assertThat(body.title()).isEqualTo("Library stays open");
        assertThat(body.blocks()).containsExactly(
                new DocumentFormat.Block(PROSE_1, null),
                new DocumentFormat.Block(PROSE_2, "The vote"),
                new DocumentFormat.Block("1. Keep it open.", null),
                new DocumentFormat.Block("2. Close it.", null),
                new DocumentFormat.Block("> A town without a library is a town without a memory.", null),
                new DocumentFormat.Block("The roof, in need of repair.", null),
                new DocumentFormat.Block("Vote | Count", null),
                new DocumentFormat.Block("For | 7", null),
                new DocumentFormat.Block("Against | 4", null),
                new DocumentFormat.Block(PROSE_3, null));
    }

    @Test
    void aPageLaidOutWithTablesIsRead() {
        List<String> texts = texts(page("<table><tr><td><a href=\"/\">Home</a><br><a href=\"/about\">About</a></td>"
                + "<td><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p></td></tr></table>"));

        assertThat(texts).containsExactly(PROSE_1, PROSE_2);
    }

    @Test
    void aPlainArticleInSectionsIsReadWhole() {
        List<String> texts = texts("""
                <html><head><title>Notes</title></head><body><h1>Notes</h1>
                <section><h2>One</h2><p>""" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>" + PROSE_3 + """
                </p></section><section><h2>Two</h2><p>Short.</p><ul><li><a href="/a">A link</a></li></ul></section>
                <section><h2>Three</h2><p>""" + PROSE_4 + "</p></section></body></html>");

        assertThat(texts).containsExactly(PROSE_1, PROSE_2, PROSE_3, "Short.", "• A link", PROSE_4);
    }

    @Test
    void aNestedListInTheArticleIsKept() {
        // The outer list gets few points (its text is one level further down), which is no reason
        // to drop it: only a block named like furniture is dropped for a low score.
        List<String> texts = texts(page("<div class=\"story\"><p>" + PROSE_1 + "</p><p>" + PROSE_2 + """
                </p><ul><li>Highlights<ul>
                <li>The reading rooms stay open on Saturdays, as the volunteers asked, for a trial year.</li>
                <li><div><img src="plan.png"><p>The plan of the new roof, drawn by the town's architect last winter.</p>
                </div></li></ul></li></ul></div>"""));

        assertThat(texts).contains(PROSE_1, PROSE_2,
                "• The reading rooms stay open on Saturdays, as the volunteers asked, for a trial year.",
                "• The plan of the new roof, drawn by the town's architect last winter.");
    }

    @Test
    void aListOfBlurbsWithHeadingsAndLinksIsKept() {
        // A product page's feature list: each item a heading, a sentence and a "Learn more" link.
        // The block holding the list is weighed as a list, which links do not drop.
        StringBuilder blurbs = new StringBuilder("<section><div class=\"container\"><h2>Features and tools</h2><ul>");
        for (String tool : List.of("Page Inspector", "Web Console", "Debugger")) {
            blurbs.append("<li><h3>").append(tool).append("</h3><p>Examine and modify the page with the ").append(tool)
                    .append(", step by step.</p><a href=\"/").append(tool.length()).append("\">Learn more about ")
                    .append(tool).append("</a></li>");
        }
        blurbs.append("</ul></div></section>");

        List<String> texts = texts(page("<main><section><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p></section>"
                + blurbs + "</main>"));

        assertThat(texts).contains(PROSE_1, PROSE_2, "• Examine and modify the page with the Web Console, step by step.",
                "Learn more about Debugger");
    }

    @Test
    void aHeadedListOfLinksInTheArticleIsStillDropped() {
        List<String> texts = texts(page("<div class=\"story\"><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>" + PROSE_3
                + "</p><div><h3>More</h3><ul><li><a href=\"/1\">Another library closes its doors in the north</a></li>"
                + "<li><a href=\"/2\">Ten things about the town's oldest building</a></li></ul></div></div>"));

        assertThat(texts).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void anArticleCutIntoBlocksOfOneClassIsReadWhole() {
        // The first block's paragraphs sit six levels down: too deep to give it points, but it is
        // named as the block that won, and it is prose.
        List<String> texts = texts(page("<div class=\"part\">" + "<div>".repeat(5) + "<p>" + PROSE_1
                + "</p><p>" + PROSE_2 + "</p>" + "</div>".repeat(5) + "</div><figure><img src=\"roof.jpg\"></figure>"
                + "<div class=\"part\"><p>" + PROSE_3 + "</p><p>" + PROSE_4 + "</p><p>" + PROSE_1.toUpperCase() + "</p></div>"
                + "<div class=\"partner\"><p><a href=\"/ad\">Visit our partner's shop for a discount on roof tiles</a></p>"
                + "</div>"));

        assertThat(texts).containsExactly(PROSE_1, PROSE_2, PROSE_3, PROSE_4, PROSE_1.toUpperCase());
    }

    @Test
    void partsOfAStoryWrappedAlikeAroundAnAdAreReadWhole() {
        List<String> texts = texts(page("<article><div class=\"wrap\"><div class=\"text\"><p>" + PROSE_1 + "</p><p>"
                + PROSE_2 + "</p></div></div><div class=\"interrupter\"><a href=\"/ad\">Advertisement</a></div>"
                + "<div class=\"wrap\"><div class=\"text\"><p>" + PROSE_3 + "</p><p>" + PROSE_4 + "</p><p>"
                + PROSE_1.toUpperCase() + "</p></div><figure><img src=\"roof.jpg\"></figure></div>"
                + "<div class=\"wrap-up\"><p>Tell us what you think of this page, and of the new design.</p></div>"
                + "</article>"));

        assertThat(texts).containsExactly(PROSE_1, PROSE_2, PROSE_3, PROSE_4, PROSE_1.toUpperCase());
    }

    @Test
    void theLabelsOfAChartPlacedOverItsPictureAreDropped() {
        StringBuilder chart = new StringBuilder("<div class=\"graphic\"><img src=\"chart.png\">");
        String[][] labels = {{"4%", "left:2%"}, {"$915 billion", "right:3%"}, {"600", "left:0"}, {"300", "left:0"},
                {"’17", "left:10%"}, {"’28", "left:90%"}};
        for (int i = 0; i < labels.length; i++) {
            chart.append("<div style=\"position:absolute; top:").append(10 * i).append("%; ").append(labels[i][1])
                    .append("\"><p>").append(labels[i][0]).append("</p></div>");
        }
        chart.append("</div>");

        List<String> texts = texts(page(article(PROSE_1, PROSE_2).replace("</div>", chart + "<p>" + PROSE_3 + "</p></div>")));

        assertThat(texts).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void aPagePlacedInColumnsByCoordinatesIsStillRead() {
        List<String> texts = texts(page("<div style=\"position:absolute;top:0;left:0\"><a href=\"/\">Home</a></div>"
                + "<div style=\"position:absolute; top:40px; left:200px\"><p>" + PROSE_1 + "</p></div>"
                + "<div style=\"position:absolute; top:140px; left:200px\"><p>" + PROSE_2 + "</p></div>"
                + "<div style=\"position:absolute; top:240px; left:200px\"><p>" + PROSE_3 + "</p></div>"));

        assertThat(texts).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void deeplyNestedMarkupIsReadWithoutRecursion() {
        int depth = 100_000;
        String html = "<div>".repeat(depth) + "<p>" + PROSE_1 + "</p>" + "</div>".repeat(depth)
                + "<span>".repeat(depth) + "tail" + "<table><tr><td>".repeat(1000) + "cell";

        List<String> texts = texts(page(html));

        assertThat(texts).contains(PROSE_1);
    }

    @Test
    void hugeAttributesAndManySiblingsAreReadInOnePass() {
        String huge = "x".repeat(2_000_000);
        StringBuilder html = new StringBuilder("<div class=\"" + huge + "\" style=\"" + huge + "\"><p>" + PROSE_1 + "</p>");
        for (int i = 0; i < 50_000; i++) {
            html.append("<span hidden>").append(i).append("</span>");
        }
        html.append("<p>").append(PROSE_2).append("</p></div>");

        assertThat(texts(page(html.toString()))).containsExactly(PROSE_1, PROSE_2);
    }
}
