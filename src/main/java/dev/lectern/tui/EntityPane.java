package dev.lectern.tui;

import dev.lectern.entities.Entity;
import dev.lectern.entities.EntityType;
import java.util.List;

/** One group of the entity pane: a heading, then each entity with its mention count. */
final class EntityPane {
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

    /** Draws the group from {@code row}, names cut with an ellipsis; returns the next free row. */
    static int draw(Painter painter, int left, int row, int width, int bottom, String heading, List<Entity> entities) {
        if (entities.isEmpty() || row >= bottom) {
            return row;
        }
        painter.put(left, row++, Painter.shorten(heading, width), Theme.Style.PANE_TITLE, width);
        for (Entity entity : entities) {
            if (row >= bottom) {
                break;
            }
            String count = " " + entity.mentions();
            int nameWidth = Math.max(1, width - count.length());
            painter.put(left, row, Painter.shorten(entity.name(), nameWidth), Theme.Style.CURRENT_TEXT, nameWidth);
            painter.put(left + width - count.length(), row, count, Theme.Style.NUMBER, count.length());
            row++;
        }
        return row;
    }
}
