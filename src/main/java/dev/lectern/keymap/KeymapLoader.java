package dev.lectern.keymap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Finds and reads the keymap: the file given with --keymap, else
 * $XDG_CONFIG_HOME/lectern/keymap.conf (default ~/.config/lectern/keymap.conf), else the defaults.
 */
public final class KeymapLoader {
    private KeymapLoader() {
    }

    /** The user's keymap file, whether or not it exists. */
    public static Path userKeymap(Map<String, String> environment) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return config.resolve("lectern").resolve("keymap.conf");
    }

    /**
     * Reads {@code explicit} if given (it must exist), else the user's keymap if there is one.
     * A file that exists but cannot be read is a problem, reported like a bad line.
     */
    public static KeymapParser.Result load(Path explicit, Map<String, String> environment) throws IOException {
        Path file = explicit != null ? explicit : userKeymap(environment);
        if (explicit == null && !Files.exists(file)) {
            return new KeymapParser.Result(Keymap.defaults(), List.of());
        }
        if (explicit == null) {
            try {
                return read(file);
            } catch (IOException unreadable) {
                // The user's own file is not something they asked for on this run: warn, go on.
                return new KeymapParser.Result(Keymap.defaults(),
                        List.of(new KeymapProblem(file.toString(), 0, "cannot be read (" + unreadable.getMessage()
                                + "); using the default keys")));
            }
        }
        return read(file);
    }

    /** Reads a keymap; a byte that is not UTF-8 only spoils its own line, reported as a bad key. */
    private static KeymapParser.Result read(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return KeymapParser.parse(file.toString(), text, Keymap.defaults());
    }
}
