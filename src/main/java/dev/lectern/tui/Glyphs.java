package dev.lectern.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import dev.lectern.layout.DisplayWidth;

/**
 * Makes text drawable by Lanterna without shifting columns. Lanterna cannot draw characters
 * outside the Basic Multilingual Plane (emoji come out as "??", its issue #505), and it counts
 * some characters' width differently from the terminal; such a character is replaced by a
 * placeholder of the width the terminal would give it. Zero-width marks left after NFC are dropped.
 */
public final class Glyphs {
    /** Shown for a one-column character that cannot be drawn. */
    public static final char PLACEHOLDER = '\uFFFD';

    private Glyphs() {
    }

    public static String drawable(String text) {
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
