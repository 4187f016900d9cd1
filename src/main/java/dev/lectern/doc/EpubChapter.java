package dev.lectern.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * One chapter of a book (an XHTML file of its spine) as paragraphs. Headings open sections, as
 * in HTML; the table of contents' label for the chapter (or for an anchor inside it) names the
 * section there, and a heading that only repeats it is not said twice. Text outside any block
 * element (a {@code <div>} used as a paragraph) is read as a paragraph too. Line breaks
 * ({@code <br>}) are kept, for verse.
 */
final class EpubChapter {
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of("p", "li", "pre", "blockquote", "dt", "dd", "figcaption",
            "td", "th", "caption");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "body", "main", "header",
            "footer", "aside", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "figure", "hgroup",
            "center", "nav", "html");
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "template", "svg", "math",
            "object", "iframe", "title");

    /** The cleaned paragraphs of a chapter, each with the heading(s) that open it. */
    record Paragraphs(List<DocumentFormat.Block> blocks, List<String> headingsLeft) {
    }

    private final List<DocumentFormat.Block> blocks = new ArrayList<>();
    private final List<String> pending;
    private final Map<String, String> labelsById;
    private final StringBuilder inline = new StringBuilder();
    /** "> " for each quote the walk is inside. */
    private String quote = "";
    private String lastLabel;

    private EpubChapter(List<String> pending, Map<String, String> labelsById) {
        this.pending = new ArrayList<>(pending);
        this.labelsById = labelsById;
    }

    /**
     * Reads a chapter. {@code carried}: headings left over from the chapters before, with no text
     * of their own (a part's title page); {@code label}: the table of contents' name for the
     * chapter, or null; {@code labelsById}: its names for anchors inside it.
     */
    static Paragraphs read(byte[] xhtml, List<String> carried, String label, Map<String, String> labelsById) {
        org.jsoup.nodes.Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(xhtml), null, "", Parser.xmlParser());
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory cannot fail", e);
        }
        EpubChapter chapter = new EpubChapter(carried, labelsById);
        if (label != null) {
            chapter.label(label);
        }
        Element body = page.selectFirst("body");
        chapter.walk(body != null ? body : page);
        chapter.flushInline();
        return new Paragraphs(chapter.blocks, List.copyOf(chapter.pending));
    }

    private void label(String label) {
        String clean = oneLine(label);
        if (!clean.isEmpty() && !clean.equalsIgnoreCase(lastLabel)) {
            pending.add(clean);
            lastLabel = clean;
        }
    }

    private void walk(Element element) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                inline.append(spaced(text.getWholeText()));
            } else if (node instanceof Element child) {
                String name = child.normalName().toLowerCase(Locale.ROOT);
                String local = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
                String anchor = labelsById.get(child.id());
                if (anchor != null) {
                    flushInline();
                    label(anchor);
                }
                if (SKIPPED.contains(local)) {
                    continue;
                }
                if (HEADINGS.contains(local)) {
                    flushInline();
                    heading(text(child));
                } else if (BLOCKS.contains(local) && !hasBlockInside(child)) {
                    flushInline();
                    add(text(child), local);
                } else if (BLOCKS.contains(local) || CONTAINERS.contains(local)) {
                    flushInline();
                    String outer = quote;
                    if (local.equals("blockquote")) {
                        quote = quote + "> "; // its paragraphs are each marked as quoted
                    }
                    walk(child);
                    flushInline();
                    quote = outer;
                } else if (local.equals("br")) {
                    inline.append('\n');
                } else {
                    inlineElement(child);
                }
            }
        }
    }

    /** An inline element (em, span, a...) whose text joins the run around it; a block inside it is read as one. */
    private void inlineElement(Element element) {
        if (hasBlockInside(element)) {
            flushInline();
            walk(element);
            flushInline();
        } else {
            inline.append(text(element));
        }
    }

    private static boolean hasBlockInside(Element element) {
        for (Element inside : element.getAllElements()) {
            if (inside != element) {
                String name = inside.normalName().toLowerCase(Locale.ROOT);
                if (HEADINGS.contains(name) || BLOCKS.contains(name) || name.equals("div") || name.equals("section")) {
                    return true;
                }
            }
        }
        return false;
    }

    private void heading(String text) {
        String clean = oneLine(text);
        if (clean.isEmpty()) {
            return;
        }
        if (clean.equalsIgnoreCase(lastLabel)) {
            lastLabel = null; // the chapter's own heading says what the contents said: once is enough
            return;
        }
        pending.add(clean);
        lastLabel = null;
    }

    private void flushInline() {
        if (inline.length() > 0) {
            String text = inline.toString();
            inline.setLength(0);
            add(layout(text), "p");
        }
    }

    private void add(String text, String kind) {
        String body = quote + switch (kind) {
            case "li" -> "• " + text;
            case "blockquote" -> "> " + text;
            default -> text;
        };
        if (text.isBlank() || TextSanitizer.clean(text).isBlank()) {
            return;
        }
        String clean = TextSanitizer.clean(body);
        String heading = pending.isEmpty() ? null : TextSanitizer.clean(String.join("\n", pending));
        blocks.add(new DocumentFormat.Block(clean, heading));
        pending.clear();
        lastLabel = null;
    }

    /** An element's text with spaces collapsed, its {@code <br>}s kept as line breaks. */
    private static String text(Element element) {
        if (element.normalName().equals("pre")) {
            return TextSanitizer.normaliseLayout(element.wholeText()).stripTrailing();
        }
        StringBuilder out = new StringBuilder();
        collect(element, out);
        return layout(out.toString());
    }

    private static void collect(Element element, StringBuilder out) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                out.append(spaced(text.getWholeText()));
            } else if (node instanceof Element child) {
                String name = child.normalName().toLowerCase(Locale.ROOT);
                if (name.equals("br")) {
                    out.append('\n');
                } else if (!SKIPPED.contains(name)) {
                    collect(child, out);
                }
            }
        }
    }

    /** The source's line ends and indentation are only spaces: line breaks come from {@code <br>}. */
    private static String spaced(String source) {
        StringBuilder out = null;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
            if (space && (c != ' ' || (i > 0 && isSourceSpace(source.charAt(i - 1))))) {
                if (out == null) {
                    out = new StringBuilder(source.length()).append(source, 0, i);
                }
                if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? source : out.toString();
    }

    private static boolean isSourceSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
    }

    /**
     * Collapses runs of spaces within lines, strips lines and drops empty ones. One pass by hand:
     * a book's scan runs this over every paragraph, where regular expressions cost most of the time.
     */
    private static String layout(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean lineHasText = false;
        boolean pendingSpace = false;
        boolean pendingBreak = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                pendingBreak |= lineHasText;
                lineHasText = false;
                pendingSpace = false;
            } else if (c == ' ') {
                pendingSpace = lineHasText;
            } else {
                if (pendingBreak && !lineHasText) {
                    out.append('\n');
                    pendingBreak = false;
                } else if (pendingSpace) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
                lineHasText = true;
            }
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        return layout(text).replace('\n', ' ');
    }
}
