package dev.lectern.session;

import dev.lectern.doc.Document;
import dev.lectern.doc.Library;
import dev.lectern.doc.SavedArticle;
import dev.lectern.doc.UnreadableDocumentException;
import dev.lectern.doc.WholeFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The articles a reader kept to read later (offline), one clean HTML file each under the data
 * directory. A file's name ends with a digest of where the article came from, so saving the
 * same web address (or file) again replaces its copy instead of adding one.
 */
public final class ReadingList implements ReadLater {
    /** What {@link #save} did. */
    public record Outcome(Path file, boolean replaced) {
    }

    private final Path directory;

    public ReadingList(Path directory) {
        this.directory = directory;
    }

    /** $XDG_DATA_HOME/lectern/library, else ~/.local/share/lectern/library. */
    public static ReadingList standard(Map<String, String> environment) {
        String xdg = environment.get("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return new ReadingList(data.resolve("lectern").resolve("library"));
    }

    public Path directory() {
        return directory;
    }

    /**
     * Keeps the article. It is written to a temporary file and moved into place, so a full disk
     * or a crash leaves the list as it was: the old copy stays until the new one is whole.
     */
    public Outcome save(Document document, Instant now) throws IOException {
        String identity = SavedArticle.identity(document);
        if (identity == null) {
            throw new IOException("this article has no file or web address to keep it under");
        }
        Files.createDirectories(directory);
        String digest = digest(identity);
        Path file = directory.resolve(slug(document.title()) + "-" + digest + ".html");
        List<Path> earlier = copiesOf(digest);
        WholeFile.write(file, SavedArticle.toHtml(document, now));
        for (Path old : earlier) {
            if (!old.equals(file)) {
                Files.deleteIfExists(old); // the same article under a title that has changed since
            }
        }
        return new Outcome(file, !earlier.isEmpty());
    }

    @Override
    public ReadLater.Outcome keep(Document document, Instant now) throws IOException {
        return save(document, now).replaced() ? ReadLater.Outcome.UPDATED : ReadLater.Outcome.SAVED;
    }

    /**
     * The saved articles, newest first, as library entries; an empty list when nothing was saved
     * yet. A copy that cannot be read is listed with why.
     */
    @Override
    public List<Library.Entry> articles() throws IOException {
        List<Path> files;
        try (Stream<Path> children = Files.list(directory)) {
            files = children.filter(p -> p.getFileName().toString().endsWith(".html"))
                    .filter(Files::isRegularFile).toList();
        } catch (NoSuchFileException nothingSavedYet) {
            return List.of();
        }
        List<Library.Entry> saved = new ArrayList<>();
        for (Path file : files) {
            try {
                SavedArticle.Loaded loaded = SavedArticle.load(file);
                Instant at = loaded.savedAt() != null ? loaded.savedAt() : modified(file);
                saved.add(new Library.Entry(file, loaded.document(), null, at));
            } catch (UnreadableDocumentException e) {
                saved.add(new Library.Entry(file, null, e.getMessage(), modified(file)));
            }
        }
        saved.sort((a, b) -> {
            Instant x = a.savedAt() == null ? Instant.EPOCH : a.savedAt();
            Instant y = b.savedAt() == null ? Instant.EPOCH : b.savedAt();
            int newestFirst = y.compareTo(x);
            return newestFirst != 0 ? newestFirst : a.file().compareTo(b.file());
        });
        return saved;
    }

    /** A copy whose date was lost (edited by hand) is dated by its file. */
    private static Instant modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toInstant();
    }

    /** True when {@code file} is one of this list's copies (and so may be removed). */
    public boolean holds(Path file) {
        return file.toAbsolutePath().normalize().getParent().equals(directory.toAbsolutePath().normalize());
    }

    /** Deletes the saved copy. */
    @Override
    public void remove(Library.Entry saved) throws IOException {
        remove(saved.file());
    }

    /** Removes a saved copy; a file outside the list is refused. */
    public void remove(Path file) throws IOException {
        if (!holds(file)) {
            throw new IOException(file + " is not in the reading list");
        }
        Files.deleteIfExists(file);
    }

    private List<Path> copiesOf(String digest) throws IOException {
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(p -> p.getFileName().toString().endsWith("-" + digest + ".html")).toList();
        }
    }

    /** A short, safe file name from the title: ASCII letters and digits joined by dashes. */
    static String slug(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > 60) {
            plain = plain.substring(0, 60).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "article" : plain;
    }

    private static String digest(String identity) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
