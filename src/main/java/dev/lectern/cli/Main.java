package dev.lectern.cli;

import dev.lectern.command.ReaderCommands;
import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.doc.Download;
import dev.lectern.doc.FetchException;
import dev.lectern.doc.FetchSettings;
import dev.lectern.doc.Library;
import dev.lectern.doc.Opening;
import dev.lectern.doc.TextSanitizer;
import dev.lectern.doc.UnreadableDocumentException;
import dev.lectern.doc.WebAddress;
import dev.lectern.keymap.KeymapLoader;
import dev.lectern.keymap.KeymapParser;
import dev.lectern.keymap.KeymapProblem;
import dev.lectern.session.PositionStore;
import dev.lectern.session.ReadingList;
import dev.lectern.session.StartTrace;
import dev.lectern.tui.FullScreen;
import dev.lectern.tui.SystemTerminal;
import dev.lectern.tui.Repertoire;
import dev.lectern.tui.Termination;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern [FILE|DIR|URL]}: opens an article, from a file or the web, or the library of a directory (default: content/). */
@Command(name = "lectern", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A keyboard-driven terminal reader for articles.%n"
                + "With no argument, lists the articles in content/. Press ? in the reader for the keys.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the file, directory or page could not be read as an article", "2:bad usage",
            "3:the web page could not be fetched (no such host, no connection, timeout, TLS, HTTP error, too big, "
                    + "too many redirects, stopped)",
            "70:Lectern crashed (details in lectern.log in the state directory)", "143:stopped by SIGTERM"})
public final class Main implements Callable<Integer> {
    /** Typed as a path so that shell completion offers file names; {@link #typed} gives it as written. */
    @Parameters(arity = "0..1", paramLabel = "FILE|DIR|URL",
            description = "An article (.txt, .md, .html), a directory of them, or an http(s) address.")
    Path targetPath;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The FILE|DIR|URL argument as typed (a path would turn "http://" into "http:/"); null for none. */
    String target;

    @Option(names = "--keymap", paramLabel = "FILE", description = "Key bindings to use instead of ~/.config/lectern/keymap.conf.")
    Path keymapFile;

    @Option(names = "--no-color", description = "Draw without colours (also when NO_COLOR is set).")
    boolean noColor;

    /** The exit code when a web page could not be fetched. */
    static final int UNFETCHABLE = 3;

    private final Map<String, String> environment;
    private final PrintWriter out;
    private final PrintWriter err;
    /** True when standard error is a terminal: a fetch's progress is shown there. */
    private final boolean progressOnStderr;
    /** The exit code for the last article that could not be had (see {@link #article}). */
    private int failure = 1;

    Main(Map<String, String> environment, PrintWriter out, PrintWriter err) {
        this(environment, out, err, false);
    }

    Main(Map<String, String> environment, PrintWriter out, PrintWriter err, boolean progressOnStderr) {
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.progressOnStderr = progressOnStderr;
    }

    public static void main(String[] args) {
        System.exit(start(args));
    }

