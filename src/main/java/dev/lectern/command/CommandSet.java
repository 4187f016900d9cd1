package dev.lectern.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The commands a face offers, found by name, alias or unique prefix ({@code :ju 4}), with
 * completion of names and arguments and a "did you mean" for a mistyped name.
 */
public final class CommandSet {
    private final Map<String, Command> byName = new LinkedHashMap<>();
    private final List<Command> commands = new ArrayList<>();

    public CommandSet(Command... commands) {
        for (Command command : commands) {
            add(command);
        }
    }

    public CommandSet add(Command command) {
        commands.add(command);
        byName.put(command.name(), command);
        command.aliases().forEach(alias -> byName.put(alias, command));
        return this;
    }

    public List<Command> commands() {
        return List.copyOf(commands);
    }

    /** Every name and alias, in the order the commands were added. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The command a typed name means: exact name or alias, else the only one it is a prefix of. */
    public Command find(String typed) throws CommandException {
        String name = typed.toLowerCase(Locale.ROOT);
        Command exact = byName.get(name);
        if (exact != null) {
            return exact;
        }
        List<Command> matches = commands.stream()
                .filter(c -> c.name().startsWith(name) || c.aliases().stream().anyMatch(a -> a.startsWith(name)))
                .distinct().toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw new CommandException("'" + typed + "' could be " + String.join(", ", matches.stream().map(Command::name).toList()) + ".");
        }
        throw new CommandException("Unknown command '" + typed + "'." + didYouMean(name).map(s -> " Did you mean " + s + "?").orElse("")
                + " Type help for the list.");
    }

    private Optional<String> didYouMean(String typed) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        return byName.keySet().stream()
                .filter(n -> distance.apply(n, typed) <= (typed.length() <= 3 ? 1 : 2))
                .min(Comparator.comparingInt(n -> distance.apply(n, typed)));
    }

    /** Runs one command line; returns the message to show, or null. */
    public String run(String line, ReaderContext reader) throws CommandException {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        int space = firstSpace(trimmed);
        String name = space < 0 ? trimmed : trimmed.substring(0, space);
        String arguments = space < 0 ? "" : trimmed.substring(space + 1).strip();
        return find(name).run(arguments, reader);
    }

    /**
     * Completion candidates for a line being typed, with the cursor at its end: command names
     * for the first word, else what the command offers for the word being typed.
     */
    public List<String> complete(String line, ReaderContext reader) {
        List<String> words = new ArrayList<>(Arrays.asList(line.stripLeading().split("\\s+", -1)));
        if (words.size() <= 1) {
            String prefix = words.isEmpty() ? "" : words.get(0).toLowerCase(Locale.ROOT);
            return names().stream().filter(n -> n.startsWith(prefix)).toList();
        }
        try {
            Command command = find(words.get(0));
            String word = words.remove(words.size() - 1);
            return command.complete(words.subList(1, words.size()), word, reader);
        } catch (CommandException unknown) {
            return List.of();
        }
    }

    private static int firstSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
