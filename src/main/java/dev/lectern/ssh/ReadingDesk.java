package dev.lectern.ssh;

import dev.lectern.doc.DocumentCache;
import dev.lectern.doc.Library;
import dev.lectern.doc.LibraryScope;
import dev.lectern.doc.UnreadableDocumentException;
import dev.lectern.doc.WebLibrary;
import dev.lectern.keymap.Keymap;
import dev.lectern.session.ReaderState;
import dev.lectern.session.ServedReadingList;
import dev.lectern.tui.ReaderEnvironment;
import dev.lectern.tui.Repertoire;
import dev.lectern.tui.TerminalReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * One reader at the full-screen reader over SSH: a {@link TerminalReader} on a JLine terminal
 * built over the channel's streams, on a thread of the room's. The PTY request gives the
 * terminal's type and size, window-change requests its new sizes; of the client's environment
 * only the locale (LANG, LC_*) and NO_COLOR are taken. Places and command history go to the
 * reader's own state, kept under their key's fingerprint.
 */
final class ReadingDesk implements Command {
    /** What the reader sees first: the library (with their saved articles first), or one of its articles. */
    interface FirstScreen {
        List<String> show(TerminalReader reader, ServedReadingList readingList) throws IOException, UnreadableDocumentException;
    }

    private static final Pattern TERMINAL_TYPE = Pattern.compile("[A-Za-z0-9._+-]{1,40}");
    private static final Pattern LOCALE_NAME = Pattern.compile("LANG|LC_[A-Z]{1,20}");

    private final ExecutorService threads;
    private final ReaderState.Store states;
    private final LibraryScope library;
    private final DocumentCache documents;
    /** The list of web addresses the library keeps copies of; null for a directory of articles. */
    private final WebLibrary web;
    private final FirstScreen first;
    /** The desks in use, which the room stops when it closes. */
    private final Set<ReadingDesk> inUse;
    private final CountDownLatch left = new CountDownLatch(1);
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    private volatile TerminalReader reader;
    private volatile org.apache.sshd.common.session.Session session;
    private volatile boolean stopping;
    private volatile String stoppedWith;

    ReadingDesk(ExecutorService threads, ReaderState.Store states, LibraryScope library, DocumentCache documents, WebLibrary web,
            FirstScreen first, Set<ReadingDesk> inUse) {
        this.threads = threads;
        this.states = states;
        this.library = library;
        this.documents = documents;
        this.web = web;
        this.first = first;
        this.inUse = inUse;
    }

    /** The library's articles, the reader's saved ones first, as the first screen; listed again as they come back to it. */
    static FirstScreen libraryOf(LibraryScope library) {
        return (reader, readingList) -> reader.browse(WebLibrary.nameOf(library.root()), readingList.library(), readingList::library);
    }

    /** The library's articles, without those whose real path is outside it (a symbolic link out). */
    static List<Library.Entry> entriesOf(LibraryScope library, DocumentCache documents) throws UnreadableDocumentException {
        return Library.list(library.root(), documents).stream().filter(entry -> library.holds(entry.file())).toList();
    }

    /**
     * A list of web addresses' articles in the list's order: each fetched one read from its copy
     * as the library reads it (keeping its address, its reading key); each not fetched yet listed
     * by its address, which Enter fetches.
     */
    static List<Library.Entry> entriesOf(WebLibrary web) {
        List<Library.Entry> entries = new ArrayList<>();
        for (int number = 1; number <= web.size(); number++) {
            Path copy = web.copy(number);
            String named = number + " \u00b7 " + web.addresses().get(number - 1) + " \u00b7 ";
            if (!Files.isRegularFile(copy)) {
                entries.add(new Library.Entry(copy, null, named + "not fetched yet; Enter fetches it"));
                continue;
            }
            try {
                entries.add(new Library.Entry(copy, web.article(number), null)); // kept: read, never fetched here
            } catch (UnreadableDocumentException e) {
                entries.add(new Library.Entry(copy, null, named + e.getMessage()));
            }
        }
        return entries;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // The full screen has one stream, as a terminal does.
    }

    @Override
    public void setExitCallback(ExitCallback exit) {
        this.exit = exit;
    }

