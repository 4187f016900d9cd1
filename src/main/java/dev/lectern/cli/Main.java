package dev.lectern.cli;

import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.doc.Library;
import dev.lectern.doc.TextSanitizer;
import dev.lectern.doc.UnreadableDocumentException;
import dev.lectern.keymap.KeymapLoader;
import dev.lectern.keymap.KeymapParser;
import dev.lectern.keymap.KeymapProblem;
import dev.lectern.session.PositionStore;
import dev.lectern.tui.FullScreen;
import dev.lectern.tui.Termination;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern [FILE|DIR]}: opens an article, or the library of a directory (default: content/). */
@Command(name = "lectern", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A keyboard-driven terminal reader for articles.%n"
                + "With no argument, lists the articles in content/. Press ? in the reader for the keys.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the file or directory could not be read", "2:bad usage"})
public final class Main implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE|DIR", description = "An article (.txt, .md, .html) or a directory of them.")
    Path target;

    @Option(names = "--keymap", paramLabel = "FILE", description = "Key bindings to use instead of ~/.config/lectern/keymap.conf.")
    Path keymapFile;

    @Option(names = "--no-color", description = "Draw without colours (also when NO_COLOR is set).")
    boolean noColor;

    private final Map<String, String> environment;
    private final PrintWriter out;
    private final PrintWriter err;

    Main(Map<String, String> environment, PrintWriter out, PrintWriter err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        if (isInteractive(System.getenv())) {
            FullScreen.openTerminalEarly();
        }
        int code = run(args, System.getenv(), out, err);
        FullScreen.closeUnusedTerminal();
        out.flush();
        err.flush();
        System.exit(code);
    }

    static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        if (isPlainOpen(args)) {
            return open(args, environment, out, err);
        }
        CommandLine commandLine = new CommandLine(new Main(environment, out, err));
        addSubcommands(commandLine, args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> crashed(e, environment, err));
        return commandLine.execute(args);
    }

    /**
     * {@code lectern} or {@code lectern FILE}, by far the most common calls: no option, no
     * subcommand. They skip picocli, whose classes (Java 5 bytecode, which class-data sharing
     * cannot archive) cost about 100 ms of the first paint.
     */
    private static boolean isPlainOpen(String[] args) {
        return args.length == 0 || args.length == 1 && !args[0].startsWith("-") && !args[0].isEmpty()
                && !SUBCOMMANDS.containsKey(args[0]);
    }

    private static int open(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        Main main = new Main(environment, out, err);
        try {
            main.target = args.length == 0 ? null : Path.of(args[0]);
        } catch (java.nio.file.InvalidPathException e) {
            main.complain("not a file name: " + args[0]);
            return 2;
        }
        try {
            return main.call();
        } catch (Exception e) {
            return crashed(e, environment, err);
        }
    }

    /** A bug: one line on standard error, the details in the log; exit code 1. */
    private static int crashed(Exception e, Map<String, String> environment, PrintWriter err) {
        Path log = logCrash(environment, e);
        err.println("lectern: unexpected error: " + e + (log != null ? ". Details in " + log : ""));
        return 1;
    }

    @Override
    public Integer call() throws IOException {
        List<String> notes = new ArrayList<>();
        KeymapParser.Result keymap;
        try {
            keymap = KeymapLoader.load(keymapFile, environment);
        } catch (IOException e) {
            err.println(safe("lectern: cannot read keymap " + keymapFile + ": " + describe(e)));
            return 2;
        }
        for (KeymapProblem problem : keymap.problems()) {
            notes.add("keymap: " + problem + ".");
        }
        Path where = target != null ? target : defaultLibrary();
        boolean interactive = isInteractive(environment);
        PositionStore store = new PositionStore(PositionStore.defaultStateDirectory(environment));
        FullScreen.Settings settings = new FullScreen.Settings(keymap.keymap(), noColor, environment, store, notes);
        List<String> warnings;
        try {
            if (Files.isDirectory(where)) {
                List<Library.Entry> entries = Library.list(where);
                if (!interactive) {
                    PlainText.printLibrary(where.toString(), entries, out);
                    return 0;
                }
                warnings = FullScreen.browse(where.toString(), entries, settings);
            } else {
                if (!interactive) {
                    Document document = DocumentLoader.load(where);
                    notes.forEach(note -> err.println(safe("lectern: " + note)));
                    document.notices().forEach(notice -> err.println(safe("lectern: " + notice)));
                    PlainText.print(document, plainWidth(), out);
                    return 0;
                }
                warnings = FullScreen.readArticle(DocumentLoader.open(where), settings);
            }
        } catch (UnreadableDocumentException e) {
            complain(e.getMessage());
            return 1;
        }
        notes.forEach(note -> err.println(safe("lectern: " + note)));
        warnings.forEach(warning -> err.println(safe("lectern: " + warning)));
        return Termination.requested() ? Termination.EXIT_CODE : 0;
    }

    private static final Map<String, Class<?>> SUBCOMMANDS = new java.util.LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("shell", ShellCommand.class);
        SUBCOMMANDS.put("entities", EntitiesCli.class);
        SUBCOMMANDS.put("glossary", GlossaryCli.class);
        SUBCOMMANDS.put("search", SearchCli.class);
        SUBCOMMANDS.put("summarise", SummariseCommand.class);
        SUBCOMMANDS.put("summarize", SummariseCommand.class);
        SUBCOMMANDS.put("completion", CompletionCommand.class);
        SUBCOMMANDS.put("serve", ServeCli.class);
    }

    /**
     * picocli builds every subcommand's model by reflection, some 50 ms on this machine; reading
     * an article needs none of them, so only the one named (or all, for help and completion)
     * is added.
     */
    private static void addSubcommands(CommandLine commandLine, String[] args) {
        String first = args.length > 0 ? args[0] : "";
        boolean all = first.equals("completion") || Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h");
        for (Map.Entry<String, Class<?>> entry : SUBCOMMANDS.entrySet()) {
            if (entry.getKey().equals("summarize")) {
                continue; // an alias of summarise
            }
            if (all || entry.getKey().equals(first) || (first.equals("summarize") && entry.getKey().equals("summarise"))) {
                commandLine.addSubcommand(entry.getValue());
            }
        }
    }

    /** A person at a terminal: full screen. Otherwise (a pipe, a file, TERM=dumb) plain text. */
    private static boolean isInteractive(Map<String, String> environment) {
        return System.console() != null && !"dumb".equals(environment.get("TERM"));
    }

    /** File names in messages come from the disk and may hold escape sequences too. */
    static String safe(String message) {
        return TextSanitizer.clean(message);
    }

    /** content/ beside the launcher (LECTERN_HOME), else in the current directory. */
    private Path defaultLibrary() {
        String home = environment.get("LECTERN_HOME");
        return home != null && !home.isBlank() ? Path.of(home, "content") : Path.of("content");
    }

    /** The article at {@code file}, or empty once its problem is reported on standard error. */
    java.util.Optional<Document> article(Path file) {
        try {
            return java.util.Optional.of(DocumentLoader.load(file));
        } catch (UnreadableDocumentException e) {
            complain(e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** One line on standard error, as every command reports a problem. */
    void complain(String message) {
        err.println(safe("lectern: " + message));
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    Map<String, String> environment() {
        return environment;
    }

    int plainWidth() {
        try {
            int columns = Integer.parseInt(environment.getOrDefault("COLUMNS", "80").strip());
            return columns >= 20 ? columns : 80;
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
    }

    /** Appends the stack trace to lectern.log in the state directory; returns where, or null. */
    static Path logCrash(Map<String, String> environment, Throwable error) {
        Path log = PositionStore.defaultStateDirectory(environment).resolve("lectern.log");
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, Instant.now() + " " + trace + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return log;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static PrintWriter utf8(FileDescriptor descriptor) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8)));
    }

    /** The version Maven wrote into lectern.properties. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/lectern.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"Lectern " + properties.getProperty("version", "unknown")};
        }
    }
}
