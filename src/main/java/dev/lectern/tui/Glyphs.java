package dev.lectern.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import dev.lectern.layout.DisplayWidth;

/**
 * Makes text drawable by Lanterna without shifting columns. Lanterna cannot draw characters
 * outside the Basic Multilingual Plane (emoji come out as "??", its issue #505), and it counts
 * some characters' width differently from the terminal; such a character is replaced by a
 * placeholder of the width the terminal would give it. Zero-width marks left after NFC are dropped.
 * A character outside the terminal's {@link Repertoire} (a Latin-1 terminal, a vt100's boxes)
 * is drawn as a plain one of the same width.
 */
public final class Glyphs {
    /** Shown for a one-column character that cannot be drawn. */
    public static final char PLACEHOLDER = '\uFFFD';

    private Glyphs() {
    }

    /** For a terminal that shows all of Unicode. */
    public static String drawable(String text) {
        return drawable(text, Repertoire.UNICODE);
    }

    /** For a terminal that shows {@code shown} (each reader's terminal has its own). */
    static String drawable(String text, Repertoire shown) {
        String unicode = drawableInUnicode(text);
        return shown.showsEverything() ? unicode : within(unicode, shown);
    }

    private static String within(String text, Repertoire shown) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!shown.shows(c) && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (shown.shows(c)) {
                    out.append(c);
                } else if (DisplayWidth.of(c) == 2) {
                    out.append(shown.plain(PLACEHOLDER)).append(' '); // both columns, as the layout counted
                } else {
                    out.append(shown.plain(c));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String drawableInUnicode(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            int width = DisplayWidth.of(cp);
            boolean fine = width > 0 && cp <= 0xFFFF && lanternaWidth((char) cp) == width;
            if (!fine && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (fine) {
                    out.append((char) cp);
                } else if (width == 1) {
                    out.append(PLACEHOLDER);
                } else if (width == 2) {
                    out.append(PLACEHOLDER).append(' ');
                }
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private static int lanternaWidth(char c) {
        // Lanterna's wide characters all lie in Unicode blocks from U+1100 on; its look-up is slow.
        return c >= 0x1100 && TerminalTextUtils.isCharDoubleWidth(c) ? 2 : 1;
    }
}
