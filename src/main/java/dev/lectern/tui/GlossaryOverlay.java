package dev.lectern.tui;

import dev.lectern.glossary.GlossaryEntry;
import dev.lectern.glossary.GlossarySource;
import dev.lectern.keymap.Key;
import dev.lectern.layout.LineWrapper;
import dev.lectern.layout.WrappedText;
import dev.lectern.session.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * The glossary popup. As a list, each term with its definition and where that came from; j/k
 * select, Enter shows the selected term's whole entry. In an entry, j/k scroll, Enter goes to
 * the next paragraph that uses the term, Esc goes back to the list (or closes when the popup
 * opened on the entry). Esc or q closes the list.
 */
final class GlossaryOverlay implements Page {
    private final String title;
    private final List<GlossaryEntry> entries;
    private final int paragraph;
    private final IntConsumer goToParagraph;
    private final boolean openedOnEntry;
    private int selected;
    private int firstShown;
    /** The entry shown whole, or null for the list. */
    private GlossaryEntry entry;
    private int entryScroll;
    private int entryRows = 1;

    /** A list of entries, as read from paragraph {@code paragraph}. */
    static GlossaryOverlay list(String title, List<GlossaryEntry> entries, int paragraph, IntConsumer goToParagraph) {
        return new GlossaryOverlay(title, entries, null, paragraph, goToParagraph);
    }

    /** One entry shown whole. */
    static GlossaryOverlay entry(GlossaryEntry entry, int paragraph, IntConsumer goToParagraph) {
        return new GlossaryOverlay(entry.term(), List.of(entry), entry, paragraph, goToParagraph);
    }

    private GlossaryOverlay(String title, List<GlossaryEntry> entries, GlossaryEntry entry, int paragraph,
                            IntConsumer goToParagraph) {
        this.title = title;
        this.entries = List.copyOf(entries);
        this.entry = entry;
        this.openedOnEntry = entry != null;
        this.paragraph = paragraph;
        this.goToParagraph = goToParagraph;
    }

    @Override
    public boolean isOverlay() {
        return true;
    }

    @Override
    public Reply handle(Key key, Action action) {
        if (action == null) {
            return Reply.DONE;
        }
        if (action == Action.REDRAW || action == Action.HELP) {
            return Reply.UNHANDLED;
        }
        return entry != null ? handleInEntry(action) : handleInList(action);
    }

    private Reply handleInList(Action action) {
        switch (action) {
            case NEXT_PARAGRAPH -> selected = Math.min(entries.size() - 1, selected + 1);
            case PREVIOUS_PARAGRAPH -> selected = Math.max(0, selected - 1);
            case FIRST_PARAGRAPH -> selected = 0;
            case LAST_PARAGRAPH -> selected = entries.size() - 1;
            case OPEN -> {
                if (!entries.isEmpty()) {
                    entry = entries.get(selected);
                    entryScroll = 0;
                }
            }
            case CLOSE, QUIT, GLOSSARY -> {
                return Reply.CLOSE;
            }
            default -> {
            }
        }
        return Reply.DONE;
    }

    private Reply handleInEntry(Action action) {
        switch (action) {
            case NEXT_PARAGRAPH -> entryScroll++;
            case PREVIOUS_PARAGRAPH -> entryScroll = Math.max(0, entryScroll - 1);
            case FIRST_PARAGRAPH -> entryScroll = 0;
            case OPEN -> {
                int next = nextUse(entry);
                if (next > 0) {
                    goToParagraph.accept(next);
                }
                return Reply.CLOSE;
            }
            case CLOSE -> {
                if (openedOnEntry) {
                    return Reply.CLOSE;
                }
                entry = null;
            }
            case QUIT, GLOSSARY -> {
                return Reply.CLOSE;
            }
            default -> {
            }
        }
        return Reply.DONE;
    }

    /** The first paragraph after the one being read that uses the term, going round to the start; 0 for none. */
    private int nextUse(GlossaryEntry shown) {
        return shown.paragraphs().stream().filter(p -> p > paragraph).findFirst()
                .orElse(shown.paragraphs().isEmpty() ? 0 : shown.paragraphs().get(0));
    }

    // ---- drawing

