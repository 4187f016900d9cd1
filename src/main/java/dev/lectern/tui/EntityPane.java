package dev.lectern.tui;

import dev.lectern.entities.Entity;
import dev.lectern.entities.EntityIndex;
import dev.lectern.entities.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * The entity pane's lines: the current paragraph's entities, then the article's by type, each
 * with its mention count. A line is a heading, an entity, or a blank between groups.
 */
final class EntityPane {
    /** One line of the pane: a heading, or an entity, or neither (a blank). */
    record Line(String heading, Entity entity) {
    }

    private EntityPane() {
    }

    static String heading(EntityType type) {
        return switch (type) {
            case PERSON -> "People";
            case PLACE -> "Places";
            case ORGANISATION -> "Organisations";
            case FIGURE -> "Figures";
            case OTHER -> "Other";
        };
    }

    static List<Line> lines(EntityIndex index, int paragraph) {
        List<Line> lines = new ArrayList<>();
        group(lines, "Here, ¶" + paragraph, index.entitiesIn(paragraph));
        for (EntityType type : EntityType.values()) {
            group(lines, heading(type), index.ofType(type));
        }
        return lines;
    }

    private static void group(List<Line> lines, String heading, List<Entity> entities) {
        if (entities.isEmpty()) {
            return;
        }
        if (!lines.isEmpty()) {
            lines.add(new Line(null, null));
        }
        lines.add(new Line(heading, null));
        entities.forEach(entity -> lines.add(new Line(null, entity)));
    }

    /** The entity line {@code steps} away from line {@code from} (or the nearest), skipping headings. */
    static int move(List<Line> lines, int from, int steps) {
        int at = Math.max(0, Math.min(lines.size() - 1, from));
        int direction = steps >= 0 ? 1 : -1;
        int left = Math.abs(steps);
        int found = lines.get(at).entity() != null ? at : -1;
        for (int i = at + (found < 0 ? 0 : direction); i >= 0 && i < lines.size() && (left > 0 || found < 0); i += direction) {
            if (lines.get(i).entity() != null) {
                found = i;
                left--;
            }
        }
        if (found < 0) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).entity() != null) {
                    return i;
                }
            }
        }
        return found;
    }

    /** Draws the lines from {@code top}, scrolled so that {@code selected} shows; names cut with an ellipsis. */
    static void draw(Painter painter, int left, int top, int width, int bottom, List<Line> lines, int selected,
                     boolean focused) {
        int height = bottom - top;
        int first = selected >= height ? selected - height + 1 : 0;
        for (int i = first, row = top; i < lines.size() && row < bottom; i++, row++) {
            Line line = lines.get(i);
            if (line.heading() != null) {
                painter.put(left, row, Painter.shorten(line.heading(), width), Theme.Style.PANE_TITLE, width);
            } else if (line.entity() != null) {
                Entity entity = line.entity();
                boolean chosen = focused && i == selected;
                String count = " " + entity.mentions();
                int nameWidth = Math.max(1, width - count.length());
                if (chosen) {
                    painter.fill(left, row, width, 1, Theme.Style.SELECTED);
                }
                painter.put(left, row, Painter.shorten(entity.name(), nameWidth),
                        chosen ? Theme.Style.SELECTED : Theme.Style.CURRENT_TEXT, nameWidth);
                painter.put(left + width - count.length(), row, count, chosen ? Theme.Style.SELECTED : Theme.Style.NUMBER,
                        count.length());
            }
        }
    }
}
