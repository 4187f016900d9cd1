package dev.lectern.ssh;

import dev.lectern.doc.LibraryScope;
import dev.lectern.doc.UnreadableDocumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an exec request ({@code ssh HOST search FILE WORDS --json}) asks, checked before anything
 * runs: split as a POSIX shell would (quotes, backslashes), one of the one-shot commands, and
 * its file named inside the library, which it then names by its real path.
 */
final class ExecRequest {
    static final String COMMANDS = "list, search, summarise, entities, glossary, help; with a terminal (ssh -t): open";
    static final String HELP = """
            Commands (FILE is an article of the library, as list names it):
              list                               the articles of the library
              search FILE WORDS [--json]         the matching paragraphs (exit 1: no match)
              summarise FILE [-n N] [--json]     the article in N key sentences
              entities FILE [--json]             its people, places, organisations and figures
              glossary FILE [--json]             its glossary
            With a terminal: ssh -t ... open FILE for that article in the full-screen reader,
            and ssh ... alone for the library.
            Exit codes: 0 success, 1 nothing found or unreadable, 2 bad usage.
            """;
    private static final Set<String> ON_A_FILE = Set.of("search", "summarise", "summarize", "entities", "glossary");

    /** A request that will not run: one line for the reader and the exit code. */
    static final class Refused extends Exception {
        final int exitCode;

        Refused(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }
    }

    private ExecRequest() {
    }

    /** The arguments to run ({@code help} alone for help), or why not. */
    static List<String> parse(String commandLine, LibraryScope scope) throws Refused {
        List<String> words = split(commandLine);
        if (words.isEmpty()) {
            throw new Refused("no command given; commands here: " + COMMANDS, 2);
        }
        String name = words.get(0);
        if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
            return List.of("help");
        }
        if (name.equals("list")) {
            if (words.size() > 1) {
                throw new Refused("list takes no argument", 2);
            }
            return words;
        }
        if (!ON_A_FILE.contains(name)) {
            throw new Refused("unknown command '" + printable(name) + "'; commands here: " + COMMANDS, 2);
        }
        if (words.stream().anyMatch(word -> word.startsWith("@"))) {
            // picocli would read arguments from that file, wherever it is.
            throw new Refused("an argument may not start with @ here", 2);
        }
        List<String> arguments = new ArrayList<>(words);
        boolean optionsOver = false;
        for (int i = 1; i < arguments.size(); i++) {
            String word = arguments.get(i);
            if (!optionsOver && word.equals("--")) {
                optionsOver = true;
            } else if (!optionsOver && word.startsWith("-") && word.length() > 1) {
                if (word.equals("-n")) {
                    i++; // its value
                }
            } else {
                try {
                    arguments.set(i, scope.resolve(word).toString());
                } catch (UnreadableDocumentException e) {
                    throw new Refused(e.getMessage(), e.getMessage().contains("outside the library") ? 2 : 1);
                }
                return arguments;
            }
        }
        return arguments; // no file: the command itself says what is missing
    }

    /** Words as sh splits them: '...' literal, "..." with \ before " \ $ `, \ elsewhere quotes one character. */
    static List<String> split(String line) throws Refused {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new Refused("a quote (') is not closed", 2);
                }
                word.append(line, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '"') {
                int j = i + 1;
                for (; j < line.length() && line.charAt(j) != '"'; j++) {
                    char d = line.charAt(j);
                    if (d == '\\' && j + 1 < line.length() && "\"\\$`".indexOf(line.charAt(j + 1)) >= 0) {
                        d = line.charAt(++j);
                    }
                    word.append(d);
                }
                if (j >= line.length()) {
                    throw new Refused("a quote (\") is not closed", 2);
                }
                i = j;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (c == ' ' || c == '\t' || c == '\n') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** A client's word, shown back without its control characters. */
    static String printable(String word) {
        String clean = word.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
