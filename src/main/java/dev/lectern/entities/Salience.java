package dev.lectern.entities;

import java.util.List;

/**
 * How key an entity is to a document: how often it is mentioned (with diminishing returns),
 * how widely over the paragraphs, and how early it first comes up.
 * {@code ln(1 + mentions) + 1.5 × share of paragraphs + 0.5 × (1 − first paragraph's position)}.
 */
final class Salience {
    private static final double SPREAD_WEIGHT = 1.5;
    private static final double EARLY_WEIGHT = 0.5;

    private Salience() {
    }

    static double of(List<Mention> mentions, List<Integer> paragraphs, int paragraphCount) {
        if (mentions.isEmpty() || paragraphCount == 0) {
            return 0;
        }
        double spread = (double) paragraphs.size() / paragraphCount;
        double early = 1.0 - (double) (paragraphs.get(0) - 1) / paragraphCount;
        return Math.log1p(mentions.size()) + SPREAD_WEIGHT * spread + EARLY_WEIGHT * early;
    }
}
