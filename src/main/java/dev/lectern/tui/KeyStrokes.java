package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lectern.keymap.Key;
import java.util.Optional;

/** Translates Lanterna's key strokes into the keys keymap.conf names. */
final class KeyStrokes {
    private KeyStrokes() {
    }

    static boolean isInterrupt(KeyStroke stroke) {
        return stroke.getKeyType() == KeyType.Character && stroke.isCtrlDown() && !stroke.isAltDown()
                && Character.toLowerCase(stroke.getCharacter()) == 'c';
    }

    /** The bytes a terminal sends for a key: to hand keys typed ahead of ':' to the line editor. */
    static String toTerminalInput(KeyStroke stroke) {
        KeyType type = stroke.getKeyType();
        if (type == KeyType.Character) {
            char c = stroke.getCharacter();
            String plain = stroke.isCtrlDown() && c < 0x80 && Character.isLetter(c)
                    ? String.valueOf((char) (Character.toLowerCase(c) & 0x1F)) : String.valueOf(c);
            return stroke.isAltDown() ? "\033" + plain : plain;
        }
        return switch (type) {
            case Enter -> "\r";
            case Tab -> "\t";
            case Backspace -> "\177";
            case Escape -> "\033";
            case ArrowUp -> "\033[A";
            case ArrowDown -> "\033[B";
            case ArrowRight -> "\033[C";
            case ArrowLeft -> "\033[D";
            case Home -> "\033[H";
            case End -> "\033[F";
            case Delete -> "\033[3~";
            case PageUp -> "\033[5~";
            case PageDown -> "\033[6~";
            default -> "";
        };
    }

    static Optional<Key> toKey(KeyStroke stroke) {
        KeyType type = stroke.getKeyType();
        if (type == KeyType.Character) {
            char c = stroke.getCharacter();
            if (stroke.isCtrlDown() && Character.isLetter(c) && c < 0x80) {
                return Optional.of(Key.control(c));
            }
            if (stroke.isAltDown()) {
                return Optional.of(Key.meta(c));
            }
            return Optional.of(Key.character(c));
        }
        String name = switch (type) {
            case Enter -> "Enter";
            case Tab -> "Tab";
            case Escape -> "Esc";
            case Backspace -> "Backspace";
            case Delete -> "Delete";
            case Insert -> "Insert";
            case ArrowUp -> "Up";
            case ArrowDown -> "Down";
            case ArrowLeft -> "Left";
            case ArrowRight -> "Right";
            case PageUp -> "PageUp";
            case PageDown -> "PageDown";
            case Home -> "Home";
            case End -> "End";
            case F1 -> "F1";
            case F2 -> "F2";
            case F3 -> "F3";
            case F4 -> "F4";
            case F5 -> "F5";
            case F6 -> "F6";
            case F7 -> "F7";
            case F8 -> "F8";
            case F9 -> "F9";
            case F10 -> "F10";
            case F11 -> "F11";
            case F12 -> "F12";
            default -> null;
        };
        return Optional.ofNullable(name).map(Key::named);
    }
}
