package dev.lectern.doc;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * HTML through jsoup: a web page's article, as a reader-mode view finds it
 * ({@link ArticleFinder}), read into paragraphs ({@link ArticleText}), with the title and
 * credits the page gives about itself ({@link PageMetadata}). A file that is only an article,
 * without page chrome, is read whole.
 */
final class HtmlFormat implements DocumentFormat {
    @Override
    public boolean reads(String fileName) {
        return fileName.endsWith(".html") || fileName.endsWith(".htm") || fileName.endsWith(".xhtml");
    }

    @Override
    public Body parse(String text, String fallbackTitle) {
        org.jsoup.nodes.Document page = Jsoup.parse(text);
        sanitiseTextNodes(page);
        PageMetadata about = PageMetadata.read(page);
        ArticleFinder.Article article = ArticleFinder.find(page);
        if (about.bylineElement() != null) {
            article.leftOut().add(about.bylineElement()); // shown in the credits, not read twice
        }
        String title = about.title() == null ? fallbackTitle : about.title();
        List<Block> blocks = ArticleText.read(article, title);
        return new Body(title, blocks, about.metadata());
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
}
