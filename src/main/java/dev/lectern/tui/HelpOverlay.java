package dev.lectern.tui;

import dev.lectern.keymap.Key;
import dev.lectern.keymap.Keymap;
import dev.lectern.layout.DisplayWidth;
import dev.lectern.session.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The keys in force, each with its action in plain words; scrolls when the terminal is short. */
final class HelpOverlay implements Page {
    private static final int MAX_KEYS_WIDTH = 26;
    private final List<String[]> rows = new ArrayList<>();
    private int scroll;
    private int visibleRows = 1;

    private final String scrollKeys;

    HelpOverlay(Keymap keymap) {
        scrollKeys = keymap.keysFor(Action.NEXT_PARAGRAPH).stream().findFirst().map(Key::toString).orElse("?") + "/"
                + keymap.keysFor(Action.PREVIOUS_PARAGRAPH).stream().findFirst().map(Key::toString).orElse("?");
        for (Action action : Action.values()) {
            List<Key> keys = keymap.keysFor(action);
            String names = keys.isEmpty() ? "(unbound)" : keys.stream().map(Key::toString).collect(Collectors.joining(", "));
            rows.add(new String[] {names, action.description()});
        }
        rows.add(new String[] {"C-c", "quit Lectern at once"});
    }

    @Override
    public boolean isOverlay() {
        return true;
    }

    @Override
    public void draw(Painter painter) {
        int cols = painter.size().getColumns();
        int lines = painter.size().getRows();
        int keysWidth = Math.min(MAX_KEYS_WIDTH, rows.stream().mapToInt(r -> DisplayWidth.of(r[0])).max().orElse(4));
        int descriptionWidth = rows.stream().mapToInt(r -> DisplayWidth.of(r[1])).max().orElse(10);
        // border, padding 1, keys, gap 2, description, padding 1, border
        int width = Math.min(cols - 2, keysWidth + descriptionWidth + 7);
        int height = Math.min(lines - 2, rows.size() + 4);
        int left = (cols - width) / 2;
        int top = (lines - height) / 2;
        visibleRows = Math.max(1, height - 4);
        scroll = Math.max(0, Math.min(scroll, rows.size() - visibleRows));

        painter.fill(left, top, width, height, Theme.Style.CURRENT_TEXT);
        Frames.draw(painter, left, top, width, height, " Keys ");
        for (int i = 0; i < visibleRows && scroll + i < rows.size(); i++) {
            String[] row = rows.get(scroll + i);
            int y = top + 2 + i;
            painter.put(left + 2, y, Painter.shorten(row[0], keysWidth), Theme.Style.CURRENT_NUMBER, keysWidth);
            int room = width - keysWidth - 6;
            painter.put(left + 2 + keysWidth + 2, y, Painter.shorten(row[1], room), Theme.Style.CURRENT_TEXT, room);
        }
        String footer = scroll + visibleRows < rows.size() ? " " + scrollKeys + " scroll · Esc closes " : " Esc closes ";
        painter.put(left + 2, top + height - 1, footer, Theme.Style.BORDER, width - 4);
    }

    @Override
    public Reply handle(Key key, Action action) {
        if (action == null) {
            return Reply.DONE;
        }
        switch (action) {
            case CLOSE, QUIT, HELP -> {
                return Reply.CLOSE;
            }
            case NEXT_PARAGRAPH -> scroll = Math.min(scroll + 1, Math.max(0, rows.size() - visibleRows));
            case PREVIOUS_PARAGRAPH -> scroll = Math.max(0, scroll - 1);
            case FIRST_PARAGRAPH -> scroll = 0;
            case LAST_PARAGRAPH -> scroll = Math.max(0, rows.size() - visibleRows);
            case REDRAW -> {
                return Reply.UNHANDLED;
            }
            default -> {
            }
        }
        return Reply.DONE;
    }
}
