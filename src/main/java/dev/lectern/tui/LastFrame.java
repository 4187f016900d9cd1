package dev.lectern.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.lectern.doc.Document;
import dev.lectern.session.PositionStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The last frame the reader drew of an article, kept when it quits so that the launcher can
 * show it at once when the same article is opened again, while the JVM starts (see the
 * launcher's "instant screen"). An entry is {@code frames/DEV-INODE} under the state directory,
 * mode 0600: a first line, the key, which the launcher rebuilds and compares whole; a second,
 * the article's position file, which must not have been saved since; then the bytes that
 * draw the frame on a blank alternate screen. Anything that would draw other text gives another
 * key: the article's identity, size and modification time, the terminal's size and type, the
 * colours, the locale and the running jar (Lectern's version, to the build).
 */
final class LastFrame {
    /** Entries kept; the oldest go first. */
    static final int KEPT = 32;
    private static final String MAGIC = "lectern-frame-1";

    /** Taken by {@link #take} as the reader stops, written by {@link #keep} once positions are saved. */
    private static volatile Taken taken;

    private record Taken(Path article, Path positionFile, String key, byte[] frame) {
    }

    private LastFrame() {
    }

    /**
     * Takes the frame on {@code screen} when the last one drawn showed an article from a file
     * alone (no overlay, prompt or library): called once the reader's loop is over.
     */
    static void take(ReaderApp app, TerminalScreen screen, Terminal terminal, Map<String, String> environment,
                     boolean noColor, PositionStore store) {
        taken = null;
        try {
            if (!(app.lastDrawnAlone() instanceof ReaderPage page) || disabled(environment) || store == null
                    || !page.laidOutAsAtStart()) {
                return; // a pane toggled or a `set` lasts one session: the next start draws otherwise
            }
            Document document = page.document();
            Path positionFile = store.fileFor(document.readingKey());
            Path article = document.source();
            if (article == null || !article.toAbsolutePath().normalize().toString().equals(document.readingKey())) {
                return; // a web article: the launcher opens files only
            }
            TerminalSize size = screen.getTerminalSize();
            String noColorVariable = environment.get("NO_COLOR");
            boolean mono = noColor || noColorVariable != null && !noColorVariable.isEmpty(); // the rest goes by TERM
            String key = key(article, size.getColumns(), size.getRows(), environment.get("TERM"), mono, environment);
            if (key == null) {
                return;
            }
            taken = new Taken(article, positionFile, key, draw(screen, terminal.encoding()));
        } catch (IOException | RuntimeException e) {
            taken = null; // no entry: the next start is an ordinary one
        }
    }

    /**
     * Writes the frame taken, if any; the position must already be saved (it is checked against
     * it). Also tells the launcher that the screen has been given back (its hand-over file).
     */
    static void keep(Path stateDirectory, Map<String, String> environment) {
        String handover = environment.get("LECTERN_HANDOVER");
        if (handover != null && !handover.isEmpty()) {
            try {
                Files.deleteIfExists(Path.of(handover));
            } catch (IOException | RuntimeException e) {
                // the launcher then leaves the alternate screen once more, which is harmless
            }
        }
        Taken frame = taken;
        taken = null;
        if (frame == null) {
            return;
        }
        try {
            // The article may have changed while it was read: its text on screen is then older
            // than the key would say.
            FileTime modified = Files.getLastModifiedTime(frame.article());
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.EPOCH);
            if (!modified.toInstant().isBefore(started.minusSeconds(1))
                    || !frame.key().contains(" " + fileFields(frame.article()) + " ")) {
                return;
            }
            write(stateDirectory.resolve("frames"), frame);
        } catch (IOException | RuntimeException e) {
            // an entry is a nicety: without it the next start is an ordinary one
        }
    }

    static boolean disabled(Map<String, String> environment) {
        return "off".equals(environment.get("LECTERN_INSTANT"));
    }

    /**
     * The key, as the launcher builds it from {@code stat} and {@code stty size}: magic, the jar's
     * size and modification time, the article's device, inode, size and modification time, the
     * terminal's size, its type, the colours and the locale's variables. Null when a field could
     * not go on one line of space-separated words.
     */
    static String key(Path article, int columns, int rows, String term, boolean mono, Map<String, String> environment)
            throws IOException {
        Path jar = runningJar();
        if (jar == null || term == null || term.isEmpty()) {
            return null;
        }
        String locale = environment.getOrDefault("LC_ALL", "") + "/" + environment.getOrDefault("LC_CTYPE", "") + "/"
                + environment.getOrDefault("LANG", "");
        String key = String.join(" ", MAGIC, Files.size(jar) + ":" + seconds(Files.getLastModifiedTime(jar)),
                fileFields(article), columns + "x" + rows, term, mono ? "mono" : "colour", locale);
        return oneLineOfWords(key) && Files.isRegularFile(article) ? key : null;
    }

    /** The article's device, inode, size and modification time, as in the key. */
    static String fileFields(Path article) throws IOException {
        Map<String, Object> file = Files.readAttributes(article, "unix:dev,ino,size,lastModifiedTime");
        return file.get("dev") + " " + file.get("ino") + " " + file.get("size") + " " + seconds((FileTime) file.get("lastModifiedTime"));
    }

    /** Seconds with nine decimals, as {@code stat -c %.9Y} prints them. */
    static String seconds(FileTime time) {
        Instant instant = time.toInstant();
        return instant.getEpochSecond() + "." + String.format("%09d", instant.getNano());
    }

    private static boolean oneLineOfWords(String key) {
        for (String field : key.split(" ", -1)) {
            if (field.isEmpty()) {
                return false;
            }
        }
        return key.chars().allMatch(c -> c > ' ' || c == ' ');
    }

    /** The jar this code runs from (the launcher's copy), or null when it runs from classes. */
    private static Path runningJar() {
        try {
            Path location = Path.of(LastFrame.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? location : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The bytes that draw what {@code screen} shows on a blank terminal: the same screen code
     * drawing the same cells, whole, on a terminal that writes into memory.
     */
    static byte[] draw(TerminalScreen screen, Charset charset) throws IOException {
        TerminalSize size = screen.getTerminalSize();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (Terminal memory = new DumbTerminal("lectern-last-frame", Terminal.TYPE_DUMB, InputStream.nullInputStream(),
                bytes, charset)) {
            memory.setSize(new Size(size.getColumns(), size.getRows()));
            FrameScreen copy = new FrameScreen(new JLineTerminalBridge(memory, InputStream.nullInputStream()));
            copy.startScreen();
            for (int row = 0; row < size.getRows(); row++) {
                for (int column = 0; column < size.getColumns(); column++) {
                    TextCharacter cell = screen.getFrontCharacter(column, row);
                    if (cell != null) {
                        copy.setCharacter(column, row, cell);
                    }
                }
            }
            copy.setCursorPosition(null);
            copy.refresh(Screen.RefreshType.COMPLETE);
            memory.flush();
        }
        return bytes.toByteArray();
    }

    private static void write(Path directory, Taken frame) throws IOException {
        Files.createDirectories(directory);
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        String[] fields = frame.key().split(" ");
        Path entry = directory.resolve(fields[2] + "-" + fields[3]);
        Path partial = Files.createTempFile(directory, ".frame", ".tmp"); // created 0600
        try {
            ByteArrayOutputStream content = new ByteArrayOutputStream(frame.frame().length + 256);
            Path position = frame.positionFile().toAbsolutePath();
            String place = (Files.exists(position) ? "" : "-") + position; // "-": none yet, and there must still be none
            content.write((frame.key() + "\n" + place + "\n").getBytes(StandardCharsets.UTF_8));
            content.write(frame.frame());
            Files.write(partial, content.toByteArray());
            Files.move(partial, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        forgetOldest(directory);
    }

    /** Keeps the {@link #KEPT} newest entries. */
    static void forgetOldest(Path directory) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory, "[0-9]*-[0-9]*")) {
            listing.forEach(entries::add);
        }
        if (entries.size() <= KEPT) {
            return;
        }
        entries.sort(Comparator.comparing(LastFrame::modified).reversed());
        for (Path old : entries.subList(KEPT, entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
