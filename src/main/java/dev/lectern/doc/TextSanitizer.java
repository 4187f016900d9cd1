package dev.lectern.doc;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.text.Normalizer;

/**
 * Makes untrusted text safe to draw on a terminal. Complete escape sequences (CSI, OSC, DCS and
 * the like) are dropped, since they are formatting that was meant for a terminal; any other
 * control character is shown visibly in caret notation ({@code ^[}, {@code ^G}), as {@code cat -v}
 * and {@code less} do, so nothing the file says is hidden. Text is composed (NFC) so that an
 * accent typed as a combining mark takes one column like its precomposed twin. Every step takes
 * time linear in the text's length, whatever the text: a file is untrusted.
 */
public final class TextSanitizer {
    private static final char ESC = 0x1B;
    private static final char BEL = 0x07;
    /** An OSC or DCS string longer than this is not a real sequence: show its ESC instead. */
    private static final int MAX_STRING_SEQUENCE = 4096;
    /**
     * The longest run of combining marks kept as one: Unicode's stream-safe format (UAX #15)
     * breaks longer runs with an invisible COMBINING GRAPHEME JOINER, since composing sorts a
     * run's marks by insertion, in time quadratic in its length. No language stacks this many.
     */
    static final int MAX_COMBINING_RUN = 30;
    private static final char COMBINING_GRAPHEME_JOINER = '\u034F';
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private TextSanitizer() {
    }

