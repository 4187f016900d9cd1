package dev.lectern.cli;

import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentCache;
import dev.lectern.doc.Library;
import dev.lectern.doc.WebLibrary;
import dev.lectern.doc.UnreadableDocumentException;
import dev.lectern.session.FileReaderState;
import dev.lectern.session.PositionStore;
import dev.lectern.session.PostgresReaderState;
import dev.lectern.session.ReaderState;
import dev.lectern.ssh.OneShot;
import dev.lectern.ssh.ReadingRoom;
import dev.lectern.tui.SystemTerminal;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lectern serve [DIR]}: the library served over SSH until SIGTERM or Ctrl-C. The SSH
 * classes are loaded only here, never for a local read.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the articles of DIR (default: content/), or of the web addresses listed in a file, over SSH, public keys only.",
                "A terminal gets the full-screen reader: ssh -p PORT HOST (the library), ssh -t -p PORT HOST open FILE.",
                "Exec requests run the one-shot commands: ssh -p PORT HOST search FILE WORDS --json (or list, summarise, "
                        + "entities, glossary, help).",
                "Stops on SIGTERM or Ctrl-C, saving every reader's place."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:cannot serve (port taken, state unreachable, library unreadable)", "2:bad usage"})
final class ServeCli implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(arity = "0..1", paramLabel = "DIR|URL-LIST", description = "The library: a directory of articles, "
            + "or a file of web addresses, one a line (# comments), each fetched when first opened and kept.")
    Path library;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "2222", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every one).")
    String bind;

    @Option(names = "--authorized-keys", paramLabel = "FILE", description = "Who may read: an OpenSSH authorized_keys file (ed25519, ecdsa, rsa >= 2048).")
    Path authorizedKeys;

    @Option(names = "--allow-any-key", description = "A public reading room: any key gets in, and is still its reader's identity.")
    boolean anyKey;

    @Option(names = "--max-sessions", paramLabel = "N", defaultValue = "50", description = "Readers at once (default: ${DEFAULT-VALUE}).")
    int maxSessions;

    @Option(names = "--idle-timeout", paramLabel = "TIME", defaultValue = "30m", description = "Close a session idle this long: 90s, 30m, 2h; 0 never (default: ${DEFAULT-VALUE}).")
    String idleTimeout;

    @Option(names = "--state", paramLabel = "DIR|JDBC-URL", description = "Readers' state: a directory (default: $XDG_STATE_HOME/lectern) or jdbc:postgresql://HOST/DB?user=U.")
    String state;

    @Override
    public Integer call() {
        // Serving never draws: the terminal Main opened early is closed, which gives INT back to
        // the JVM, so that Ctrl-C, like SIGTERM and SIGHUP, ends in the shutdown hook below.
        SystemTerminal.closeUnused();
        PrintWriter out = main.out();
        Map<String, String> environment = main.environment();
        if (authorizedKeys == null && !anyKey) {
            main.complain("serve: say who may read: --authorized-keys FILE, or --allow-any-key for a public reading room");
            return 2;
        }
        if (authorizedKeys != null && anyKey) {
            main.complain("serve: --authorized-keys and --allow-any-key exclude each other");
            return 2;
        }
        if (authorizedKeys != null && !Files.isReadable(authorizedKeys)) {
            main.complain("serve: cannot read the authorized keys file " + authorizedKeys);
            return 2;
        }
        if (port < 0 || port > 65535 || maxSessions < 1) {
            main.complain("serve: --port is 0 to 65535 and --max-sessions at least 1");
            return 2;
        }
        Duration idle = duration(idleTimeout);
        if (idle == null) {
            main.complain("serve: --idle-timeout takes a time such as 90s, 30m or 2h, not " + idleTimeout);
            return 2;
        }
        Path root = library != null ? library : Main.defaultLibrary(environment);
        Path stateDirectory = state == null || isJdbc(state) ? PositionStore.defaultStateDirectory(environment) : Path.of(state);
        // The documents open in the server, shared by its readers (and by the one-shot commands of a web library).
        DocumentCache documents = new DocumentCache(ReadingRoom.SERVED_DOCUMENTS);
        String served;
        WebLibrary web = null;
        try {
            if (Files.isRegularFile(root)) {
                web = WebLibrary.open(root, stateDirectory, main.fetchSettings(), documents);
                served = web.size() + (web.size() == 1 ? " web article" : " web articles") + " listed in "
                        + root.toAbsolutePath().normalize() + " (those not yet kept fetched in the background, kept in " + web.directory() + ")";
                root = web.directory();
            } else {
                List<Library.Entry> entries = Library.list(root, documents);
                served = entries.size() + (entries.size() == 1 ? " article" : " articles") + " of " + root.toAbsolutePath().normalize();
            }
        } catch (UnreadableDocumentException e) {
            main.complain("serve: " + e.getMessage());
            return 1;
        }
        ReaderState.Store store;
        try {
            store = isJdbc(state) ? PostgresReaderState.open(state) : FileReaderState.under(stateDirectory);
        } catch (IOException e) {
            main.complain("serve: " + e.getMessage());
            return 1;
        }
        ReadingRoom.Settings defaults = ReadingRoom.settings(root, authorizedKeys, anyKey,
                ReadingRoom.defaultHostKeyFile(environment), stateDirectory.resolve("serve.log"), store,
                web == null ? oneShot(root, environment) : oneShot(web, environment));
        ReadingRoom.Settings settings = defaults.withAddress(bind, port)
                .withLimits(maxSessions, defaults.maxLoggingIn(), defaults.connectionsPerMinute(), idle).withDocuments(documents).withWeb(web);
        ReadingRoom room;
        try {
            room = ReadingRoom.open(settings);
        } catch (IOException e) {
            store.close();
            main.complain("serve: " + e.getMessage());
            return 1;
        }
        // SIGTERM, SIGINT and SIGHUP all end in the JVM's shutdown: the room closes there.
        Runtime.getRuntime().addShutdownHook(new Thread(room::close, "lectern-serve-shutdown"));
        out.println(Main.safe("lectern serve: " + served + " on " + bind + ":" + room.port()));
        out.println("host key " + room.hostKeyFingerprint() + " (ed25519)");
        out.println(Main.safe(anyKey ? "any key gets in (a public reading room)" : "keys: " + authorizedKeys.toAbsolutePath()));
        out.println(Main.safe("state: " + store.describe() + "; log: " + room.logFile()));
        boolean everywhere = bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("0:0:0:0:0:0:0:0");
        out.println("try: ssh -p " + room.port() + " " + (everywhere ? "HOST" : bind) + " help");
        out.flush();
        if (web != null) {
            fetchInBackground(web, out);
        }
        try {
            room.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            room.close();
        }
        return 0;
    }

    /**
     * A web library's articles not kept yet are fetched one after the other while the server
     * runs, so that the full-screen library (the copies kept) fills without a reader waiting; a
     * page that cannot be fetched gets a line here and is tried again when a reader asks for it.
     */
    private static void fetchInBackground(WebLibrary web, PrintWriter out) {
        Thread fetching = new Thread(() -> {
            int fetched = web.fetchMissing(problem -> {
                out.println(Main.safe("lectern serve: cannot fetch article " + problem));
                out.flush();
            });
            if (fetched > 0) {
                out.println("lectern serve: " + fetched + (fetched == 1 ? " article" : " articles") + " fetched and kept");
                out.flush();
            }
        }, "lectern-serve-fetch");
        fetching.setDaemon(true);
        fetching.start();
    }

    /** The one-shot commands as the local {@code lectern} runs them; {@code list} shows the library. */
    private static OneShot oneShot(Path root, Map<String, String> serverEnvironment) {
        Map<String, String> base = new HashMap<>();
        for (String name : List.of("HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "LECTERN_HOME")) {
            if (serverEnvironment.containsKey(name)) {
                base.put(name, serverEnvironment.get(name));
            }
        }
        base.put("TERM", "dumb"); // never the full screen from a one-shot command
        return (arguments, given, out, err) -> {
            Map<String, String> environment = new HashMap<>(base);
            environment.putAll(given);
            if (arguments.equals(List.of("list"))) {
                try {
                    PlainText.printLibrary(root.toAbsolutePath().normalize().getFileName().toString(), Library.list(root), out);
                    return 0;
                } catch (UnreadableDocumentException e) {
                    err.println(Main.safe("lectern: " + e.getMessage()));
                    return 1;
                }
            }
            return Main.run(arguments.toArray(String[]::new), environment, out, err);
        };
    }

    /**
     * The one-shot commands over a web library: {@code list} numbers its articles (titles of
     * those fetched already); a command on an article fetches it first if it has never been.
     */
    static OneShot oneShot(WebLibrary web, Map<String, String> serverEnvironment) {
        OneShot onFiles = oneShot(web.directory(), serverEnvironment);
        return (arguments, given, out, err) -> {
            if (arguments.equals(List.of("list"))) {
                printWebLibrary(web, out);
                return 0;
            }
            for (String argument : arguments) {
                int number = web.numberOf(argument);
                if (number > 0) {
                    try {
                        web.article(number);
                    } catch (UnreadableDocumentException e) {
                        err.println(Main.safe("lectern: " + e.getMessage()));
                        return 1;
                    }
                }
            }
            return onFiles.run(arguments, given, out, err);
        };
    }

    /** The list as {@code list} shows it: number, language, length and title, and the address. */
    static void printWebLibrary(WebLibrary web, PrintWriter out) {
        out.println(Main.safe("Library: " + web.listFile().getFileName() + " (web addresses; ssh HOST search N WORDS reads article N)"));
        for (int number = 1; number <= web.size(); number++) {
            String address = web.addresses().get(number - 1).toString();
            Document article = web.savedArticle(number);
            if (article == null) {
                out.println(number + "\tnot fetched yet\t" + Main.safe(address));
            } else {
                out.println(number + "\t" + article.language().code() + "\t" + article.size() + " paragraphs\t"
                        + Main.safe(article.title()) + "\t" + Main.safe(address));
            }
        }
        out.flush();
    }

    private static boolean isJdbc(String state) {
        return state != null && state.startsWith("jdbc:");
    }

    private static final Pattern TIME = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    /** 90s, 30m, 2h, 1h30m, a bare number of seconds; 0 is never. Null when unreadable. */
    static Duration duration(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(t));
        }
        Matcher m = TIME.matcher(t);
        if (t.isEmpty() || !m.matches()) {
            return null;
        }
        long seconds = 0;
        if (m.group(1) != null) {
            seconds += Long.parseLong(m.group(1)) * 3600;
        }
        if (m.group(2) != null) {
            seconds += Long.parseLong(m.group(2)) * 60;
        }
        if (m.group(3) != null) {
            seconds += Long.parseLong(m.group(3));
        }
        return Duration.ofSeconds(seconds);
    }
}
