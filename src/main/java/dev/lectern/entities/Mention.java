package dev.lectern.entities;

/**
 * One place where the text mentions an entity: {@code text} is the slice
 * {@code [start, end)} of paragraph {@code paragraph} (numbered from 1).
 */
public record Mention(String text, int paragraph, int start, int end, Kind kind) {
    public enum Kind {
        /** The entity's name or one of its other forms: Tokaïev, OTSC. */
        NAME,
        /** A nationality adjective standing for a country: russes, américaine. */
        ADJECTIVE,
        /** A number with what it counts, a year or a date. */
        FIGURE
    }
}
