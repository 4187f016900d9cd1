package dev.lectern.doc;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;

/**
 * Markdown through commonmark-java. A leading level-1 heading is the title; other headings open
 * sections; list items and block quotes become paragraphs of their own, marked with a bullet,
 * their number or "> ". Code blocks keep their line breaks.
 *
 * <p>A file is untrusted: nesting deeper than any article needs is read flat, so that neither
 * the parser's time nor the walk's stack grows with it.
 */
final class MarkdownFormat implements DocumentFormat {
    /** Lists and quotes nested deeper than this are read as the text of their innermost level shown. */
    static final int MAX_NESTING = 64;
    /**
     * The most list or quote markers one line may open: commonmark-java takes time quadratic in
     * that number, so past it the next marker is escaped and read as text.
     */
    static final int MAX_MARKERS_ON_A_LINE = 100;
    /**
     * A paragraph longer than this is read as its plain text, without emphasis or links:
     * commonmark-java's inline parser takes time quadratic in a paragraph's length on some
     * inputs (every "&lt;a href=\"" scans to the paragraph's end). No article has one this long.
     */
    static final int MAX_INLINE_CHARS = 10_000;

    @Override
    public boolean reads(String fileName) {
        return fileName.endsWith(".md") || fileName.endsWith(".markdown");
    }

    @Override
    public Body parse(String text, String fallbackTitle) {
        Node document;
        try {
            document = Parser.builder().inlineParserFactory(MarkdownFormat::boundedInlineParser).build()
                    .parse(limitMarkersPerLine(text));
        } catch (StackOverflowError tooDeep) {
            // commonmark-java recurses into nested emphasis: such a file is read as plain text.
            return new PlainTextFormat().parse(text, fallbackTitle);
        }
        Collector collector = new Collector();
        Node first = document.getFirstChild();
        String title = fallbackTitle;
        if (first instanceof Heading heading && heading.getLevel() == 1) {
            title = inlineText(heading);
            first = first.getNext();
        }
        for (Node node = first; node != null; node = node.getNext()) {
            collector.block(node, "", 0);
        }
        return new Body(title, collector.finish());
    }

    /** commonmark-java's own inline parser, for paragraphs up to {@value #MAX_INLINE_CHARS} characters. */
    private static InlineParser boundedInlineParser(InlineParserContext context) {
        InlineParser full = new InlineParserImpl(context); // the default: commonmark-java has no public name for it
        return (lines, block) -> {
            String content = lines.getContent();
            if (content.length() > MAX_INLINE_CHARS) {
                block.appendChild(new Text(content.replace('\n', ' ')));
            } else {
                full.parse(lines, block);
            }
        };
    }

    /** Walks blocks in order, remembering a heading until the paragraph it opens. */
    private static final class Collector {
        private final List<Block> blocks = new ArrayList<>();
        private String pendingHeading;

        void block(Node node, String prefix, int depth) {
            if (depth > MAX_NESTING) {
                add(prefix, inlineText(node)); // all that is under it, as one paragraph
            } else if (node instanceof Heading heading) {
                String text = inlineText(heading);
                pendingHeading = pendingHeading == null ? text : pendingHeading + "\n" + text;
            } else if (node instanceof BulletList || node instanceof OrderedList) {
                list(node, prefix, depth + 1);
            } else if (node instanceof BlockQuote) {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    block(child, prefix + "> ", depth + 1);
                }
            } else if (node instanceof FencedCodeBlock code) {
                addCode(prefix, code.getLiteral());
            } else if (node instanceof IndentedCodeBlock code) {
                addCode(prefix, code.getLiteral());
            } else if (node instanceof HtmlBlock html) {
                add(prefix, org.jsoup.Jsoup.parse(html.getLiteral()).text());
            } else {
                add(prefix, inlineText(node));
            }
        }

        private void list(Node list, String prefix, int depth) {
            int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                    ? ordered.getMarkerStartNumber() : 1;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem)) {
                    continue;
                }
                String marker = list instanceof OrderedList ? (number++) + ". " : "• ";
                boolean firstChild = true;
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof BulletList || child instanceof OrderedList) {
                        block(child, prefix + "  ", depth);
                    } else {
                        block(child, prefix + (firstChild ? marker : "  "), depth);
                    }
                    firstChild = false;
                }
            }
        }

        private void add(String prefix, String text) {
            if (text.isBlank()) {
                return;
            }
            blocks.add(new Block(prefix + text.strip(), pendingHeading));
            pendingHeading = null;
        }

        /** Code keeps the indentation of every line, its first too; only blank lines around it go. */
        private void addCode(String prefix, String literal) {
            String code = literal.stripTrailing().replaceFirst("^(?:[ \\t]*\\n)+", "");
            if (code.isBlank()) {
                return;
            }
            blocks.add(new Block(prefix + code, pendingHeading));
            pendingHeading = null;
        }

        List<Block> finish() {
            if (pendingHeading != null) {
                blocks.add(new Block(pendingHeading, null));
            }
            return blocks;
        }
    }

    /**
     * The visible text of a node's content: emphasis and links reduced to their words. Walked
     * without recursion, since emphasis can nest as deep as the file is long.
     */
    static String inlineText(Node node) {
        StringBuilder out = new StringBuilder();
        Node current = node;
        while (current != null) {
            if (current instanceof Text text) {
                out.append(text.getLiteral());
            } else if (current instanceof Code code) {
                out.append(code.getLiteral());
            } else if (current instanceof SoftLineBreak) {
                out.append(' ');
            } else if (current instanceof HardLineBreak) {
                out.append('\n');
            }
            if (current.getFirstChild() != null) {
                current = current.getFirstChild();
                continue;
            }
            while (current != node && current.getNext() == null) {
                current = current.getParent();
            }
            current = current == node ? null : current.getNext();
        }
        return out.toString();
    }

    /**
     * The text with a backslash before the list or quote marker that would open more than
     * {@value #MAX_MARKERS_ON_A_LINE} levels on one line, making it plain text. Only such lines
     * change (inside a code block too, where no article has them).
     */
    static String limitMarkersPerLine(String text) {
        StringBuilder out = null;
        int copied = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int excess = excessMarker(text, lineStart, lineEnd);
            if (excess >= 0) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16);
                }
                out.append(text, copied, excess).append('\\');
                copied = excess;
            }
            lineStart = lineEnd + 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Where the marker past the most one line may open starts, or -1 when the line has fewer. */
    private static int excessMarker(String text, int from, int to) {
        int markers = 0;
        int i = from;
        while (i < to) {
            while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            int end = markerEnd(text, i, to);
            if (end < 0) {
                return -1;
            }
            if (++markers > MAX_MARKERS_ON_A_LINE) {
                return i;
            }
            i = end;
        }
        return -1;
    }

    /** Just past the quote or list marker at {@code i} ("&gt;", "-", "*", "+", "12." or "3)"), or -1. */
    private static int markerEnd(String text, int i, int to) {
        if (i >= to) {
            return -1;
        }
        char c = text.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        int end = i;
        if (c == '-' || c == '*' || c == '+') {
            end = i + 1;
        } else {
            while (end < to && end - i < 9 && Character.isDigit(text.charAt(end)) && text.charAt(end) < 0x80) {
                end++;
            }
            if (end == i || end >= to || (text.charAt(end) != '.' && text.charAt(end) != ')')) {
                return -1;
            }
            end++;
        }
        // A list marker is followed by white space or the line's end.
        return end == to || text.charAt(end) == ' ' || text.charAt(end) == '\t' ? end : -1;
    }
}
