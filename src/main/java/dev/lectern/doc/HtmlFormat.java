package dev.lectern.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * HTML through jsoup: the article's title, its headings and its paragraphs. Scripts, styles,
 * navigation, forms and page chrome are dropped; when the page has an {@code <article>} or
 * {@code <main>}, only that is read.
 */
final class HtmlFormat implements DocumentFormat {
    private static final String CHROME = "script, style, noscript, template, iframe, svg, canvas, form, button, "
            + "nav, aside, footer, [hidden], [aria-hidden=true], [role=navigation]";
    private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "pre", "blockquote",
            "figcaption", "dt", "dd");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    @Override
    public boolean reads(String fileName) {
        return fileName.endsWith(".html") || fileName.endsWith(".htm") || fileName.endsWith(".xhtml");
    }

    @Override
    public Body parse(String text, String fallbackTitle) {
        org.jsoup.nodes.Document page = Jsoup.parse(text);
        page.select(CHROME).remove();
        sanitiseTextNodes(page);
        Element root = articleRoot(page);
        root.select("header").stream().filter(h -> h.selectFirst("h1") == null).forEach(Element::remove);

        Element firstH1 = root.selectFirst("h1");
        String title = firstH1 != null && !firstH1.text().isBlank() ? firstH1.text() : page.title().strip();
        if (title.isEmpty()) {
            title = fallbackTitle;
        }

        List<Block> blocks = new ArrayList<>();
        String pendingHeading = null;
        for (Element element : outermostBlocks(root)) {
            String name = element.normalName();
            if (HEADINGS.contains(name)) {
                String heading = element.text();
                boolean isTitle = element == firstH1 && heading.equals(title);
                if (!heading.isEmpty() && !isTitle) {
                    pendingHeading = pendingHeading == null ? heading : pendingHeading + "\n" + heading;
                }
                continue;
            }
            String body = switch (name) {
                case "pre" -> element.wholeText().stripTrailing();
                case "li" -> "• " + element.text();
                case "blockquote" -> "> " + element.text();
                default -> element.text();
            };
            if (body.isBlank() || body.equals("• ") || body.equals("> ")) {
                continue;
            }
            blocks.add(new Block(body, pendingHeading));
            pendingHeading = null;
        }
        if (pendingHeading != null) {
            blocks.add(new Block(pendingHeading, null));
        }
        return new Body(title, blocks);
    }

    private static Element articleRoot(org.jsoup.nodes.Document page) {
        for (String candidate : List.of("article", "main", "[role=main]")) {
            Element found = page.selectFirst(candidate);
            if (found != null) {
                return found;
            }
        }
        return page.body();
    }

    /**
     * Cleans escape sequences out of the text as jsoup decoded it. This must happen before
     * {@code Element.text()}, which silently drops a lone ESC (raw or written {@code &#27;}) and
     * would leave the rest of its sequence, "[31m", as visible garbage the sanitiser can no
     * longer recognise.
     */
    private static void sanitiseTextNodes(org.jsoup.nodes.Document page) {
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode textNode) {
                String raw = textNode.getWholeText();
                String clean = TextSanitizer.clean(TextSanitizer.normaliseLayout(raw));
                if (!clean.equals(raw)) {
                    textNode.text(clean);
                }
            }
        }, page);
    }

    /**
     * The blocks not inside another block, in document order: a paragraph inside a list item or
     * quote is read as part of that item, not twice. One walk that does not go into a block
     * found, so that a page of ten thousand nested lists takes no longer than a flat one.
     */
    private static List<Element> outermostBlocks(Element root) {
        List<Element> blocks = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node != root && node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    blocks.add(element);
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return blocks;
    }
}