    @Override
    public void draw(Painter painter) {
        int cols = painter.size().getColumns();
        int rows = painter.size().getRows();
        int width = Math.min(cols - 2, 80);
        int textWidth = Math.max(1, width - 4);
        List<Line> wholeEntry = entry != null ? whole(entry, textWidth) : null;
        List<List<Line>> blocks = new ArrayList<>();
        if (entry == null) {
            entries.forEach(shown -> blocks.add(summary(shown, textWidth)));
        }
        int content = wholeEntry != null ? wholeEntry.size() : blocks.isEmpty() ? 1 : rowsOf(blocks, 0, blocks.size() - 1);
        int height = Math.min(Math.max(5, rows - 4), content + 2); // no taller than what it shows
        int left = (cols - width) / 2;
        int top = (rows - height) / 2;
        painter.fill(left, top, width, height, Theme.Style.CURRENT_TEXT);
        Frames.draw(painter, left, top, width, height, " " + Painter.shorten(entry != null ? entry.term() : title, width - 6) + " ");
        int firstRow = top + 1;
        int lastRow = top + height - 2;
        String footer;
        if (wholeEntry != null) {
            entryRows = lastRow - firstRow + 1;
            entryScroll = Math.max(0, Math.min(entryScroll, wholeEntry.size() - entryRows));
            for (int i = 0; i < entryRows && entryScroll + i < wholeEntry.size(); i++) {
                Line line = wholeEntry.get(entryScroll + i);
                painter.put(left + 2, firstRow + i, line.text(), line.style(), textWidth);
            }
            String scroll = wholeEntry.size() > entryRows ? "j/k scroll · " : "";
            footer = " " + scroll + (entry.paragraphs().isEmpty() ? "" : "Enter goes to its next use · ")
                    + (openedOnEntry ? "Esc closes " : "Esc back ");
        } else if (entries.isEmpty()) {
            painter.put(left + 2, firstRow, "No glossary terms here.", Theme.Style.TEXT, textWidth);
            footer = " Esc closes ";
        } else {
            drawList(painter, blocks, left + 2, firstRow, lastRow, textWidth);
            footer = " j/k select · Enter shows the whole entry · Esc closes ";
        }
        painter.put(left + 2, top + height - 1, Painter.shorten(footer, width - 4), Theme.Style.BORDER, width - 4);
    }

    private void drawList(Painter painter, List<List<Line>> blocks, int left, int firstRow, int lastRow, int width) {
        firstShown = Math.min(firstShown, selected);
        while (firstShown < selected && rowsOf(blocks, firstShown, selected) > lastRow - firstRow + 1) {
            firstShown++;
        }
        int row = firstRow;
        for (int i = firstShown; i < blocks.size() && row <= lastRow; i++) {
            List<Line> block = blocks.get(i);
            for (int k = 0; k < block.size() && row <= lastRow; k++, row++) {
                Line line = block.get(k);
                boolean chosen = i == selected && k == 0;
                if (chosen) {
                    painter.fill(left, row, width, 1, Theme.Style.SELECTED);
                }
                painter.put(left, row, line.text(), chosen ? Theme.Style.SELECTED : line.style(), width);
            }
            row++;
        }
    }

    private static int rowsOf(List<List<Line>> blocks, int first, int last) {
        int rows = 0;
        for (int i = first; i <= last; i++) {
            rows += blocks.get(i).size() + 1;
        }
        return rows - 1;
    }

    private record Line(String text, Theme.Style style) {
    }

    /** A term as the list shows it: the term and its kind, the definition, where it came from. */
    private static List<Line> summary(GlossaryEntry shown, int width) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(shown.term() + "  · " + kind(shown.source()), Theme.Style.CURRENT_NUMBER));
        wrapInto(lines, shown.definition(), width, Theme.Style.CURRENT_TEXT);
        wrapInto(lines, "— " + shown.origin(), width, Theme.Style.TEXT);
        return lines;
    }

    /** A term's whole entry: every form, the definition, its source, and where the text uses it. */
    private static List<Line> whole(GlossaryEntry shown, int width) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(shown.term(), Theme.Style.CURRENT_NUMBER));
        if (!shown.aliases().isEmpty()) {
            wrapInto(lines, "Also: " + String.join(", ", shown.aliases()), width, Theme.Style.TEXT);
        }
        lines.add(new Line("", Theme.Style.TEXT));
        wrapInto(lines, shown.definition(), width, Theme.Style.CURRENT_TEXT);
        lines.add(new Line("", Theme.Style.TEXT));
        wrapInto(lines, "Kind: " + kind(shown.source()), width, Theme.Style.TEXT);
        wrapInto(lines, "From: " + shown.origin(), width, Theme.Style.TEXT);
        String uses = shown.paragraphs().isEmpty() ? "not used in this article"
                : shown.paragraphs().stream().map(p -> "¶" + p).collect(Collectors.joining(", "));
        wrapInto(lines, "Used in: " + uses, width, Theme.Style.TEXT);
        return lines;
    }

    static String kind(GlossarySource source) {
        return switch (source) {
            case USER -> "your glossary";
            case ACRONYM -> "acronym";
            case LANGUAGE_NOTE -> "language note";
        };
    }

    private static void wrapInto(List<Line> lines, String text, int width, Theme.Style style) {
        WrappedText wrapped = LineWrapper.wrap(text, width);
        for (int i = 0; i < wrapped.lineCount(); i++) {
            lines.add(new Line(wrapped.line(i), style));
        }
    }
}
