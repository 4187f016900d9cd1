package dev.lectern.session;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's state in files under one directory: {@code positions/}, one properties file per
 * document (its format is {@link PositionFile}'s, the one the local reader has always written),
 * {@code commands.history} in JLine's format, and {@code reading-list}, one saved article a line
 * ({@code MILLIS:READING-KEY}, when it was saved and its reading key).
 * The local reader's state directory is such a directory (through {@link PositionStore}), and
 * so is each of {@code lectern serve}'s readers' directories. Each change reads, merges and
 * replaces a file atomically, holding a lock both within this process and against other
 * processes sharing it: a position, the lock beside its file; the rest, the directory's.
 */
public final class FileReaderState implements ReaderState {
    private static final String HISTORY = "commands.history";
    private static final String READING_LIST = "reading-list";

    private final Path directory;
    private final ReentrantLock lock;

    /** The state kept in {@code directory}; one object per directory in a process, or a {@link Store}. */
    public FileReaderState(Path directory) {
        this(directory, new ReentrantLock());
    }

    private FileReaderState(Path directory, ReentrantLock lock) {
        this.directory = directory;
        this.lock = lock;
    }

    /** Readers' states under {@code stateDirectory/readers/}, one directory per reader. */
    public static Store under(Path stateDirectory) {
        return new Store() {
            // Two sessions of one reader in this process share the lock of its directory.
            private final Map<Path, ReentrantLock> locks = new ConcurrentHashMap<>();

            @Override
            public ReaderState reader(String identity) {
                Path directory = stateDirectory.resolve("readers").resolve(directoryName(identity));
                return new FileReaderState(directory, locks.computeIfAbsent(directory, d -> new ReentrantLock()));
            }

            @Override
            public String describe() {
                return stateDirectory.resolve("readers").toString();
            }

            @Override
            public void close() {
            }
        };
    }

    private static final Pattern FINGERPRINT = Pattern.compile("SHA256:[A-Za-z0-9+/]+=*");

    /**
     * A key fingerprint as a file name ({@code SHA256:ab+/c} → {@code SHA256_ab-_c}, base64's URL
     * alphabet, so two fingerprints never share a directory); any other identity by its hash.
     */
    static String directoryName(String identity) {
        if (FINGERPRINT.matcher(identity).matches()) {
            return identity.replace(':', '_').replace('+', '-').replace('/', '_').replace("=", "");
        }
        return "id-" + PositionFile.digest(identity, 16);
    }

    @Override
    public Reading reading(String readingKey) throws IOException {
        // No lock: a position file is only ever replaced whole (see write).
        return read(positionFile(readingKey));
    }

    /**
     * Merges under a lock on a file beside the document's (the lock the local reader has always
     * taken, so older Lectern processes still take turns with this one): read, merge, replace. A
     * corrupt saved file is replaced: the reader's state is worth more than a file nobody reads.
     */
    @Override
    public void save(String readingKey, Reading reading) throws IOException {
        Reading given = toMicros(reading);
        lock.lock();
        try {
            Path file = positionFile(readingKey);
            Files.createDirectories(file.getParent());
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockFile(channel)) {
                Reading stored;
                try {
                    stored = read(file);
                } catch (IOException corrupt) {
                    stored = null;
                }
                write(readingKey, given.over(stored), file);
            }
        } finally {
            lock.unlock();
        }
    }

    private static Reading toMicros(Reading reading) {
        Map<Character, Instant> times = new HashMap<>();
        reading.marksSetAt().forEach((letter, time) -> times.put(letter, time.truncatedTo(ChronoUnit.MICROS)));
        return new Reading(reading.position(), reading.movedAt().truncatedTo(ChronoUnit.MICROS), reading.marks(), times);
    }

    private static void write(String readingKey, Reading reading, Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("path", readingKey);
        properties.setProperty("position", PositionFile.format(reading.position()));
        properties.setProperty("moved", PositionFile.formatTime(reading.movedAt()));
        reading.marks().forEach((letter, mark) -> {
            properties.setProperty("mark." + letter, PositionFile.format(mark));
            properties.setProperty("mark." + letter + ".set", PositionFile.formatTime(reading.markSetAt(letter)));
        });
        replace(file, writer -> properties.store(writer, "Lectern reading position"), true);
    }

    @Override
    public List<String> history() throws IOException {
        return locked(() -> {
            List<String> lines = readHistory();
            return List.copyOf(lines.subList(Math.max(0, lines.size() - HISTORY_KEPT), lines.size()));
        });
    }

    @Override
    public void addToHistory(String commandLine) throws IOException {
        locked(() -> {
            Path file = directory.resolve(HISTORY);
            String entry = System.currentTimeMillis() + ":" + escape(commandLine) + "\n";
            Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            List<String> lines = readHistory();
            if (lines.size() > 2 * HISTORY_KEPT) {
                // Trimmed now and then rather than on every line: the file stays an append log.
                List<String> kept = lines.subList(lines.size() - HISTORY_KEPT, lines.size());
                replace(file, writer -> {
                    for (String line : kept) {
                        writer.write("0:" + escape(line) + "\n");
                    }
                });
            }
            return null;
        });
    }

    @Override
    public List<Kept> readingList() throws IOException {
        return locked(() -> List.copyOf(readReadingList().values()));
    }

    @Override
    public void addToReadingList(String readingKey) throws IOException {
        requireOneLine(readingKey);
        locked(() -> {
            LinkedHashMap<String, Kept> kept = readReadingList();
            if (!kept.containsKey(readingKey)) {
                kept.put(readingKey, new Kept(readingKey, Instant.ofEpochMilli(System.currentTimeMillis())));
                writeReadingList(kept);
            }
            return null;
        });
    }

    @Override
    public void removeFromReadingList(String readingKey) throws IOException {
        locked(() -> {
            LinkedHashMap<String, Kept> kept = readReadingList();
            if (kept.remove(readingKey) != null) {
                writeReadingList(kept);
            }
            return null;
        });
    }

    private static Reading read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            Position position = PositionFile.parse(properties.getProperty("position"));
            // A file from before move times were kept: older than any move.
            String moved = properties.getProperty("moved");
            Instant movedAt = moved == null ? Instant.EPOCH : PositionFile.movedAt(moved);
            Map<Character, Position> marks = new HashMap<>();
            Map<Character, Instant> marksSetAt = new HashMap<>();
            for (String name : properties.stringPropertyNames()) {
                if (name.startsWith("mark.") && name.length() == 6) {
                    marks.put(name.charAt(5), PositionFile.parse(properties.getProperty(name)));
                    Instant setAt = PositionFile.movedAt(properties.getProperty(name + ".set"));
                    marksSetAt.put(name.charAt(5), setAt == null ? Instant.EPOCH : setAt);
                }
            }
            return new Reading(position, movedAt, marks, marksSetAt);
        } catch (RuntimeException | CharacterCodingException corrupt) {
            throw new IOException("the saved position in " + file + " is corrupt", corrupt);
        }
    }

    private List<String> readHistory() throws IOException {
        Path file = directory.resolve(HISTORY);
        if (!Files.exists(file)) {
            return new ArrayList<>();
        }
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int colon = line.indexOf(':');
            boolean timed = colon > 0 && line.substring(0, colon).chars().allMatch(Character::isDigit);
            lines.add(unescape(timed ? line.substring(colon + 1) : line));
        }
        return lines;
    }

    /** The reading list by reading key, in the order saved; a line without its time (edited by hand) is dated EPOCH. */
    private LinkedHashMap<String, Kept> readReadingList() throws IOException {
        Path file = directory.resolve(READING_LIST);
        LinkedHashMap<String, Kept> kept = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Matcher timed = TIMED_LINE.matcher(line);
                Kept article = timed.matches()
                        ? new Kept(timed.group(2), Instant.ofEpochMilli(Long.parseLong(timed.group(1))))
                        : new Kept(line, Instant.EPOCH);
                kept.putIfAbsent(article.readingKey(), article);
            }
        }
        return kept;
    }

    /** A reading-list line: the time saved in milliseconds, a colon, the reading key (a path or an address, never digits and a colon). */
    private static final Pattern TIMED_LINE = Pattern.compile("(\\d{1,18}):(.+)");

    private void writeReadingList(LinkedHashMap<String, Kept> kept) throws IOException {
        replace(directory.resolve(READING_LIST), writer -> {
            for (Kept article : kept.values()) {
                writer.write(article.savedAt().toEpochMilli() + ":" + article.readingKey() + "\n");
            }
        });
    }

    private interface Locked<T> {
        T run() throws IOException;
    }

    /** Runs {@code work} holding this directory's lock, in this process and on the disk. */
    private <T> T locked(Locked<T> work) throws IOException {
        lock.lock();
        try {
            Files.createDirectories(directory);
            try (FileChannel channel = FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockFile(channel)) {
                return work.run();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * The lock on the disk. The JVM refuses a second lock on one file within a process instead
     * of waiting (two Stores on one directory, as in the tests): that case waits here.
     */
    private static FileLock lockFile(FileChannel channel) throws IOException {
        long giveUp = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try {
                return channel.lock();
            } catch (java.nio.channels.OverlappingFileLockException heldInThisProcess) {
                if (System.nanoTime() > giveUp) {
                    throw new IOException("the reading state stays locked by another session");
                }
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while waiting for the reading state's lock");
                }
            }
        }
    }

    private interface Content {
        void write(Writer writer) throws IOException;
    }

    private static void replace(Path file, Content content) throws IOException {
        replace(file, content, false);
    }

    /**
     * Writes a temporary file and moves it over {@code file}: never half a file. With
     * {@code sync}, the bytes reach the disk before the rename, and the rename too where the
     * system allows (a position must survive a power cut whole).
     */
    private static void replace(Path file, Content content, boolean sync) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".state", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 Writer writer = java.nio.channels.Channels.newWriter(channel, StandardCharsets.UTF_8)) {
                content.write(writer);
                writer.flush();
                if (sync) {
                    channel.force(true);
                }
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            if (sync) {
                syncDirectory(file.getParent());
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException notSupported) {
            // Some systems cannot sync a directory: the rename is still atomic.
        }
    }

    /** The file that keeps the place of the article read under {@code readingKey}. */
    Path positionFile(String readingKey) {
        return directory.resolve("positions").resolve(PositionFile.nameFor(readingKey));
    }

    /** JLine's history escapes: a backslash and a line break. */
    private static String escape(String line) {
        return line.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static void requireOneLine(String readingKey) {
        if (readingKey.isEmpty() || readingKey.contains("\n") || readingKey.contains("\r")) {
            throw new IllegalArgumentException("a reading key is one non-empty line");
        }
    }
}
