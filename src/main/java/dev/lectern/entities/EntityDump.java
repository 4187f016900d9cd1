package dev.lectern.entities;

import java.util.Locale;

/**
 * Everything an index says about an entity on one line (name, type, aliases, mentions with
 * their places and kinds, salience), so that two builds of one document can be compared
 * exactly: by {@code diff} on the benchmark's output, or by a digest in a test.
 */
final class EntityDump {
    private EntityDump() {
    }

    static String line(Entity entity) {
        StringBuilder line = new StringBuilder();
        line.append(entity.name()).append('\t').append(entity.type()).append('\t').append(entity.aliases())
                .append('\t').append(entity.mentions()).append('\t')
                .append(String.format(Locale.ROOT, "%.6f", entity.salience())).append('\t');
        for (Mention mention : entity.occurrences()) {
            line.append(mention.paragraph()).append(':').append(mention.start()).append('-').append(mention.end())
                    .append(mention.kind().name().charAt(0)).append(' ');
        }
        return line.toString();
    }
}
