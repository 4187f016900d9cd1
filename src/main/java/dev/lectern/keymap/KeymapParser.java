package dev.lectern.keymap;

import dev.lectern.session.Action;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads keymap.conf: {@code bind <key> <action>}, {@code unbind <key>} and {@code #} comments,
 * applied on top of the defaults. A bad line is reported with its file and line number and
 * skipped; the rest still loads.
 */
public final class KeymapParser {
    /** The keymap that results, and the lines that could not be used. */
    public record Result(Keymap keymap, List<KeymapProblem> problems) {
    }

    private KeymapParser() {
    }

    public static Result parse(String fileName, String text, Keymap base) {
        Map<Key, Action> bindings = new LinkedHashMap<>(base.bindings());
        Map<Key, Integer> seenOnLine = new HashMap<>();
        List<KeymapProblem> problems = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> words = words(line);
            String verb = words.get(0);
            Optional<String> problem = switch (verb) {
                case "bind" -> bind(words, lineNumber, bindings, seenOnLine);
                case "unbind" -> unbind(words, lineNumber, bindings, seenOnLine);
                default -> Optional.of("unknown command '" + verb + "' (expected bind or unbind)");
            };
            problem.ifPresent(message -> problems.add(new KeymapProblem(fileName, lineNumber, message)));
        }
        return new Result(new Keymap(bindings), problems);
    }

    private static Optional<String> bind(List<String> words, int line, Map<Key, Action> bindings,
                                         Map<Key, Integer> seenOnLine) {
        if (words.size() != 3) {
            return Optional.of("expected 'bind <key> <action>'");
        }
        Optional<Key> key = Key.parse(words.get(1));
        if (key.isEmpty()) {
            return Optional.of("unknown key '" + words.get(1) + "'");
        }
        Optional<Action> action = Action.byConfigName(words.get(2));
        if (action.isEmpty()) {
            return Optional.of("unknown action '" + words.get(2) + "'");
        }
        Integer earlier = seenOnLine.putIfAbsent(key.get(), line);
        if (earlier != null) {
            return Optional.of("duplicate: " + key.get() + " is already set on line " + earlier);
        }
        bindings.put(key.get(), action.get());
        return Optional.empty();
    }

    private static Optional<String> unbind(List<String> words, int line, Map<Key, Action> bindings,
                                           Map<Key, Integer> seenOnLine) {
        if (words.size() != 2) {
            return Optional.of("expected 'unbind <key>'");
        }
        Optional<Key> key = Key.parse(words.get(1));
        if (key.isEmpty()) {
            return Optional.of("unknown key '" + words.get(1) + "'");
        }
        Integer earlier = seenOnLine.putIfAbsent(key.get(), line);
        if (earlier != null) {
            return Optional.of("duplicate: " + key.get() + " is already set on line " + earlier);
        }
        bindings.remove(key.get());
        return Optional.empty();
    }

    /** Splits on white space; a word starting with # after the key ends the line: a comment. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        for (String word : line.split("\\s+")) {
            if (words.size() >= 2 && word.startsWith("#")) {
                break;
            }
            words.add(word);
        }
        return words;
    }
}