    @Override
    public void start(ChannelSession channel, Environment environment) throws IOException {
        ReaderChannel pty = (ReaderChannel) channel;
        session = channel.getSession();
        String identity = channel.getSession().getAttribute(ReaderKeys.READER);
        Map<String, String> given = clientEnvironment(environment.getEnv(), pty.terminalType());
        ExternalTerminal terminal = new ExternalTerminal("lectern-ssh", given.get("TERM"), in, out, Repertoire.charsetOf(given));
        terminal.setSize(new Size(dimension(pty.columns(), 80), dimension(pty.rows(), 24)));
        ReaderState state = states.reader(identity);
        ServedReadingList readingList = new ServedReadingList(state, web == null ? () -> entriesOf(library, documents) : () -> entriesOf(web));
        TerminalReader made;
        try {
            made = TerminalReader.on(terminal, ReaderEnvironment.served(Keymap.defaults(), given, state, library, readingList, documents, web));
        } catch (IOException | RuntimeException e) {
            terminal.close();
            throw e;
        }
        reader = made;
        environment.addSignalListener((signalled, signal) -> {
            Map<String, String> now = environment.getEnv();
            Size size = terminal.getSize();
            terminal.setSize(new Size(dimension(number(now.get(Environment.ENV_COLUMNS)), size.getColumns()),
                    dimension(number(now.get(Environment.ENV_LINES)), size.getRows())));
            made.resized();
        }, Signal.WINCH);
        inUse.add(this);
        try {
            threads.submit(() -> read(made, readingList, terminal));
        } catch (RejectedExecutionException closing) {
            inUse.remove(this);
            terminal.close();
            left.countDown();
            exit.onExit(1, "the server is stopping");
        }
    }

    /** The reader's thread: reads until the last page closes, then gives everything back. */
    private void read(TerminalReader made, ServedReadingList readingList, Terminal terminal) {
        int code = 0;
        String problem = null;
        try {
            if (stopping) {
                made.stop(stoppedWith); // stopped before it began
            }
            for (String warning : first.show(made, readingList)) {
                problem = warning;
            }
        } catch (UnreadableDocumentException e) {
            problem = e.getMessage();
            code = 1;
        } catch (IOException | RuntimeException | java.io.IOError e) {
            problem = "the reader stopped: " + e.getMessage();
            code = 1;
        } finally {
            made.savePlaces();
            if (problem != null && made.ending() != TerminalReader.Ending.HUNG_UP) {
                tell(terminal, "lectern: " + problem);
            }
            try {
                terminal.close();
            } catch (IOException | RuntimeException gone) {
                // the channel is closed below regardless
            }
            inUse.remove(this);
            left.countDown();
            exit.onExit(code);
        }
    }

    private static void tell(Terminal terminal, String line) {
        try {
            terminal.writer().print(line.replaceAll("\\p{Cntrl}", "?") + "\r\n");
            terminal.writer().flush();
        } catch (RuntimeException | java.io.IOError gone) {
            // nobody left to read it
        }
    }

    /**
     * Stops the reader (the server is stopping): its places are saved, the screen given back
     * with {@code goodbye} under it. Returns at once; see {@link #awaitLeft}.
     */
    void stop(String goodbye) {
        stoppedWith = goodbye;
        stopping = true;
        TerminalReader made = reader;
        if (made != null) {
            made.stop(goodbye);
        }
    }

    /**
     * True once the reader's connection has closed: its client leaves by itself once the reader
     * has, after showing all that was written (OpenSSH's ssh drops what it has not yet shown when
     * the server disconnects it instead).
     */
    boolean connectionClosed() {
        org.apache.sshd.common.session.Session of = session;
        return of == null || of.isClosing() || of.isClosed();
    }

    /** Waits until the reader has left the desk; true when it has. */
    boolean awaitLeft(long millis) throws InterruptedException {
        return left.await(millis, TimeUnit.MILLISECONDS);
    }

    /** The connection is gone (the client left, the network dropped, idle timeout): the reader stops and saves. */
    @Override
    public void destroy(ChannelSession channel) {
        TerminalReader made = reader;
        if (made != null) {
            made.stop(null);
        }
    }

    /** TERM from the PTY request; LANG, LC_* and NO_COLOR from the client's env requests; nothing else. */
    static Map<String, String> clientEnvironment(Map<String, String> sent, String terminalType) {
        Map<String, String> kept = new HashMap<>();
        kept.put("TERM", terminalType != null && TERMINAL_TYPE.matcher(terminalType).matches() ? terminalType : "dumb");
        sent.forEach((name, value) -> {
            boolean wanted = LOCALE_NAME.matcher(name).matches() || name.equals("NO_COLOR");
            if (wanted && value != null && value.length() <= 100 && value.chars().noneMatch(Character::isISOControl)) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    private static int number(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A size the client gave, within reason; {@code otherwise} when it gave none. */
    private static int dimension(int given, int otherwise) {
        return given >= 1 && given <= 1000 ? given : otherwise;
    }
}
