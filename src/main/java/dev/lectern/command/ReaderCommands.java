package dev.lectern.command;

import dev.lectern.doc.Document;
import dev.lectern.doc.LibraryScope;
import dev.lectern.session.ReadLater;
import java.io.IOException;
import java.time.Instant;
import dev.lectern.doc.UnreadableDocumentException;
import dev.lectern.doc.WebAddress;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The commands that act on the reader itself: open, set, help, quit; and the standard set. */
public final class ReaderCommands {
    private ReaderCommands() {
    }

    /** Every command, for every face. */
    public static CommandSet standard() {
        return withOpen(open());
    }

    /** Every command, with {@code open} and its completion confined to a served library. */
    public static CommandSet inLibrary(LibraryScope library) {
        return withOpen(openInLibrary(library));
    }

    private static CommandSet withOpen(Command open) {
        CommandSet set = new CommandSet();
        set.add(new JumpCommand()).add(new SearchCommand()).add(new SummariseCommand()).add(new ContentsCommand()).add(new EntitiesCommand()).add(new GlossaryCommand()).add(MarkCommands.mark()).add(MarkCommands.marks())
                .add(open).add(save()).add(settings()).add(quit());
        set.add(help(set));
        return set;
    }

    /** {@code open} for a reader of a served library: its articles only, named as in the library. */
    static Command openInLibrary(LibraryScope library) {
        return new Command() {
            @Override
            public String name() {
                return "open";
            }

            @Override
            public String usage() {
                return "open FILE";
            }

            @Override
            public String summary() {
                return "open another article of the library";
            }

            @Override
            public String run(String arguments, ReaderContext reader) throws CommandException {
                String file = unquote(arguments.strip());
                if (file.isEmpty()) {
                    throw new CommandException("Usage: " + usage());
                }
                try {
                    reader.open(library.resolve(file));
                } catch (UnreadableDocumentException e) {
                    throw new CommandException(e.getMessage());
                }
                return null;
            }

            @Override
            public List<String> complete(List<String> previousWords, String word, ReaderContext reader) {
                return previousWords.isEmpty() ? namesInLibrary(library, word) : List.of();
            }
        };
    }

    /**
     * The library's files and directories that start with what was typed, named from the
     * library's root; nothing for a name that leads out of it (checked on real paths).
     */
    static List<String> namesInLibrary(LibraryScope library, String typed) {
        int slash = typed.lastIndexOf('/');
        String head = slash < 0 ? "" : typed.substring(0, slash + 1);
        Path directory;
        try {
            directory = head.isEmpty() ? library.root() : library.resolve(head);
        } catch (UnreadableDocumentException outside) {
            return List.of();
        }
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        String prefix = typed.substring(slash + 1);
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> !p.getFileName().toString().startsWith(".") || prefix.startsWith("."))
                    .filter(library::holds)
                    .map(p -> head + p.getFileName() + (Files.isDirectory(p) ? "/" : ""))
                    .sorted().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    static Command open() {
        return new Command() {
            @Override
            public String name() {
                return "open";
            }

            @Override
            public String usage() {
                return "open FILE|URL";
            }

            @Override
            public String summary() {
                return "open another article, from a file or the web (http, https)";
            }

            @Override
            public String run(String arguments, ReaderContext reader) throws CommandException {
                String file = unquote(arguments.strip());
                if (file.isEmpty()) {
                    throw new CommandException("Usage: " + usage());
                }
                if (isWebAddress(file)) {
                    try {
                        reader.openWeb(WebAddress.parse(file));
                    } catch (UnreadableDocumentException e) {
                        throw new CommandException(e.getMessage());
                    }
                    return null;
                }
                try {
                    reader.open(Path.of(file.startsWith("~/") ? System.getProperty("user.home") + file.substring(1) : file));
                } catch (InvalidPathException e) {
                    throw new CommandException("Not a file name: " + file + " (" + e.getReason() + ").");
                }
                return null;
            }

            @Override
            public List<String> complete(List<String> previousWords, String word, ReaderContext reader) {
                return previousWords.isEmpty() ? fileNames(word) : List.of();
            }
        };
    }

