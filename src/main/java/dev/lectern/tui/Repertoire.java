package dev.lectern.tui;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The characters the terminal can show: its locale's character set (LC_ALL, else LC_CTYPE,
 * else LANG, as the C library reads them), less the box-drawing characters on terminals that
 * have none (a vt100). A character it cannot show is drawn as one plain one in its place
 * (" for curly quotes, - for dashes, an accent dropped, else ?), so every column stays where
 * the layout put it.
 */
public final class Repertoire {
    /** Everything Unicode has: a UTF-8 terminal that draws boxes. */
    static final Repertoire UNICODE = new Repertoire(StandardCharsets.UTF_8, false);

    private final Charset charset;
    private final boolean asciiBoxes;
    /** For a charset other than UTF-8: which characters of the BMP it encodes. */
    private final boolean[] encodable;

    Repertoire(Charset charset, boolean asciiBoxes) {
        this.charset = charset;
        this.asciiBoxes = asciiBoxes;
        if (charset.equals(StandardCharsets.UTF_8)) {
            encodable = null;
        } else {
            encodable = new boolean[Character.MAX_VALUE + 1];
            CharsetEncoder encoder = charset.newEncoder();
            for (char c = 0; c < Character.MAX_VALUE; c++) {
                encodable[c] = !Character.isSurrogate(c) && encoder.canEncode(c);
            }
        }
    }

    /** What the terminal of this environment can show (see the class comment). */
    static Repertoire of(Map<String, String> environment) {
        Charset charset = charsetOf(environment);
        String term = environment.getOrDefault("TERM", "");
        boolean noBoxes = !charset.equals(StandardCharsets.UTF_8) || term.startsWith("vt");
        return charset.equals(StandardCharsets.UTF_8) && !noBoxes ? UNICODE : new Repertoire(charset, noBoxes);
    }

    /**
     * The locale's character set. No locale at all is taken as UTF-8 (what terminals are
     * today, and what Lectern always wrote); "C" and "POSIX" are ASCII; a language without a
     * codeset ("fr_FR") is the system's own for it, which the JVM read (native.encoding).
     */
    public static Charset charsetOf(Map<String, String> environment) {
        String locale = null;
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = environment.get(name);
            if (value != null && !value.isEmpty()) {
                locale = value;
                break;
            }
        }
        if (locale == null) {
            return StandardCharsets.UTF_8;
        }
        if (locale.equals("C") || locale.equals("POSIX")) {
            return StandardCharsets.US_ASCII;
        }
        int at = locale.indexOf('@');
        String name = at >= 0 ? locale.substring(0, at) : locale;
        int dot = name.indexOf('.');
        if (dot < 0) {
            Charset system = named(System.getProperty("native.encoding", ""));
            return system != null ? system : StandardCharsets.UTF_8;
        }
        Charset named = named(name.substring(dot + 1));
        return named != null ? named : StandardCharsets.US_ASCII; // a codeset unknown here: the safe subset
    }

    /** A codeset as locales spell it: UTF-8, utf8, ISO-8859-1, ISO8859-15, ANSI_X3.4-1968, KOI8-R... */
    private static Charset named(String codeset) {
        String plain = codeset.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (plain.isEmpty()) {
            return null;
        }
        if (plain.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        if (plain.equals("ansix341968") || plain.equals("ascii") || plain.equals("usascii")) {
            return StandardCharsets.US_ASCII;
        }
        if (plain.matches("iso8859\\d+")) {
            codeset = "ISO-8859-" + plain.substring(7);
        }
        try {
            return Charset.forName(codeset);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    Charset charset() {
        return charset;
    }

    boolean showsEverything() {
        return encodable == null && !asciiBoxes;
    }

    /** True when the terminal shows {@code c} as it is. */
    boolean shows(char c) {
        if (asciiBoxes && c >= 0x2500 && c <= 0x257F) {
            return false;
        }
        return encodable == null || encodable[c];
    }

    /**
     * A writer for text outside the screen (messages, an article printed to a pipe) in the
     * locale's character set; what it lacks is spelt plainly there ("..." for an ellipsis).
     */
    public static PrintWriter writer(OutputStream out, Map<String, String> environment) {
        Charset charset = charsetOf(environment);
        Writer encoded = new OutputStreamWriter(out, charset);
        if (charset.equals(StandardCharsets.UTF_8)) {
            return new PrintWriter(new BufferedWriter(encoded));
        }
        Repertoire shown = new Repertoire(charset, true);
        return new PrintWriter(new BufferedWriter(new FilterWriter(encoded) {
            @Override
            public void write(int c) throws IOException {
                char ch = (char) c;
                out.write(shown.shows(ch) ? String.valueOf(ch) : ch == '…' ? "..." : String.valueOf(shown.plain(ch)));
            }

            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                for (int i = offset; i < offset + length; i++) {
                    write(chars[i]);
                }
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                for (int i = offset; i < offset + length; i++) {
                    write(text.charAt(i));
                }
            }
        }));
    }

    /** One character the terminal can show in place of {@code c}, which it cannot. */
    char plain(char c) {
        char plain = switch (c) {
            case '‘', '’', '‚', '‛', '′', '`' -> '\'';
            case '“', '”', '„', '‟', '″', '«', '»' -> '"';
            case '‐', '‑', '‒', '–', '—', '―', '−' -> '-';
            case '…' -> '.';
            case '•', '·', '∙' -> '*';
            case '¶' -> '#';
            case '\u00A0', '\u2007', '\u2009', '\u200A', '\u202F' -> ' ';
            case '│', '┃', '║', '╎', '┆' -> '|';
            case '─', '━', '═', '╌', '┄' -> '-';
            case '€' -> 'E';
            default -> c >= 0x2500 && c <= 0x257F ? '+' : withoutAccent(c);
        };
        return shows(plain) ? plain : '?';
    }

    /** é as e, Ç as C: the letter without its marks, when that is one character. */
    private static char withoutAccent(char c) {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return base != c && base < 0x80 ? base : '?';
    }
}
