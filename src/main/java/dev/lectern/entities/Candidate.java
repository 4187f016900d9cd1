package dev.lectern.entities;

/**
 * A mention found in the text before the forms are merged, with the evidence of what it names:
 * {@code evidence} is the type the context or a gazetteer points to (null when nothing does),
 * {@code strength} how much that evidence weighs (see the constants), {@code place} the
 * gazetteer place it names or stands for, {@code acronym} whether it is written as one
 * (OTSC), and {@code partner} the text of a name it stands beside in parentheses, or null.
 */
record Candidate(Mention mention, EntityType evidence, int strength, Gazetteer.Place place, boolean acronym,
                 String partner) {
    /** A gazetteer entry or a courtesy title (Mme, Monsieur): as sure as rules get. */
    static final int SURE = 3;
    /** An organisation head, a role just before the name or in apposition to it. */
    static final int LIKELY = 2;
    /** An acronym's shape, a cue word like "via" or "the watchdog". */
    static final int HINT = 1;

    /** Only a town of the world list names it (see NameSpotter): evidence that any other outweighs. */
    boolean isTownHint() {
        return evidence == EntityType.PLACE && strength == HINT && place == null;
    }

    Candidate withPartner(String text) {
        return new Candidate(mention, evidence, strength, place, acronym, text);
    }

    String text() {
        return mention.text();
    }
}
