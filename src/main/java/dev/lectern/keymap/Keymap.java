package dev.lectern.keymap;

import dev.lectern.session.Action;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which action each key triggers. Built from the defaults, then changed by keymap.conf. */
public final class Keymap {
    private final Map<Key, Action> bindings;

    Keymap(Map<Key, Action> bindings) {
        this.bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
    }

    /** The bindings Lectern ships with; keymap.conf in the repository lists the same. */
    public static Keymap defaults() {
        Map<Key, Action> map = new LinkedHashMap<>();
        bind(map, Action.NEXT_PARAGRAPH, "j", "Down", "Space", "PageDown");
        bind(map, Action.PREVIOUS_PARAGRAPH, "k", "Up", "b", "PageUp");
        bind(map, Action.FIRST_PARAGRAPH, "g", "Home");
        bind(map, Action.LAST_PARAGRAPH, "G", "End");
        bind(map, Action.SET_MARK, "m");
        bind(map, Action.GO_TO_MARK, "'");
        bind(map, Action.TOGGLE_PANE, "e");
        bind(map, Action.FOCUS_PANE, "Tab");
        bind(map, Action.TABLE_OF_CONTENTS, "t");
        bind(map, Action.GLOSSARY, "d");
        bind(map, Action.COMMAND_LINE, ":");
        bind(map, Action.SEARCH, "/");
        bind(map, Action.NEXT_MATCH, "n");
        bind(map, Action.PREVIOUS_MATCH, "N");
        bind(map, Action.OPEN, "Enter");
        bind(map, Action.REMOVE_ARTICLE, "D");
        bind(map, Action.HELP, "?");
        bind(map, Action.CLOSE, "Esc");
        bind(map, Action.QUIT, "q");
        bind(map, Action.REDRAW, "C-l");
        return new Keymap(map);
    }

    private static void bind(Map<Key, Action> map, Action action, String... keys) {
        for (String key : keys) {
            map.put(Key.named(key), action);
        }
    }

    public Optional<Action> actionFor(Key key) {
        return Optional.ofNullable(bindings.get(key));
    }

    /** The keys bound to an action, in the order they were bound. */
    public List<Key> keysFor(Action action) {
        List<Key> keys = new ArrayList<>();
        bindings.forEach((key, bound) -> {
            if (bound == action) {
                keys.add(key);
            }
        });
        return keys;
    }

    public Map<Key, Action> bindings() {
        return bindings;
    }
}
