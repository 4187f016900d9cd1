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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * A reader's state in files under one directory: {@code positions/} in PositionStore's format
 * (one properties file per document, plus the time the position was moved to),
 * {@code commands.history} in JLine's format, and {@code reading-list}, one reading key a line.
 * Each change reads, merges and replaces a file atomically, holding a lock on the directory
 * both within this process and against other processes sharing it.
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
        return locked(() -> read(positionFile(readingKey)));
    }

    @Override
    public void save(String readingKey, Position position, Instant movedAt, Map<Character, Position> marks) throws IOException {
        locked(() -> {
            Path file = positionFile(readingKey);
            Reading saved = read(file);
            Position keptPosition = position;
            Instant keptTime = movedAt.truncatedTo(ChronoUnit.MICROS);
            Map<Character, Position> keptMarks = new HashMap<>();
            if (saved != null) {
                keptMarks.putAll(saved.marks());
                if (saved.movedAt().isAfter(keptTime)) {
                    keptPosition = saved.position();
                    keptTime = saved.movedAt();
                }
            }
            keptMarks.putAll(marks);
            Properties properties = new Properties();
            properties.setProperty("path", readingKey);
            properties.setProperty("position", PositionFile.format(keptPosition));
            properties.setProperty("moved", keptTime.toString());
            keptMarks.forEach((letter, mark) -> properties.setProperty("mark." + letter, PositionFile.format(mark)));
            replace(file, writer -> properties.store(writer, "Lectern reading position"));
            return null;
        });
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
    public List<String> readingList() throws IOException {
        return locked(() -> List.copyOf(readReadingList()));
    }

    @Override
    public void addToReadingList(String readingKey) throws IOException {
        requireOneLine(readingKey);
        locked(() -> {
            LinkedHashSet<String> keys = readReadingList();
            if (keys.add(readingKey)) {
                writeReadingList(keys);
            }
            return null;
        });
    }

    @Override
    public void removeFromReadingList(String readingKey) throws IOException {
        locked(() -> {
            LinkedHashSet<String> keys = readReadingList();
            if (keys.remove(readingKey)) {
                writeReadingList(keys);
            }
            return null;
        });
    }

    private Reading read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            Position position = PositionFile.parse(properties.getProperty("position"));
            // A file PositionStore wrote has no time: older than any move.
            String moved = properties.getProperty("moved");
            Instant movedAt = moved == null ? Instant.EPOCH : PositionFile.movedAt(moved);
            Map<Character, Position> marks = new HashMap<>();
            for (String name : properties.stringPropertyNames()) {
                if (name.startsWith("mark.") && name.length() == 6) {
                    marks.put(name.charAt(5), PositionFile.parse(properties.getProperty(name)));
                }
            }
            return new Reading(position, movedAt, marks);
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

    private LinkedHashSet<String> readReadingList() throws IOException {
        Path file = directory.resolve(READING_LIST);
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    keys.add(line);
                }
            }
        }
        return keys;
    }

    private void writeReadingList(LinkedHashSet<String> keys) throws IOException {
        replace(directory.resolve(READING_LIST), writer -> {
            for (String key : keys) {
                writer.write(key + "\n");
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

    /** Writes a temporary file and moves it over {@code file}: never half a file. */
    private static void replace(Path file, Content content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".state", ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.write(writer);
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

    /** The same file name PositionStore gives a reading key. */
    private Path positionFile(String readingKey) {
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
