package dev.lectern.session;

/** A place in a document: a paragraph number and the character offset of the first line shown. */
public record Position(int paragraph, int offset) {
    public static final Position START = new Position(1, 0);
}
