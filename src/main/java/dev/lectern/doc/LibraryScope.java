package dev.lectern.doc;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The served library as a reader sees it: names are relative to its directory, and none leads
 * out of it — no absolute path, and no {@code ..} or symbolic link whose real path is outside
 * (checked on the real paths, so a link made after start-up is caught too). In a
 * {@link WebLibrary}'s directory, an article is named by its number in the list or by its
 * address, and the name leads to its copy, fetched yet or not.
 */
public final class LibraryScope {
    private final Path root;
    /** The web library's addresses in order; null for a directory of articles. */
    private final List<String> addresses;

    /** {@code directory} must exist; its real path is the boundary. */
    public LibraryScope(Path directory) throws IOException {
        this.root = directory.toRealPath();
        this.addresses = WebLibrary.isOne(root) ? WebLibrary.listedIn(root) : null;
    }

    public Path root() {
        return root;
    }

    /** The real path of the article {@code name} names, or the reason it is refused. */
    public Path resolve(String name) throws UnreadableDocumentException {
        if (addresses != null) {
            return resolveInList(name);
        }
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

    /** True when {@code path}'s real path is inside the library; false for a link out, or a path gone. */
    public boolean holds(Path path) {
        try {
            return path.toRealPath().startsWith(root);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The copy of the article numbered or addressed {@code name} in the web library. */
    private Path resolveInList(String name) throws UnreadableDocumentException {
        String wanted = name.strip();
        if (wanted.matches("\\d{1,9}")) {
            int number = Integer.parseInt(wanted);
            if (number >= 1 && number <= addresses.size()) {
                return WebLibrary.copyOf(root, addresses.get(number - 1));
            }
        } else if (addresses.contains(wanted)) {
            return WebLibrary.copyOf(root, wanted);
        }
        throw new UnreadableDocumentException("No article " + wanted + " in the library: its articles are numbered 1 to "
                + addresses.size() + " (list shows them).");
    }

    /** A path inside the library as the reader names it: relative to the library. */
    public String nameOf(Path inside) {
        if (addresses != null) {
            for (int i = 0; i < addresses.size(); i++) {
                if (WebLibrary.copyOf(root, addresses.get(i)).equals(inside)) {
                    return Integer.toString(i + 1);
                }
            }
        }
        Path relative = root.relativize(inside.toAbsolutePath().normalize());
        return relative.toString().isEmpty() ? "." : relative.toString();
    }

    private static UnreadableDocumentException outside(String name) {
        return new UnreadableDocumentException(name + " is outside the library: only its articles can be read here.");
    }
}