    /**
     * Normalises line ends (CRLF, CR, form feed as a paragraph break) and expands tabs to
     * eight-column stops. Done on the whole file before a format splits it into paragraphs.
     */
    static String normaliseLayout(String text) {
        if (text.indexOf('\r') < 0 && text.indexOf('\t') < 0 && text.indexOf('\f') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    out.append('\n');
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    column = 0;
                }
                case '\f' -> {
                    out.append("\n\n");
                    column = 0;
                }
                case '\t' -> {
                    int spaces = 8 - column % 8;
                    out.append(" ".repeat(spaces));
                    column += spaces;
                }
                case '\n' -> {
                    out.append(c);
                    column = 0;
                }
                default -> {
                    out.append(c);
                    column++;
                }
            }
        }
        return out.toString();
    }

    /** Drops escape sequences, makes other controls visible and composes accents. Keeps '\n'. */
    public static String clean(String text) {
        if (isPlain(text, 0, text.length())) {
            return text;
        }
        boolean controls = false;
        boolean maybeDecomposed = false;
        for (int i = 0; i < text.length() && !controls; i++) {
            char c = text.charAt(i);
            controls = isControl(c);
            maybeDecomposed |= !surelyComposed(c);
        }
        String safe = controls ? stripControls(text) : text;
        if (!controls && !maybeDecomposed) {
            return safe;
        }
        if (longestCombiningRun(safe, 0, safe.length()) > MAX_COMBINING_RUN) {
            safe = breakCombiningRuns(safe); // before composing, whose sort is the slow part
        }
        String composed = Normalizer.isNormalized(safe, Normalizer.Form.NFC) ? safe : Normalizer.normalize(safe, Normalizer.Form.NFC);
        // A few characters compose into two marks (U+0F73, U+0344): a run may have grown past
        // the limit. Broken once more it is stable, so that cleaning twice changes nothing.
        return longestCombiningRun(composed, 0, composed.length()) > MAX_COMBINING_RUN
                ? Normalizer.normalize(breakCombiningRuns(composed), Normalizer.Form.NFC) : composed;
    }

    /** A combining mark, or a character whose decomposition starts with one (U+0F73, U+0344). */
    private static boolean isMark(int c) {
        return c >= 0x300 && (UCharacter.getCombiningClass(c) != 0
                || UCharacter.getIntPropertyValue(c, UProperty.LEAD_CANONICAL_COMBINING_CLASS) != 0);
    }

    /** The length, in code points, of the longest run of combining marks in {@code text[from, to)}. */
    private static int longestCombiningRun(String text, int from, int to) {
        int longest = 0;
        int run = 0;
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            run = isMark(c) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** A COMBINING GRAPHEME JOINER after every {@value #MAX_COMBINING_RUN} marks in a row. */
    private static String breakCombiningRuns(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isMark(c)) {
                if (run == MAX_COMBINING_RUN) {
                    out.append(COMBINING_GRAPHEME_JOINER);
                    run = 0;
                }
                run++;
            } else {
                run = 0;
            }
            out.appendCodePoint(c);
        }
        return out.toString();
    }

    /**
     * True when {@link #clean} would return {@code text[from, to)} unchanged: no control
     * characters, already composed. Lets a scan count a paragraph's cleaned length without
     * building it.
     */
    static boolean isClean(String text, int from, int to) {
        if (isPlain(text, from, to)) {
            return true;
        }
        boolean maybeDecomposed = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                return false;
            }
            maybeDecomposed |= !surelyComposed(c);
        }
        return !maybeDecomposed || longestCombiningRun(text, from, to) <= MAX_COMBINING_RUN
                && Normalizer.isNormalized(text.substring(from, to), Normalizer.Form.NFC);
    }

    /**
     * True when {@code text[from, to)} holds only printable characters that are NFC whatever
     * follows them, which most text is: one quick pass, where the full checks take two.
     */
    private static boolean isPlain(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= 0x20 && c < 0x7F || c == '\n' || c >= 0xA0 && c < 0x300 || c >= 0x2010 && c <= 0x2027)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Characters that are NFC whatever follows them: Latin below the combining marks, and the
     * dashes, quotes and ellipsis of U+2010-U+2027. Lets most text skip the slower full check.
     */
    private static boolean surelyComposed(char c) {
        return c < 0x300 || (c >= 0x2010 && c <= 0x2027);
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F);
    }

    private static String stripControls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        StringStops stops = new StringStops(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = sequenceEnd(text, i, stops);
            if (end > i) {
                i = end;
            } else {
                appendVisible(out, c);
                i++;
            }
        }
        return out.toString();
    }

    /** Where the escape sequence starting at {@code start} ends, or {@code start} if there is none. */
    private static int sequenceEnd(String text, int start, StringStops stops) {
        char c = text.charAt(start);
        if (c == 0x9B) {
            return csiEnd(text, start + 1, start);
        }
        if (c == 0x9D || c == 0x90 || c == 0x98 || c == 0x9E || c == 0x9F) {
            return stringEnd(text, start + 1, start, stops);
        }
        if (c != ESC || start + 1 >= text.length()) {
            return start;
        }
        char next = text.charAt(start + 1);
        return switch (next) {
            case '[' -> csiEnd(text, start + 2, start);
            case ']', 'P', 'X', '^', '_' -> stringEnd(text, start + 2, start, stops);
            default -> escapeEnd(text, start + 1, start);
        };
    }

    /**
     * Any other escape: intermediate bytes (space to /), then one final byte (0 to ~), as in
     * {@code ESC ( B}, which tput writes before every colour reset. Stopping after the first
     * byte would leave the final "B" on screen.
     */
    private static int escapeEnd(String text, int from, int start) {
        int i = from;
        while (i < text.length() && i - from < 16 && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x2F) {
            i++;
        }
        return i < text.length() && text.charAt(i) >= 0x30 && text.charAt(i) <= 0x7E ? i + 1 : start;
    }

    /** A CSI sequence: parameter and intermediate bytes, then one final byte in @ to ~. */
    private static int csiEnd(String text, int from, int start) {
        for (int i = from; i < text.length() && i - from < 64; i++) {
            char c = text.charAt(i);
            if (c >= 0x40 && c <= 0x7E) {
                return i + 1;
            }
            if (c < 0x20 || c > 0x3F) {
                return start;
            }
        }
        return start;
    }

    /**
     * An OSC or DCS string, ended by BEL or ST (ESC \ or U+009C). Another ESC or a line end
     * aborts the string, as in a terminal; stopping there also keeps a file full of
     * unterminated "ESC ]" from being scanned 4 KB at a time.
     */
    private static int stringEnd(String text, int from, int start, StringStops stops) {
        int stop = stops.firstFrom(from);
        if (stop >= text.length() || stop - from >= MAX_STRING_SEQUENCE) {
            return start;
        }
        char c = text.charAt(stop);
        if (c == BEL || c == 0x9C) {
            return stop + 1;
        }
        return c == ESC && stop + 1 < text.length() && text.charAt(stop + 1) == '\\' ? stop + 2 : start;
    }

    /**
     * Where the next character that ends or aborts a string sequence is. Asked with ever later
     * positions, it reads the text once in all: a file of unterminated C1 string introducers
     * (U+009D, which no ESC or line end cuts short) would otherwise cost 4 KB of reading each.
     */
    private static final class StringStops {
        private final String text;
        private int next = -1;

        StringStops(String text) {
            this.text = text;
        }

        /** The first index at or after {@code from} of BEL, ST, ESC or a line end; the text's length if none. */
        int firstFrom(int from) {
            if (next < from) {
                next = from;
                while (next < text.length() && !isStringStop(text.charAt(next))) {
                    next++;
                }
            }
            return next;
        }

        private static boolean isStringStop(char c) {
            return c == BEL || c == 0x9C || c == ESC || c == '\n';
        }
    }

    private static void appendVisible(StringBuilder out, char c) {
        if (c < 0x20) {
            out.append('^').append((char) (c + 0x40));
        } else if (c == 0x7F) {
            out.append("^?");
        } else {
            // By hand: String.format costs microseconds, and a file may hold a million of these.
            out.append("<U+00").append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]).append('>');
        }
    }
}
