package dev.lectern.command;

import dev.lectern.session.Position;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code mark LETTER} and {@code marks}: the same marks as the m and ' keys. */
final class MarkCommands {
    private MarkCommands() {
    }

    static Command mark() {
        return new Command() {
            @Override
            public String name() {
                return "mark";
            }

            @Override
            public String usage() {
                return "mark LETTER";
            }

            @Override
            public String summary() {
                return "set a mark at the current paragraph";
            }

            @Override
            public String run(String arguments, ReaderContext reader) throws CommandException {
                String letter = arguments.strip();
                if (letter.codePointCount(0, letter.length()) != 1 || !Character.isLetter(letter.codePointAt(0))
                        || letter.length() != 1) {
                    throw new CommandException("Usage: " + usage() + " (marks are letters)");
                }
                reader.session().setMark(letter.charAt(0));
                return "Mark " + letter + " set at ¶" + reader.session().paragraph() + ".";
            }
        };
    }

    static Command marks() {
        return new Command() {
            @Override
            public String name() {
                return "marks";
            }

            @Override
            public String usage() {
                return "marks";
            }

            @Override
            public String summary() {
                return "list the marks";
            }

            @Override
            public String run(String arguments, ReaderContext reader) {
                Map<Character, Position> marks = reader.session().marks();
                if (marks.isEmpty()) {
                    return "No marks yet: m LETTER or mark LETTER sets one.";
                }
                return "Marks: " + marks.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + " ¶" + e.getValue().paragraph())
                        .collect(Collectors.joining(", "));
            }

            @Override
            public List<String> complete(List<String> previousWords, String word, ReaderContext reader) {
                return List.of();
            }
        };
    }
}
