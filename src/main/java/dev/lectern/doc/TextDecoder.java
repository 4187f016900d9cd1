package dev.lectern.doc;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, and
 * Windows-1252 when the bytes are not valid UTF-8, which is what old "ANSI" files are.
 */
final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final int SNIFF_BYTES = 8192;

    /** The text and, when the encoding had to be guessed, a notice saying so. */
    record Decoded(String text, List<String> notices) {
    }

    private TextDecoder() {
    }

    /**
     * How a file's text is encoded, as far as its first bytes tell: {@code start} skips the BOM.
     * UTF-8 may still turn out to be Windows-1252 once the whole file has been checked.
     */
    record Encoding(Charset charset, int start) {
    }

    /** The encoding its BOM gives, else UTF-8; {@code head} is at least the file's first 8 KB. */
    static Encoding sniff(byte[] head, int length, String fileName) throws UnreadableDocumentException {
        if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, length, 0xFF, 0xFE)) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(head, length, 0xFE, 0xFF)) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        if (looksBinary(head, length)) {
            throw new UnreadableDocumentException(fileName + " looks like a binary file, not an article.");
        }
        return new Encoding(StandardCharsets.UTF_8, 0);
    }

    static Decoded decode(byte[] bytes, String fileName) throws UnreadableDocumentException {
        Encoding encoding = sniff(bytes, bytes.length, fileName);
        int start = encoding.start();
        if (encoding.charset() == StandardCharsets.UTF_8) {
            return decodeUtf8(bytes, start, fileName);
        }
        return new Decoded(new String(bytes, start, bytes.length - start, encoding.charset()), List.of());
    }

    private static Decoded decodeUtf8(byte[] bytes, int offset, String fileName) {
        // The JDK's lenient decoder is several times faster than a strict one; only when it had
        // to replace something (or the file holds a real U+FFFD) is the strict check needed.
        String lenient = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0 || isStrictUtf8(bytes, offset, bytes.length - offset)) {
            return new Decoded(lenient, List.of());
        }
        Utf8Count count = new Utf8Count();
        count.add(lenient);
        return count.mostlyUtf8() ? new Decoded(lenient, List.of(brokenUtf8Notice(fileName)))
                : new Decoded(new String(bytes, offset, bytes.length - offset, WINDOWS_1252),
                List.of(windows1252Notice(fileName)));
    }

    /** True when the bytes are well-formed UTF-8, as the JDK's strict decoder sees them. */
    static boolean isStrictUtf8(byte[] bytes, int offset, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    static String brokenUtf8Notice(String fileName) {
        return fileName + " has bytes that are not valid UTF-8: they are shown as \uFFFD.";
    }

    static String windows1252Notice(String fileName) {
        return fileName + " is not valid UTF-8: read as Windows-1252.";
    }

    /**
     * A UTF-8 file with a few broken bytes (a bad copy, a cut download) is still UTF-8: reading
     * it all as Windows-1252 would garble every accent. It counts as UTF-8 when its well-formed
     * non-ASCII characters outnumber the broken sequences. Counted over leniently decoded text,
     * which may come in pieces.
     */
    static final class Utf8Count {
        private long broken;
        private long wellFormed;

        void add(String lenient) {
            for (int i = 0; i < lenient.length(); i++) {
                char c = lenient.charAt(i);
                if (c == '\uFFFD') {
                    broken++;
                } else if (c > 0x7F) {
                    wellFormed++;
                }
            }
        }

        boolean mostlyUtf8() {
            return wellFormed > broken;
        }
    }

    /** NUL bytes, or a text where control bytes are common, is not something to read. */
    static boolean looksBinary(byte[] bytes) {
        return looksBinary(bytes, bytes.length);
    }

    private static boolean looksBinary(byte[] bytes, int length) {
        int end = Math.min(length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return end > 0 && controls * 10 > end;
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
