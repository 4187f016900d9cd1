package dev.lectern.session;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Remembers the reading position and marks of each document, one small file per document under
 * the state directory, keyed by the document's reading key (its absolute path, or its web
 * address for an article from the web).
 *
 * <p>Several Lectern processes may read the same document at once, so a save is a merge, not a
 * replacement: under a lock on a file beside the document's, the saved state is read, the
 * position most recently <em>moved to</em> wins (each position carries the time of its move) and
 * every mark is kept, the most recently set one for a letter. The file is then replaced
 * atomically (written beside it, synced, renamed), so a crash or a power cut mid-write leaves
 * the old state, never half a file.
 */
public final class PositionStore {
    /**
     * A document's saved state: the position and when the reader moved there, the marks and when
     * each was set (milliseconds since the epoch; 0 for a state saved before times were kept).
     */
    public record Saved(Position position, Map<Character, Position> marks, long movedAt,
                        Map<Character, Long> marksSetAt) {
        public Saved {
            marks = Map.copyOf(marks);
            marksSetAt = Map.copyOf(marksSetAt);
        }

        /** A state without times: it loses to any timed one. */
        public Saved(Position position, Map<Character, Position> marks) {
            this(position, marks, 0, Map.of());
        }

        long markSetAt(char letter) {
            return marksSetAt.getOrDefault(letter, 0L);
        }

        /**
         * This state saved over {@code stored}: the more recent move's position (this one's on a
         * tie), every mark of both, each letter's most recently set (this one's on a tie).
         */
        Saved over(Saved stored) {
            if (stored == null) {
                return this;
            }
            boolean moved = movedAt >= stored.movedAt;
            Map<Character, Position> mergedMarks = new TreeMap<>(stored.marks);
            Map<Character, Long> mergedTimes = new TreeMap<>(stored.marksSetAt);
            marks.forEach((letter, mark) -> {
                if (!stored.marks.containsKey(letter) || markSetAt(letter) >= stored.markSetAt(letter)) {
                    mergedMarks.put(letter, mark);
                    mergedTimes.put(letter, markSetAt(letter));
                }
            });
            mergedTimes.values().removeIf(time -> time == 0L);
            return new Saved(moved ? position : stored.position, mergedMarks,
                    moved ? movedAt : stored.movedAt, mergedTimes);
        }
    }

    /** How long a save waits for another process's save of the same document at most. */
    private static final long LONGEST_LOCK_WAIT_MILLIS = 5_000;
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
        return read(fileFor(key));
    }

    private static Saved read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            Position position = PositionFile.parse(properties.getProperty("position"));
            long movedAt = time(properties.getProperty("moved"));
            Map<Character, Position> marks = new HashMap<>();
            Map<Character, Long> marksSetAt = new HashMap<>();
            for (String name : properties.stringPropertyNames()) {
                if (name.startsWith("mark.") && name.length() == 6) {
                    char letter = name.charAt(5);
                    marks.put(letter, PositionFile.parse(properties.getProperty(name)));
                    long setAt = time(properties.getProperty(name + ".set"));
                    if (setAt != 0) {
                        marksSetAt.put(letter, setAt);
                    }
                }
            }
            return new Saved(position, marks, movedAt, marksSetAt);
        } catch (RuntimeException | CharacterCodingException corrupt) {
            // Bytes that are not UTF-8 are a corrupt file too, not a bare "Input length = 1".
            throw new IOException("the saved position in " + file + " is corrupt", corrupt);
        }
    }

    /** Saves a position moved to and marks set just now (see {@link #save(String, Saved)}). */
    public void save(Path document, Position position, Map<Character, Position> marks) throws IOException {
        save(keyOf(document), position, marks);
    }

    /** Saves a position moved to and marks set just now (see {@link #save(String, Saved)}). */
    public void save(String key, Position position, Map<Character, Position> marks) throws IOException {
        long now = System.currentTimeMillis();
        Map<Character, Long> setAt = new HashMap<>();
        marks.keySet().forEach(letter -> setAt.put(letter, now));
        save(key, new Saved(position, marks, now, setAt));
    }

    /**
     * Merges {@code state} into what is saved for {@code key} (see the class comment). A corrupt
     * saved file is replaced: the reader's state is worth more than a file nobody can read.
     */
    public synchronized void save(String key, Saved state) throws IOException {
        Files.createDirectories(directory);
        Path file = fileFor(key);
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lock(lockChannel)) {
            Saved stored;
            try {
                stored = read(file);
            } catch (IOException corrupt) {
                stored = null;
            }
            write(key, state.over(stored), file);
        }
    }

    /**
     * The lock on the document's lock file. Another process's save holds it for a few
     * milliseconds; another store of this process on the same directory makes Java refuse the
     * lock at once rather than wait, so that case is waited for here.
     */
    private static FileLock lock(FileChannel channel) throws IOException {
        long deadline = System.nanoTime() + LONGEST_LOCK_WAIT_MILLIS * 1_000_000;
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException heldInThisProcess) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("the saved position is locked by another save that does not end");
                }
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting to save the position", e);
                }
            }
        }
    }

    private void write(String key, Saved state, Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("path", key);
        properties.setProperty("position", PositionFile.format(state.position()));
        properties.setProperty("moved", Long.toString(state.movedAt()));
        state.marks().forEach((letter, mark) -> {
            properties.setProperty("mark." + letter, PositionFile.format(mark));
            properties.setProperty("mark." + letter + ".set", Long.toString(state.markSetAt(letter)));
        });
        StringWriter text = new StringWriter();
        properties.store(text, "Lectern reading position");
        Path temporary = Files.createTempFile(directory, ".position", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = StandardCharsets.UTF_8.encode(text.toString());
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true); // on the disk before the rename makes it the saved state
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory();
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

    /** Makes the rename itself survive a power cut where the system allows it. */
    private void syncDirectory() {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException notSupported) {
            // Some systems cannot sync a directory: the rename is still atomic.
        }
    }

    private static String keyOf(Path document) {
        return document.toAbsolutePath().normalize().toString();
    }

    /** The file that keeps the place of the article read under {@code key} (its reading key). */
    public Path fileFor(String key) {
        return directory.resolve(PositionFile.nameFor(key));
    }

    /** A move's time in epoch milliseconds, 0 when the file has none. */
    private static long time(String value) {
        java.time.Instant at = PositionFile.movedAt(value);
        return at == null ? 0 : at.toEpochMilli();
    }
}
