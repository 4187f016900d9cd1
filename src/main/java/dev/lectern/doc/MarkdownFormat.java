package dev.lectern.doc;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
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
import org.commonmark.parser.Parser;

/**
 * Markdown through commonmark-java. A leading level-1 heading is the title; other headings open
 * sections; list items and block quotes become paragraphs of their own, marked with a bullet,
 * their number or "> ". Code blocks keep their line breaks.
 */
final class MarkdownFormat implements DocumentFormat {
    @Override
    public boolean reads(String fileName) {
        return fileName.endsWith(".md") || fileName.endsWith(".markdown");
    }

    @Override
    public Body parse(String text, String fallbackTitle) {
        Node document = Parser.builder().build().parse(text);
        Collector collector = new Collector();
        Node first = document.getFirstChild();
        String title = fallbackTitle;
        if (first instanceof Heading heading && heading.getLevel() == 1) {
            title = inlineText(heading);
            first = first.getNext();
        }
        for (Node node = first; node != null; node = node.getNext()) {
            collector.block(node, "");
        }
        return new Body(title, collector.finish());
    }

    /** Walks blocks in order, remembering a heading until the paragraph it opens. */
    private static final class Collector {
        private final List<Block> blocks = new ArrayList<>();
        private String pendingHeading;

        void block(Node node, String prefix) {
            if (node instanceof Heading heading) {
                String text = inlineText(heading);
                pendingHeading = pendingHeading == null ? text : pendingHeading + "\n" + text;
            } else if (node instanceof BulletList || node instanceof OrderedList) {
                list(node, prefix);
            } else if (node instanceof BlockQuote) {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    block(child, prefix + "> ");
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

        private void list(Node list, String prefix) {
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
                        list(child, prefix + "  ");
                    } else {
                        block(child, prefix + (firstChild ? marker : "  "));
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

    /** The visible text of a node's inline content: emphasis and links reduced to their words. */
    static String inlineText(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                out.append('\n');
            }
        });
        return out.toString();
    }
}
