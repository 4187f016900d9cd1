package dev.lectern.doc;

import dev.lectern.analysis.LanguageGuesser;
import java.io.IOException;
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

    private DocumentLoader() {
    }

    /** True for the file names the library lists as articles. */
    public static boolean isArticleName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown")
                || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }

    /** Loads the whole document. */
    public static Document load(Path file) throws UnreadableDocumentException {
        return open(file).whole();
    }

    /**
     * Opens a document so that its first screen can be shown at once: a long plain-text file is
     * cut after the first paragraph break past {@value #QUICK_START_BYTES} bytes and that start
     * is parsed now; the whole is parsed when {@link Opening#loadRest()} asks. The start's
     * paragraphs are the whole's first paragraphs, since plain text splits only at blank lines.
     */
    public static Opening open(Path file) throws UnreadableDocumentException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes = read(file, name);
        int cut = bytes.length > QUICK_START_BYTES && PLAIN_TEXT.equals(formatFor(name))
                ? paragraphBreakAfter(bytes, QUICK_START_BYTES) : -1;
        if (cut < 0) {
            return Opening.complete(parse(bytes, name, file));
        }
        Document start = parse(Arrays.copyOf(bytes, cut), name, file);
        return new Opening(start, () -> parse(bytes, name, file));
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

    private static byte[] read(Path file, String name) throws UnreadableDocumentException {
        if (Files.isDirectory(file)) {
            throw new UnreadableDocumentException(name + " is a directory, not an article.");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException("No such file: " + file + ".");
        } catch (AccessDeniedException e) {
            throw new UnreadableDocumentException("Cannot read " + file + ": permission denied.");
        } catch (OutOfMemoryError e) {
            throw new UnreadableDocumentException(name + " is too large to open.");
        } catch (IOException e) {
            throw new UnreadableDocumentException("Cannot read " + file + ": " + e.getMessage() + ".", e);
        }
        return bytes;
    }

    private static DocumentFormat formatFor(String name) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        return FORMATS.stream().filter(f -> f.reads(lowerName)).findFirst().orElseThrow();
    }

    /** Builds a document from bytes; {@code name} picks the format and is the fallback title. */
    public static Document parse(byte[] bytes, String name, Path source) throws UnreadableDocumentException {
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(name + " is empty.");
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
        String title = TextSanitizer.clean(body.title()).replace('\n', ' ').strip();
        return new Document(title.isEmpty() ? name : title, paragraphs,
                LanguageGuesser.guess(readableSample(title, paragraphs)), source, decoded.notices());
    }

    /**
     * The words a reader sees, for the language guess: the raw file would count HTML markup,
     * scripts and link targets, whose English keywords ("this", "for", "in") outvote a French
     * article. Only the start is copied, since the guesser reads no further.
     */
    private static CharSequence readableSample(String title, List<Paragraph> paragraphs) {
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
