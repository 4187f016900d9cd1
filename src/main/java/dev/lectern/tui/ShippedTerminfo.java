package dev.lectern.tui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.jline.utils.InfoCmp;

/**
 * Terminal descriptions shipped in the jar (ncurses' own, {@code infocmp -x TYPE}; see
 * THIRD-PARTY.md), handed to JLine before it builds a terminal: JLine otherwise runs
 * {@code infocmp} in a child process for every type it has not loaded yet, some 30 ms of the
 * first screen, and a child in the terminal's foreground group that a Ctrl-Z could stop.
 */
public final class ShippedTerminfo {
    /** The types shipped under {@code terminfo/}, the common ones (regenerate with infocmp -x). */
    static final Set<String> TYPES = Set.of("xterm", "xterm-256color", "tmux", "tmux-256color", "screen",
            "screen-256color", "linux", "vt100");

    private ShippedTerminfo() {
    }

    /**
     * Gives JLine the shipped description of {@code type}, unless it has one already or the user
     * keeps descriptions of their own ({@code TERMINFO}, {@code TERMINFO_DIRS}, ~/.terminfo),
     * which infocmp then reads as before. Returns true when the shipped one is in place.
     */
    public static boolean register(String type, Map<String, String> environment) {
        if (type == null || !TYPES.contains(type)) {
            return false;
        }
        if (InfoCmp.getLoadedInfoCmp(type) != null) {
            return true;
        }
        if (hasOwnDescriptions(environment)) {
            return false;
        }
        String caps = read(type);
        if (caps == null) {
            return false;
        }
        InfoCmp.setLoadedInfoCmp(type, caps);
        return true;
    }

    /** The shipped text for {@code type}, or null. */
    static String read(String type) {
        try (InputStream in = ShippedTerminfo.class.getResourceAsStream("terminfo/" + type + ".caps")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    static boolean hasOwnDescriptions(Map<String, String> environment) {
        if (notBlank(environment.get("TERMINFO")) || notBlank(environment.get("TERMINFO_DIRS"))) {
            return true;
        }
        String home = environment.get("HOME");
        return notBlank(home) && Files.isDirectory(Path.of(home, ".terminfo"));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
