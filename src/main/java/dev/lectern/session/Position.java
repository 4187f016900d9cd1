package dev.lectern.session;

/** A place in a document: a paragraph number and the character offset of the first line shown. */
public record Position(int paragraph, int offset) {
    public static final Position START = new Position(1, 0);

    // Written out: a record's generated equals and hashCode are linked at their first call by
    // method-handle classes the JVM spins then (~20 of them), on the way to the first frame.
    @Override
    public boolean equals(Object other) {
        return other instanceof Position that && paragraph == that.paragraph && offset == that.offset;
    }

    @Override
    public int hashCode() {
        return 31 * paragraph + offset;
    }
}
