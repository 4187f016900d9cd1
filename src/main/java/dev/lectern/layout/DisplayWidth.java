package dev.lectern.layout;

import org.jline.utils.WCWidth;

/** How many terminal columns a character takes: 0 for combining marks, 2 for wide CJK and emoji. */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    public static int of(int codePoint) {
        if (codePoint >= 0x20 && codePoint < 0x7F) {
            return 1;
        }
        if (codePoint >= 0xA0 && codePoint < 0x300) {
            return 1;
        }
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0)) {
            return 0;
        }
        return Math.max(0, WCWidth.wcwidth(codePoint));
    }

    /** Columns taken by {@code text[start, end)}. */
    public static int of(CharSequence text, int start, int end) {
        int width = 0;
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(text, i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    public static int of(CharSequence text) {
        return of(text, 0, text.length());
    }
}
