package dev.lectern.doc;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The served library as a reader sees it: names are relative to its directory, and none leads
 * out of it — no absolute path, and no {@code ..} or symbolic link whose real path is outside
 * (checked on the real paths, so a link made after start-up is caught too).
 */
public final class LibraryScope {
    private final Path root;

    /** {@code directory} must exist; its real path is the boundary. */
    public LibraryScope(Path directory) throws IOException {
        this.root = directory.toRealPath();
    }

    public Path root() {
        return root;
    }

    /** The real path of the article {@code name} names, or the reason it is refused. */
    public Path resolve(String name) throws UnreadableDocumentException {
        Path given;
        try {
            given = Path.of(name);
        } catch (InvalidPathException e) {
            throw new UnreadableDocumentException("not a file name: " + name);
        }
        if (name.isEmpty() || given.isAbsolute() || name.startsWith("~")) {
            throw outside(name);
        }
        Path real;
        try {
            real = root.resolve(given).toRealPath();
        } catch (NoSuchFileException e) {
            // Said before looking further, so that a missing file outside reveals nothing either.
            if (!root.resolve(given).normalize().startsWith(root)) {
                throw outside(name);
            }
            throw new UnreadableDocumentException("No such article in the library: " + name + ".");
        } catch (IOException | SecurityException e) {
            throw new UnreadableDocumentException("Cannot read " + name + ".");
        }
        if (!real.startsWith(root)) {
            throw outside(name);
        }
        return real;
    }

    /** A path inside the library as the reader names it: relative to the library. */
    public String nameOf(Path inside) {
        Path relative = root.relativize(inside.toAbsolutePath().normalize());
        return relative.toString().isEmpty() ? "." : relative.toString();
    }

    private static UnreadableDocumentException outside(String name) {
        return new UnreadableDocumentException(name + " is outside the library: only its articles can be read here.");
    }
}
