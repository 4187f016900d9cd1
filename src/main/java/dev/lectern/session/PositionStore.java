package dev.lectern.session;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

/**
 * Remembers the reading position and marks of each document, one small file per document under
 * the state directory, keyed by the document's reading key (its absolute path, or its web
 * address for an article from the web). Files are replaced atomically, so
 * a crash mid-write leaves the old position, never half a file.
 */
public final class PositionStore {
    /** A document's saved state. */
    public record Saved(Position position, Map<Character, Position> marks) {
    }

    private final Path directory;

    public PositionStore(Path stateDirectory) {
        this.directory = stateDirectory.resolve("positions");
    }

    /** The default state directory: $XDG_STATE_HOME/lectern, else ~/.local/state/lectern. */
    public static Path defaultStateDirectory(Map<String, String> environment) {
        String xdg = environment.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "lectern");
        }
        return Path.of(System.getProperty("user.home"), ".local", "state", "lectern");
    }

    /** Nothing saved gives null; an unreadable or corrupt file gives an IOException saying so. */
    public Saved load(Path document) throws IOException {
        return load(keyOf(document));
    }

    /** As {@link #load(Path)}, for a document's reading key (see {@code Document.readingKey()}). */
    public Saved load(String key) throws IOException {
        Path file = fileFor(key);
        if (!Files.exists(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            Position position = parse(properties.getProperty("position"));
            Map<Character, Position> marks = new HashMap<>();
            for (String name : properties.stringPropertyNames()) {
                if (name.startsWith("mark.") && name.length() == 6) {
                    marks.put(name.charAt(5), parse(properties.getProperty(name)));
                }
            }
            return new Saved(position, marks);
        } catch (RuntimeException | CharacterCodingException corrupt) {
            // Bytes that are not UTF-8 are a corrupt file too, not a bare "Input length = 1".
            throw new IOException("the saved position in " + file + " is corrupt", corrupt);
        }
    }

    public void save(Path document, Position position, Map<Character, Position> marks) throws IOException {
        save(keyOf(document), position, marks);
    }

    public void save(String key, Position position, Map<Character, Position> marks) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("path", key);
        properties.setProperty("position", format(position));
        marks.forEach((letter, mark) -> properties.setProperty("mark." + letter, format(mark)));
        Files.createDirectories(directory);
        Path file = fileFor(key);
        Path temporary = Files.createTempFile(directory, ".position", ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "Lectern reading position");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * How much of a document has been read, in percent of its characters through the end of
     * the saved paragraph (as the reader's status bar counts); null when it was never opened.
     */
    public Integer percentRead(dev.lectern.doc.Document document) throws IOException {
        Saved saved = document.readingKey() == null ? null : load(document.readingKey());
        if (saved == null) {
            return null;
        }
        int paragraph = Math.min(saved.position().paragraph(), document.size());
        long read = document.charsBefore(paragraph + 1);
        long total = document.charsBefore(document.size() + 1);
        return (int) Math.round(100.0 * read / Math.max(1, total));
    }

    private static String keyOf(Path document) {
        return document.toAbsolutePath().normalize().toString();
    }

    private Path fileFor(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return directory.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".properties");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Position parse(String value) {
        String[] parts = value.split(":");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a position: " + value);
        }
        return new Position(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    }

    private static String format(Position position) {
        return position.paragraph() + ":" + position.offset();
    }
}
