package dev.lectern.doc;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The article found in a page, as paragraphs: each block element ends a paragraph, and so does
 * a run of two or more {@code <br>}s (one is a line break). Headings open the next paragraph;
 * list items start with "• " or their number, quotes with "> ", data tables are read a row per
 * paragraph with " | " between cells. One walk without recursion, however deep the markup.
 */
final class ArticleText implements NodeFilter {
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "section", "summary", "table", "tbody",
            "thead", "tfoot", "tr", "td", "th", "caption", "ul", "legend", "html");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final ArticleFinder.Article article;
    private final String foldedTitle;
    private final List<DocumentFormat.Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final Deque<int[]> lists = new ArrayDeque<>(); // per open list: next number, or -1 for bullets
    private String pendingHeading;
    private String itemPrefix;
    private int quoteDepth;

    private ArticleText(ArticleFinder.Article article, String title) {
        this.article = article;
        this.foldedTitle = title == null ? "" : fold(title);
    }

    /** The article's paragraphs; a heading that repeats the title before any paragraph is left out. */
    static List<DocumentFormat.Block> read(ArticleFinder.Article article, String title) {
        ArticleText reader = new ArticleText(article, title);
        for (Node root : article.roots()) {
            NodeTraversor.filter(reader, root);
            reader.endParagraph();
        }
        if (reader.pendingHeading != null) {
            reader.blocks.add(new DocumentFormat.Block(reader.pendingHeading, null));
        }
        return reader.blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            appendInline(textNode.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.CONTINUE;
        }
        if (article.skips(element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = element.normalName();
        if (tag.equals("br")) {
            text.append('\n');
            return FilterResult.CONTINUE;
        }
        if (HEADINGS.contains(tag)) {
            endParagraph();
            heading(element.text());
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("pre")) {
            endParagraph();
            String code = element.wholeText().stripTrailing();
            while (code.startsWith("\n")) {
                code = code.substring(1);
            }
            add(code);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("table") && article.dataTables().contains(element)) {
            endParagraph();
            table(element);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (BLOCKS.contains(tag)) {
            endParagraph();
        }
        switch (tag) {
            case "ul", "menu", "dir" -> lists.push(new int[] {-1});
            case "ol" -> lists.push(new int[] {startOf(element)});
            case "li" -> {
                int[] list = lists.peek();
                itemPrefix = list == null || list[0] < 0 ? "• " : list[0]++ + ". ";
            }
            case "blockquote" -> quoteDepth++;
            default -> {
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (BLOCKS.contains(tag)) {
                endParagraph();
            }
            switch (tag) {
                case "ul", "ol", "menu", "dir" -> lists.poll();
                case "li" -> itemPrefix = null;
                case "blockquote" -> quoteDepth = Math.max(0, quoteDepth - 1);
                default -> {
                }
            }
        }
        return FilterResult.CONTINUE;
    }

    private static int startOf(Element list) {
        try {
            return list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Text as a browser shows it: every run of spaces and line ends is one space. */
    private void appendInline(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ' && text.charAt(text.length() - 1) != '\n') {
                    text.append(' ');
                }
            } else {
                text.append(c);
            }
        }
    }

    private void heading(String heading) {
        String clean = heading.replaceAll("\\s+", " ").strip();
        if (clean.isEmpty()) {
            return;
        }
        if (blocks.isEmpty() && pendingHeading == null && fold(clean).equals(foldedTitle)) {
            return; // the title, shown above the text already
        }
        pendingHeading = pendingHeading == null ? clean : pendingHeading + "\n" + clean;
    }

    /** Ends the paragraph being read; two or more line breaks in a row part paragraphs. */
    private void endParagraph() {
        if (text.length() == 0) {
            return;
        }
        String all = text.toString();
        text.setLength(0);
        for (String paragraph : all.split("\n\\s*\n")) {
            StringBuilder lines = new StringBuilder();
            for (String line : paragraph.split("\n")) {
                String stripped = line.strip();
                if (!stripped.isEmpty()) {
                    if (lines.length() > 0) {
                        lines.append('\n');
                    }
                    lines.append(stripped);
                }
            }
            if (lines.length() > 0) {
                add(lines.toString());
            }
        }
    }

    private void add(String paragraph) {
        if (paragraph.isBlank()) {
            return;
        }
        String prefixed = paragraph;
        if (itemPrefix != null) {
            prefixed = itemPrefix + prefixed;
            itemPrefix = null; // the item's later paragraphs are not numbered again
        }
        if (quoteDepth > 0) {
            prefixed = "> " + prefixed;
        }
        blocks.add(new DocumentFormat.Block(prefixed, pendingHeading));
        pendingHeading = null;
    }

    /** A data table, a row per paragraph: "cell | cell | cell". */
    private void table(Element table) {
        Element caption = table.selectFirst("caption");
        if (caption != null && !caption.text().isBlank()) {
            add(caption.text());
        }
        for (Element row : table.select("tr")) {
            List<String> cells = new ArrayList<>();
            for (Node node : row.childNodes()) {
                if (node instanceof Element cell && (cell.normalName().equals("td") || cell.normalName().equals("th"))
                        && !article.skips(cell)) {
                    String cellText = cell.text().strip();
                    if (!cellText.isEmpty()) {
                        cells.add(cellText);
                    }
                }
            }
            if (!cells.isEmpty()) {
                add(String.join(" | ", cells));
            }
        }
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
