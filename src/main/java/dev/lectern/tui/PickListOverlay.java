package dev.lectern.tui;

import dev.lectern.keymap.Key;
import dev.lectern.layout.LineWrapper;
import dev.lectern.layout.WrappedText;
import dev.lectern.session.Action;
import dev.lectern.command.Pick;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A popup of lines taken from the article (a summary's sentences, its entities) with their
 * paragraph numbers. j/k or the arrows select one, Enter goes to its paragraph, Esc or q closes.
 */
final class PickListOverlay implements Page {
    private final String title;
    private final List<Pick> sentences;
    private final IntConsumer goToParagraph;
    private final String whenEmpty;
    /** Blank rows between lines: one between sentences, none in a table of contents. */
    private final int gap;
    private int selected;
    private int firstShown;

    PickListOverlay(String title, List<Pick> sentences, IntConsumer goToParagraph) {
        this(title, sentences, goToParagraph, null, 0, 1);
    }

    /**
     * A list of short lines, one per row (a table of contents): {@code whenEmpty} is the one line
     * shown when there is nothing to pick, {@code selected} the line selected first.
     */
    static PickListOverlay compact(String title, List<Pick> lines, IntConsumer goToParagraph, String whenEmpty, int selected) {
        return new PickListOverlay(title, lines, goToParagraph, whenEmpty, selected, 0);
    }

    private PickListOverlay(String title, List<Pick> sentences, IntConsumer goToParagraph, String whenEmpty, int selected, int gap) {
        this.title = title;
        this.sentences = sentences;
        this.goToParagraph = goToParagraph;
        this.whenEmpty = whenEmpty;
        this.gap = gap;
        this.selected = Math.max(0, Math.min(selected, sentences.size() - 1));
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
        switch (action) {
            case NEXT_PARAGRAPH -> selected = Math.min(sentences.size() - 1, selected + 1);
            case PREVIOUS_PARAGRAPH -> selected = Math.max(0, selected - 1);
            case FIRST_PARAGRAPH -> selected = 0;
            case LAST_PARAGRAPH -> selected = sentences.size() - 1;
            case OPEN -> {
                if (!sentences.isEmpty()) {
                    goToParagraph.accept(sentences.get(selected).paragraph());
                }
                return Reply.CLOSE;
            }
            case CLOSE, QUIT -> {
                return Reply.CLOSE;
            }
            case REDRAW, HELP -> {
                return Reply.UNHANDLED;
            }
            default -> {
            }
        }
        return Reply.DONE;
    }

    @Override
    public void draw(Painter painter) {
        int cols = painter.size().getColumns();
        int rows = painter.size().getRows();
        int width = Math.min(cols - 2, 90);
        int height = Math.max(5, rows - 4);
        int left = (cols - width) / 2;
        int top = (rows - height) / 2;
        int textWidth = width - 10;
        painter.fill(left, top, width, height, Theme.Style.CURRENT_TEXT);
        Frames.draw(painter, left, top, width, height, " " + title + " ");
        int bottom = top + height - 2;
        firstShown = Math.min(firstShown, selected);
        while (firstShown < selected && !fits(firstShown, selected, textWidth, bottom - top - 1)) {
            firstShown++;
        }
        int row = top + 1;
        for (int i = firstShown; i < sentences.size() && row <= bottom; i++) {
            Pick sentence = sentences.get(i);
            WrappedText lines = LineWrapper.wrap(sentence.text(), textWidth);
            Theme.Style style = i == selected ? Theme.Style.SELECTED : Theme.Style.CURRENT_TEXT;
            String number = "¶" + sentence.paragraph();
            painter.put(left + 2, row, number, i == selected ? Theme.Style.SELECTED : Theme.Style.CURRENT_NUMBER, 7);
            for (int line = 0; line < lines.lineCount() && row <= bottom; line++, row++) {
                if (i == selected) {
                    painter.fill(left + 8, row, textWidth + 1, 1, style);
                }
                painter.put(left + 8, row, lines.line(line), style, textWidth);
            }
            row += gap;
        }
        if (sentences.isEmpty() && whenEmpty != null) {
            painter.put(left + 2, top + 1, whenEmpty, Theme.Style.CURRENT_TEXT, width - 4);
        }
        String footer = sentences.isEmpty() ? " Nothing to show · Esc closes " : " Enter goes there · Esc closes ";
        painter.put(left + 2, top + height - 1, footer, Theme.Style.BORDER, width - 4);
    }

    /** Whether sentences first..last fit in {@code rows} rows with a blank row between them. */
    private boolean fits(int first, int last, int width, int rows) {
        int used = 0;
        for (int i = first; i <= last; i++) {
            used += LineWrapper.wrap(sentences.get(i).text(), width).lineCount() + gap;
        }
        return used <= rows + gap;
    }
}