    static Command save() {
        return new Command() {
            @Override
            public String name() {
                return "save";
            }

            @Override
            public String usage() {
                return "save";
            }

            @Override
            public String summary() {
                return "keep this article in the reading list, to read later (offline too)";
            }

            @Override
            public String run(String arguments, ReaderContext reader) throws CommandException {
                if (!arguments.isBlank()) {
                    throw new CommandException("Usage: " + usage() + " (it saves the article being read)");
                }
                ReadLater list = reader.readingList();
                if (list == null) {
                    throw new CommandException("There is no reading list here.");
                }
                Document document = reader.document();
                try {
                    String title = "\u201c" + document.title() + "\u201d";
                    return switch (list.keep(document, Instant.now())) {
                        case SAVED -> "Saved " + title + " in the reading list.";
                        case UPDATED -> "Updated " + title + " in the reading list.";
                        case ALREADY_SAVED -> "Already in your reading list: " + title + ".";
                    };
                } catch (IOException e) {
                    throw new CommandException("Could not save to the reading list: " + e.getMessage());
                }
            }
        };
    }

    /** "http://...", "ftp:..." and the like, unless a file of that name is there: "notes:today.txt" stays a file. */
    public static boolean isWebAddress(String typed) {
        if (!WebAddress.looksLikeOne(typed)) {
            return false;
        }
        try {
            return !Files.exists(Path.of(typed));
        } catch (InvalidPathException notAFileName) {
            return true;
        }
    }

    /** Files and directories that start with what was typed; directories end with '/'. */
    static List<String> fileNames(String typed) {
        int slash = typed.lastIndexOf('/');
        Path directory;
        try {
            directory = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : typed.substring(0, slash));
        } catch (InvalidPathException notAName) { // a NUL typed or pasted: nothing to offer
            return List.of();
        }
        String prefix = typed.substring(slash + 1);
        String head = slash < 0 ? "" : typed.substring(0, slash + 1);
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> !p.getFileName().toString().startsWith(".") || prefix.startsWith("."))
                    .map(p -> head + p.getFileName() + (Files.isDirectory(p) ? "/" : ""))
                    .sorted().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    static Command settings() {
        return new Command() {
            @Override
            public String name() {
                return "set";
            }

            @Override
            public String usage() {
                return "set OPTION VALUE";
            }

            @Override
            public String summary() {
                return "change a setting (pane, wrap, theme)";
            }

            @Override
            public String run(String arguments, ReaderContext reader) throws CommandException {
                String[] words = arguments.strip().split("\\s+");
                if (words.length != 2) {
                    Map<String, List<String>> known = reader.settings();
                    StringBuilder help = new StringBuilder("Usage: " + usage() + ". Options:");
                    known.forEach((name, values) -> help.append(' ').append(name).append(" (").append(String.join("|", values)).append(')'));
                    throw new CommandException(help.toString());
                }
                reader.set(words[0], words[1]);
                return words[0] + " is now " + words[1] + ".";
            }

            @Override
            public List<String> complete(List<String> previousWords, String word, ReaderContext reader) {
                Map<String, List<String>> known = reader.settings();
                if (previousWords.isEmpty()) {
                    return known.keySet().stream().filter(n -> n.startsWith(word)).sorted().toList();
                }
                if (previousWords.size() == 1) {
                    return known.getOrDefault(previousWords.get(0), List.of()).stream().filter(v -> v.startsWith(word)).toList();
                }
                return List.of();
            }
        };
    }

    static Command quit() {
        return new Command() {
            @Override
            public String name() {
                return "quit";
            }

            @Override
            public String usage() {
                return "quit";
            }

            @Override
            public String summary() {
                return "quit Lectern";
            }

            @Override
            public String run(String arguments, ReaderContext reader) {
                reader.quit();
                return null;
            }
        };
    }

    static Command help(CommandSet set) {
        return new Command() {
            @Override
            public String name() {
                return "help";
            }

            @Override
            public String usage() {
                return "help [COMMAND]";
            }

            @Override
            public String summary() {
                return "list the commands, or explain one";
            }

            @Override
            public String run(String arguments, ReaderContext reader) throws CommandException {
                if (arguments.isBlank()) {
                    return "Commands: " + String.join(", ", set.commands().stream().map(Command::name).toList())
                            + ". help COMMAND tells more.";
                }
                Command command = set.find(arguments.strip());
                return command.usage() + ": " + command.summary() + ".";
            }

            @Override
            public List<String> complete(List<String> previousWords, String word, ReaderContext reader) {
                return previousWords.isEmpty()
                        ? set.commands().stream().map(Command::name).filter(n -> n.startsWith(word)).toList() : List.of();
            }
        };
    }

    static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
