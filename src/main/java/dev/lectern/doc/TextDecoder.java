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
    private static final int SNIFF_BYTES = 8192;

    /** The text and, when the encoding had to be guessed, a notice saying so. */
    record Decoded(String text, List<String> notices) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes, String fileName) throws UnreadableDocumentException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decodeUtf8(bytes, 3, fileName);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), List.of());
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), List.of());
        }
        if (looksBinary(bytes)) {
            throw new UnreadableDocumentException(fileName + " looks like a binary file, not an article.");
        }
        return decodeUtf8(bytes, 0, fileName);
    }

    private static Decoded decodeUtf8(byte[] bytes, int offset, String fileName) {
        // The JDK's lenient decoder is several times faster than a strict one; only when it had
        // to replace something (or the file holds a real U+FFFD) is the strict check needed.
        String lenient = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return new Decoded(lenient, List.of());
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new Decoded(text, List.of());
        } catch (CharacterCodingException notUtf8) {
            return mostlyUtf8(lenient) ? new Decoded(lenient, List.of(fileName
                    + " has bytes that are not valid UTF-8: they are shown as \uFFFD."))
                    : new Decoded(new String(bytes, offset, bytes.length - offset, WINDOWS_1252),
                    List.of(fileName + " is not valid UTF-8: read as Windows-1252."));
        }
    }

    /**
     * A UTF-8 file with a few broken bytes (a bad copy, a cut download) is still UTF-8: reading
     * it all as Windows-1252 would garble every accent. It counts as UTF-8 when its well-formed
     * non-ASCII characters outnumber the broken sequences.
     */
    private static boolean mostlyUtf8(String lenient) {
        long broken = 0;
        long wellFormed = 0;
        for (int i = 0; i < lenient.length(); i++) {
            char c = lenient.charAt(i);
            if (c == '\uFFFD') {
                broken++;
            } else if (c > 0x7F) {
                wellFormed++;
            }
        }
        return wellFormed > broken;
    }

    /** NUL bytes, or a text where control bytes are common, is not something to read. */
    static boolean looksBinary(byte[] bytes) {
        int end = Math.min(bytes.length, SNIFF_BYTES);
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

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
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
