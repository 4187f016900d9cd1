package dev.lectern.doc;

import dev.lectern.analysis.LanguageGuesser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Opens a file as a {@link Document}, whatever it holds: the format is chosen by the file name
 * (anything unknown is read as plain text, as {@code less} would), and every failure becomes an
 * {@link UnreadableDocumentException} with a sentence a reader understands.
 */
public final class DocumentLoader {
    /** Files longer than this open in two steps: the start at once, the whole behind it. */
    static final int QUICK_START_BYTES = 256 * 1024;
    /** How far past that to look for a paragraph break; a longer paragraph is read whole at once. */
    private static final int SEARCH_BYTES = 1024 * 1024;
    private static final DocumentFormat PLAIN_TEXT = new PlainTextFormat();
    private static final List<DocumentFormat> FORMATS = List.of(new MarkdownFormat(), new HtmlFormat(), PLAIN_TEXT);
    /** Formats read from the bytes themselves (archives), before any decoding as text. */
    private static final List<BinaryFormat> BINARY_FORMATS = List.of(new EpubFormat());

    private DocumentLoader() {
    }

    /** True for the file names the library lists as articles. */
    public static boolean isArticleName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown")
                || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")
                || name.endsWith(".epub");
    }

    /** Loads the whole document. */
    public static Document load(Path file) throws UnreadableDocumentException {
        return open(file).whole();
    }

    /**
     * Opens a document so that its first screen can be shown at once. A long plain-text file is
     * read lazily ({@link LazyPlainText}): a scan of the whole notes where its paragraphs are, and
     * each is decoded only when asked for. That scan waits for {@link Opening#loadRest()}: the
     * first screen is parsed now from the file's start, cut after the first paragraph break past
     * {@value #QUICK_START_BYTES} bytes. The start's paragraphs are the whole's first paragraphs,
     * since plain text splits only at blank lines.
     */
    public static Opening open(Path file) throws UnreadableDocumentException {
        String name = oneLine(file.getFileName() == null ? file.toString() : file.getFileName().toString());
        BinaryFormat binary = binaryFormatFor(name);
        if (binary != null) {
            if (size(file, name) == 0) {
                throw new UnreadableDocumentException(name + " is empty.");
            }
            return binary.open(file, name);
        }
        if (!PLAIN_TEXT.equals(formatFor(name)) || size(file, name) <= QUICK_START_BYTES) {
            return Opening.complete(parse(read(file, name, Integer.MAX_VALUE), name, file));
        }
        // Two bytes past the search's end, so that a CRLF break at its very end is seen as in the whole.
        byte[] head = read(file, name, QUICK_START_BYTES + SEARCH_BYTES + 2);
        int cut = paragraphBreakAfter(head, QUICK_START_BYTES);
        if (cut < 0) {
            return Opening.complete(openLazily(file, name)); // one long paragraph: nothing to show sooner
        }
        Document start = parse(Arrays.copyOf(head, cut), name, file);
        return new Opening(start, () -> openLazily(file, name));
    }

    private static Document openLazily(Path file, String name) throws UnreadableDocumentException {
        try {
            return LazyPlainText.open(file, name);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The index just past the first blank line at or after {@code from} (LF or CRLF), or -1. */
    static int paragraphBreakAfter(byte[] bytes, int from) {
        int limit = Math.min(bytes.length - 1, from + SEARCH_BYTES);
        for (int i = from; i < limit; i++) {
            if (bytes[i] == '\n') {
                if (bytes[i + 1] == '\n') {
                    return i + 2;
                }
                if (bytes[i + 1] == '\r' && i + 2 < bytes.length && bytes[i + 2] == '\n') {
                    return i + 3;
                }
            }
        }
        return -1;
    }

    private static long size(Path file, String name) throws UnreadableDocumentException {
        if (Files.isDirectory(file)) {
            throw new UnreadableDocumentException(name + " is a directory, not an article.");
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The file's first {@code most} bytes (all of it if shorter). */
    private static byte[] read(Path file, String name, int most) throws UnreadableDocumentException {
        if (Files.isDirectory(file)) {
            throw new UnreadableDocumentException(name + " is a directory, not an article.");
        }
        try {
            if (most == Integer.MAX_VALUE) {
                return Files.readAllBytes(file);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(most);
            }
        } catch (OutOfMemoryError e) {
            throw new UnreadableDocumentException(name + " is too large to open.");
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static UnreadableDocumentException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new UnreadableDocumentException("No such file: " + file + ".");
        }
        if (e instanceof AccessDeniedException) {
            return new UnreadableDocumentException("Cannot read " + file + ": permission denied.");
        }
        return new UnreadableDocumentException("Cannot read " + file + ": " + e.getMessage() + ".", e);
    }

    private static DocumentFormat formatFor(String name) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        return FORMATS.stream().filter(f -> f.reads(lowerName)).findFirst().orElseThrow();
    }

    private static BinaryFormat binaryFormatFor(String name) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        return BINARY_FORMATS.stream().filter(f -> f.reads(lowerName)).findFirst().orElse(null);
    }

    /**
     * Builds a document from bytes; {@code name} picks the format and is the fallback title. An
     * archive format (a {@code .epub} name) reads the bytes as they are; the others read them
     * decoded as text.
     */
    public static Document parse(byte[] bytes, String fileName, Path source) throws UnreadableDocumentException {
        String name = oneLine(fileName); // shown as the title, in notices and refusals
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(name + " is empty.");
        }
        BinaryFormat binary = binaryFormatFor(name);
        if (binary != null) {
            return binary.parse(bytes, name, source);
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, name);
        String text = TextSanitizer.normaliseLayout(decoded.text());
        DocumentFormat.Body body = formatFor(name).parse(text, titleFromFileName(name));

        List<Paragraph> paragraphs = new ArrayList<>(body.blocks().size());
        for (DocumentFormat.Block block : body.blocks()) {
            String clean = TextSanitizer.clean(block.text());
            if (!clean.isBlank()) {
                String heading = block.heading() == null ? null : TextSanitizer.clean(block.heading());
                paragraphs.add(new Paragraph(paragraphs.size() + 1, clean, heading));
            }
        }
        if (paragraphs.isEmpty()) {
            throw new UnreadableDocumentException(name + (text.isBlank() ? " is empty." : " has no readable text."));
        }
        String title = cleanTitle(body.title());
        return new Document(title.isEmpty() ? name : title, paragraphs,
                LanguageGuesser.guess(readableSample(title, paragraphs)), source, decoded.notices(), body.metadata());
    }

    /**
     * {@code text} safe to show on one line: a file name may hold escapes, controls and line
     * breaks, and it is shown as the fallback title and in every message about its file.
     */
    static String oneLine(String text) {
        return text == null ? null : TextSanitizer.clean(text).replace('\n', ' ');
    }

    /** The title as shown: cleaned, on one line; empty when nothing readable is left (the file name is shown then). */
    static String cleanTitle(String title) {
        return TextSanitizer.clean(title).replace('\n', ' ').strip();
    }

    /**
     * The words a reader sees, for the language guess: the raw file would count HTML markup,
     * scripts and link targets, whose English keywords ("this", "for", "in") outvote a French
     * article. Only the start is copied, since the guesser reads no further.
     */
    static CharSequence readableSample(String title, List<Paragraph> paragraphs) {
        StringBuilder sample = new StringBuilder(title).append('\n');
        for (Paragraph paragraph : paragraphs) {
            if (sample.length() >= LanguageGuesser.SAMPLE_CHARS) {
                break;
            }
            String text = paragraph.text();
            sample.append(text, 0, Math.min(text.length(), LanguageGuesser.SAMPLE_CHARS)).append('\n');
        }
        return sample;
    }

    static String titleFromFileName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
