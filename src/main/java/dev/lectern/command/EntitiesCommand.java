package dev.lectern.command;

import dev.lectern.entities.Entity;
import dev.lectern.entities.EntityIndex;
import dev.lectern.entities.EntityType;
import java.util.ArrayList;
import java.util.List;

/** {@code entities [TYPE]}: the article's key entities, each leading to its first paragraph. */
final class EntitiesCommand implements Command {
    @Override
    public String name() {
        return "entities";
    }

    @Override
    public String usage() {
        return "entities [people | places | organisations | figures]";
    }

    @Override
    public String summary() {
        return "list the article's people, places, organisations and figures, key ones first";
    }

    @Override
    public String run(String arguments, ReaderContext reader) throws CommandException {
        EntityIndex index = reader.entities();
        List<Entity> entities = arguments.isBlank() ? index.entities() : index.ofType(type(arguments.strip()));
        List<Pick> picks = new ArrayList<>();
        for (Entity entity : entities) {
            String aliases = entity.aliases().isEmpty() ? "" : " (" + String.join(", ", entity.aliases()) + ")";
            picks.add(new Pick(entity.paragraphs().get(0), label(entity.type()) + ": " + entity.name() + aliases
                    + " · " + entity.mentions() + (entity.mentions() == 1 ? " mention" : " mentions")));
        }
        if (picks.isEmpty()) {
            return "No " + (arguments.isBlank() ? "entities" : arguments.strip()) + " found.";
        }
        reader.showPicks("Entities", picks);
        return null;
    }

    private static EntityType type(String word) throws CommandException {
        for (EntityType type : EntityType.values()) {
            if (plural(type).startsWith(word.toLowerCase(java.util.Locale.ROOT))) {
                return type;
            }
        }
        throw new CommandException("Usage: " + "entities [people | places | organisations | figures]");
    }

    private static String plural(EntityType type) {
        return switch (type) {
            case PERSON -> "people";
            case PLACE -> "places";
            case ORGANISATION -> "organisations";
            case FIGURE -> "figures";
            case OTHER -> "other";
        };
    }

    private static String label(EntityType type) {
        return switch (type) {
            case PERSON -> "person";
            case PLACE -> "place";
            case ORGANISATION -> "organisation";
            case FIGURE -> "figure";
            case OTHER -> "other";
        };
    }

    @Override
    public List<String> complete(List<String> previousWords, String word, ReaderContext reader) {
        return previousWords.isEmpty()
                ? List.of("people", "places", "organisations", "figures").stream().filter(t -> t.startsWith(word)).toList()
                : List.of();
    }
}
