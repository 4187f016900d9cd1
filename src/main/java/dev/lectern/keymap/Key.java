package dev.lectern.keymap;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A key as keymap.conf names it: a character ({@code j}, {@code G}, {@code é}, {@code ?}), a
 * control or meta chord ({@code C-l}, {@code M-x}) or a named key ({@code Space}, {@code PageDown},
 * {@code F5}). Characters are what the layout produces, so AZERTY and other layouts just work.
 */
public record Key(String name) {
    private static final Set<String> NAMED = Set.of("Space", "Enter", "Tab", "Esc", "Backspace", "Delete", "Insert",
            "Up", "Down", "Left", "Right", "PageUp", "PageDown", "Home", "End",
            "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12");
    private static final Map<String, String> ALIASES = Map.of(
            "escape", "Esc", "return", "Enter", "pgup", "PageUp", "pgdn", "PageDown", "bs", "Backspace", "del", "Delete");

    // Written out: a record's own equals is bootstrapped through method handles on its first
    // call, which was the first key press (5-9 ms of it, looking the key up in the keymap).
    @Override
    public boolean equals(Object other) {
        return other instanceof Key key && name.equals(key.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    public static Key character(int codePoint) {
        return codePoint == ' ' ? new Key("Space") : new Key(Character.toString(codePoint));
    }

    public static Key control(char letter) {
        return new Key("C-" + Character.toLowerCase(letter));
    }

    public static Key meta(int codePoint) {
        return new Key("M-" + Character.toString(codePoint));
    }

    public static Key named(String name) {
        return parse(name).orElseThrow(() -> new IllegalArgumentException("not a key: " + name));
    }

    /**
     * Reads a key as written in keymap.conf; empty when the text names no key. A control
     * character written raw names none: it is written C-x or by its name (Tab, Esc...), and its
     * raw form would reach the screen in help and messages.
     */
    public static Optional<Key> parse(String text) {
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        if (text.codePointCount(0, text.length()) == 1) {
            return Optional.of(character(text.codePointAt(0)));
        }
        for (String named : NAMED) {
            if (named.equalsIgnoreCase(text)) {
                return Optional.of(new Key(named));
            }
        }
        String alias = ALIASES.get(text.toLowerCase(Locale.ROOT));
        if (alias != null) {
            return Optional.of(new Key(alias));
        }
        if (text.length() >= 3 && text.charAt(1) == '-') {
            String rest = text.substring(2);
            if (rest.codePointCount(0, rest.length()) != 1) {
                return Optional.empty();
            }
            char modifier = Character.toUpperCase(text.charAt(0));
            if (modifier == 'C' && Character.isLetter(rest.charAt(0)) && rest.charAt(0) < 0x80) {
                return Optional.of(control(rest.charAt(0)));
            }
            if (modifier == 'M') {
                return Optional.of(meta(rest.codePointAt(0)));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name;
    }
}