    /** The whole run of {@code lectern ARGS} as a user starts it, up to its exit code. */
    static int start(String[] args) {
        StartTrace.mark("Main reached");
        // First: the terminal takes longest to open (JLine's native library, terminfo, signals).
        if (isInteractive(System.getenv())) {
            SystemTerminal.openEarly();
        }
        PrintWriter out = Repertoire.writer(new FileOutputStream(FileDescriptor.out), System.getenv());
        PrintWriter err = Repertoire.writer(new FileOutputStream(FileDescriptor.err), System.getenv());
        CrashReport crashes = CrashReport.forEnvironment(System.getenv());
        // A thread other than main that dies ends the program the same way (the full-screen
        // reader puts its own in place while it has the terminal, see FullScreen).
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            err.println(crashes.record(error, thread.getName()));
            err.flush();
            System.exit(CrashReport.EXIT_CODE);
        });
        int code = run(args, System.getenv(), out, err, stderrIsTerminal(System.getenv()));
        SystemTerminal.closeUnused();
        out.flush();
        err.flush();
        StartTrace.print(err);
        return code;
    }

    static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        return run(args, environment, out, err, false);
    }

    static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err, boolean progressOnStderr) {
        CrashReport crashes = CrashReport.forEnvironment(environment);
        try {
            if (isPlainOpen(args)) {
                return open(args, environment, out, err, progressOnStderr);
            }
            CommandLine commandLine = new CommandLine(new Main(environment, out, err, progressOnStderr));
            addSubcommands(commandLine, args);
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setExecutionExceptionHandler((e, line, parsed) -> crashed(e, crashes, err));
            return commandLine.execute(args);
        } catch (Throwable e) { // an Error too: NoClassDefFoundError, StackOverflowError, a crash on another thread
            return crashed(e, crashes, err);
        }
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

    private static int open(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err,
                            boolean progressOnStderr) throws Exception {
        Main main = new Main(environment, out, err, progressOnStderr);
        main.target = args.length == 0 ? null : args[0];
        return main.call();
    }

    /** A bug: one line on standard error, the details in the log (see {@link CrashReport}). */
    private static int crashed(Throwable e, CrashReport crashes, PrintWriter err) {
        err.println(crashes.record(e, null)); // it may come from another thread (see FullScreen)
        return CrashReport.EXIT_CODE;
    }

    @Override
    public Integer call() throws IOException {
        if (target == null && targetPath != null) {
            target = typed(spec, 0);
        }
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
        boolean interactive = isInteractive(environment);
        PositionStore store = new PositionStore(PositionStore.defaultStateDirectory(environment));
        ReadingList readingList = ReadingList.standard(environment);
        FullScreen.Settings settings = new FullScreen.Settings(keymap.keymap(), noColor, environment, store, notes,
                fetchSettings(), readingList);
        if (target != null && ReaderCommands.isWebAddress(target)) {
            return readWeb(target, settings, interactive, notes);
        }
        Path where;
        try {
            where = target != null ? Path.of(target) : defaultLibrary(environment);
        } catch (java.nio.file.InvalidPathException e) {
            complain("not a file name: " + target);
            return 2;
        }
        List<String> warnings;
        try {
            if (Files.isDirectory(where)) {
                List<Library.Entry> entries = new ArrayList<>(Library.list(where));
                entries.addAll(savedArticles(readingList, notes));
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
                StartTrace.mark("settings read");
                Opening opening = DocumentLoader.open(where);
                StartTrace.mark("article's first part parsed");
                warnings = FullScreen.readArticle(opening, settings);
            }
        } catch (UnreadableDocumentException e) {
            complain(e.getMessage());
            return 1;
        }
        notes.forEach(note -> err.println(safe("lectern: " + note)));
        warnings.forEach(warning -> err.println(safe("lectern: " + warning)));
        return Termination.exitCode(); // 0, or 143 after SIGTERM, 129 after a hang-up
    }

    /** The reading list's articles, shown in the library after the directory's; a problem is a note. */
    private static List<Library.Entry> savedArticles(ReadingList readingList, List<String> notes) {
        try {
            return readingList.articles();
        } catch (IOException e) {
            notes.add("cannot read the reading list " + readingList.directory() + ": " + e.getMessage() + ".");
            return List.of();
        }
    }

    /**
     * {@code lectern URL}: the article fetched, then read as any other; piped, it is printed.
     * Every failure is one line and its exit code: 2 for an address that is not http(s), 3 when
     * the page could not be fetched, 1 when what came is not an article.
     */
    private int readWeb(String typed, FullScreen.Settings settings, boolean interactive, List<String> notes) throws IOException {
        URI address;
        try {
            address = WebAddress.parse(typed);
        } catch (UnreadableDocumentException e) {
            complain(e.getMessage());
            return 2;
        }
        if (!interactive) {
            Document document;
            try {
                document = fetch(address);
            } catch (UnreadableDocumentException e) {
                complain(e.getMessage());
                return exitCodeFor(e);
            }
            notes.forEach(note -> err.println(safe("lectern: " + note)));
            document.notices().forEach(notice -> err.println(safe("lectern: " + notice)));
            PlainText.print(document, plainWidth(), out);
            return 0;
        }
        Download download = Download.start(address, settings.fetch());
        List<String> warnings = FullScreen.readWeb(download, settings);
        notes.forEach(note -> err.println(safe("lectern: " + note)));
        warnings.forEach(warning -> err.println(safe("lectern: " + warning)));
        if (!download.isDone()) {
            download.cancel(); // the reader was stopped (SIGTERM) while the page was coming
        } else if (!Termination.requested()) {
            try {
                download.document();
            } catch (UnreadableDocumentException e) {
                complain(e.getMessage()); // stopped with Esc or Ctrl-C, or it failed: the screen is gone now
                return exitCodeFor(e);
            }
        }
        return Termination.requested() ? Termination.EXIT_CODE : 0;
    }

    /**
     * Positional parameter {@code index} as it was typed. FILE|URL parameters are declared as
     * paths, for the completion script's file names, and read back as text, since a path would
     * turn "http://" into "http:/".
     */
    static String typed(CommandLine.Model.CommandSpec spec, int index) {
        List<String> values = spec.positionalParameters().get(index).originalStringValues();
        return values.isEmpty() ? null : values.get(0);
    }

    /** 3 for a page that could not be fetched, 1 for anything else that is not an article. */
    static int exitCodeFor(UnreadableDocumentException e) {
        return e instanceof FetchException ? UNFETCHABLE : 1;
    }

    FetchSettings fetchSettings() {
        return FetchSettings.from(environment, Version.number());
    }

    /**
     * Fetches an article, showing on standard error how much has come when that is a terminal;
     * the line is wiped once done, so that only the article (or the reason there is none) is left.
     */
    Document fetch(URI address) throws UnreadableDocumentException {
        Download download = Download.start(address, fetchSettings());
        boolean shown = false;
        while (!download.await(100)) {
            if (progressOnStderr) {
                err.print("\r" + safe(download.progress()) + "\u001b[K");
                err.flush();
                shown = true;
            }
        }
        if (shown) {
            err.print("\r\u001b[K");
            err.flush();
        }
        return download.document();
    }

    /** True when standard error is a terminal. */
    private static boolean stderrIsTerminal(Map<String, String> environment) {
        return !"dumb".equals(environment.get("TERM")) && Boolean.TRUE.equals(isTerminal(2));
    }

    /**
     * Whether this process's file descriptor {@code fd} is a terminal, as /proc tells on Linux;
     * null where it cannot tell. (The JDK tells only whether standard input and output both are.)
     */
    private static Boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException unknown) {
            return null;
        }
    }

    private static final Map<String, Class<?>> SUBCOMMANDS = new java.util.LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("shell", ShellCommand.class);
        SUBCOMMANDS.put("entities", EntitiesCli.class);
        SUBCOMMANDS.put("glossary", GlossaryCli.class);
        SUBCOMMANDS.put("search", SearchCli.class);
        SUBCOMMANDS.put("summarise", SummariseCommand.class);
        SUBCOMMANDS.put("summarize", SummariseCommand.class);
        SUBCOMMANDS.put("save", SaveCli.class);
        SUBCOMMANDS.put("list", ListCli.class);
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
    static boolean isInteractive(Map<String, String> environment) {
        if ("dumb".equals(environment.get("TERM"))) {
            return false;
        }
        Boolean in = isTerminal(0);
        Boolean out = isTerminal(1);
        // System.console() tells the same, but sets itself up first: ~12 ms before the terminal
        // could start opening.
        return in != null && out != null ? in && out : System.console() != null;
    }

    /** File names in messages come from the disk and may hold escape sequences too. */
    static String safe(String message) {
        return TextSanitizer.clean(message);
    }

    /** content/ beside the launcher (LECTERN_HOME), else in the current directory. */
    static Path defaultLibrary(Map<String, String> environment) {
        String home = environment.get("LECTERN_HOME");
        return home != null && !home.isBlank() ? Path.of(home, "content").normalize() : Path.of("content");
    }

    /**
     * The article in a file or at a web address, or empty once its problem is reported on
     * standard error; {@link #failure()} then gives the exit code for it.
     */
    java.util.Optional<Document> article(String target) {
        try {
            if (ReaderCommands.isWebAddress(target)) {
                URI address;
                try {
                    address = WebAddress.parse(target);
                } catch (UnreadableDocumentException e) {
                    complain(e.getMessage());
                    failure = 2;
                    return java.util.Optional.empty();
                }
                return java.util.Optional.of(fetch(address));
            }
            return java.util.Optional.of(DocumentLoader.load(Path.of(target)));
        } catch (java.nio.file.InvalidPathException e) {
            complain("not a file name: " + target);
            failure = 2;
        } catch (UnreadableDocumentException e) {
            complain(e.getMessage());
            failure = exitCodeFor(e);
        }
        return java.util.Optional.empty();
    }

    /** The exit code for the last article {@link #article} could not give. */
    int failure() {
        return failure;
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
        CrashReport crashes = CrashReport.forEnvironment(environment);
        return crashes.record(error, null).contains("details in") ? crashes.log() : null;
    }

    /** The version Maven wrote into lectern.properties. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Lectern " + CrashReport.version()};
        }

        /** The bare version ("0.1.0"), for the web's User-Agent. */
        static String number() {
            return CrashReport.version();
        }
    }
}
