package dev.lectern.doc;

import java.nio.file.Path;

/**
 * A format read from the file's bytes as they are (an archive), not from decoded text: the
 * loader hands it the file, or the bytes of a download, instead of a string.
 */
interface BinaryFormat {
    /** True when this format reads files with that (lower-case) file name. */
    boolean reads(String fileName);

    /** Opens the file so that its first screen can be shown at once; the rest may follow. */
    Opening open(Path file, String name) throws UnreadableDocumentException;

    /** Reads a whole document from bytes in memory (a download); {@code source} may be null. */
    Document parse(byte[] bytes, String name, Path source) throws UnreadableDocumentException;
}
