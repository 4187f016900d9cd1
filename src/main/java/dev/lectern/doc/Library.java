package dev.lectern.doc;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The articles of a directory, by file name; a file that cannot be read is listed with why. */
public final class Library {
    /**
     * One entry of the listing: a readable document, or the problem with the file.
     * {@code savedAt} is when it was saved to the reading list; null for a file of the directory.
     */
    public record Entry(Path file, Document document, String problem, java.time.Instant savedAt) {
        public Entry(Path file, Document document, String problem) {
            this(file, document, problem, null);
        }

        public boolean readable() {
            return document != null;
        }

        /** True for an article of the reading list, which the library may remove. */
        public boolean saved() {
            return savedAt != null;
        }
    }

    private Library() {
    }

    public static List<Entry> list(Path directory) throws UnreadableDocumentException {
        return list(directory, null);
    }

    /** As {@link #list(Path)}, each document taken from {@code documents} (when not null), which keeps it for its readers. */
    public static List<Entry> list(Path directory, DocumentCache documents) throws UnreadableDocumentException {
        List<Path> files;
        try (Stream<Path> children = Files.list(directory)) {
            files = children.filter(Files::isRegularFile)
                    .filter(p -> DocumentLoader.isArticleName(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (NoSuchFileException e) {
            // A file system exception's message is just the path: say what went wrong instead.
            throw new UnreadableDocumentException("No such directory: " + directory + ".", e);
        } catch (NotDirectoryException e) {
            throw new UnreadableDocumentException(directory + " is not a directory.", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableDocumentException("Cannot list " + directory + ": permission denied.", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException("Cannot list " + directory + ": " + e.getMessage() + ".", e);
        }
        if (files.isEmpty()) {
            throw new UnreadableDocumentException("No articles in " + directory
                    + " (Lectern reads .txt, .md, .html and .epub files).");
        }
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            try {
                entries.add(new Entry(file, documents == null ? DocumentLoader.load(file) : documents.open(file).whole(), null));
            } catch (UnreadableDocumentException e) {
                entries.add(new Entry(file, null, e.getMessage()));
            }
        }
        return entries;
    }
}
