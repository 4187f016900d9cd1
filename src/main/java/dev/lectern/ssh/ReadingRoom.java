package dev.lectern.ssh;

import dev.lectern.doc.DocumentCache;
import dev.lectern.doc.LibraryScope;
import dev.lectern.doc.Opening;
import dev.lectern.doc.UnreadableDocumentException;
import dev.lectern.doc.WebLibrary;
import dev.lectern.session.ReaderState;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.session.helpers.AbstractSession;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;

/**
 * {@code lectern serve}: the library served over SSH. Public keys only; a session with a
 * terminal (PTY) gets the full-screen reader, the library first ({@link ReadingDesk}), or an
 * article with {@code open FILE}; exec requests run the one-shot commands; shells without a
 * terminal, subsystems (SFTP), SCP and every kind of forwarding are refused.
 */
public final class ReadingRoom implements AutoCloseable {
    /** What to serve and how; see {@link #settings} for the defaults. */
    public record Settings(Path library, String bind, int port, Path authorizedKeys, boolean anyKey, int maxReaders,
            Duration idleTimeout, Path hostKeyFile, Path logFile, ReaderState.Store state, OneShot commands,
            int maxLoggingIn, int connectionsPerMinute, Duration loginGrace, int authAttempts, DocumentCache documents, WebLibrary web) {
        public Settings withAddress(String newBind, int newPort) {
            return new Settings(library, newBind, newPort, authorizedKeys, anyKey, maxReaders, idleTimeout, hostKeyFile, logFile,
                    state, commands, maxLoggingIn, connectionsPerMinute, loginGrace, authAttempts, documents, web);
        }

        public Settings withLimits(int readers, int loggingIn, int perMinute, Duration idle) {
            return new Settings(library, bind, port, authorizedKeys, anyKey, readers, idle, hostKeyFile, logFile,
                    state, commands, loggingIn, perMinute, loginGrace, authAttempts, documents, web);
        }

        /** The documents open in the server, which its readers share (a web library's are its own). */
        public Settings withDocuments(DocumentCache shared) {
            return new Settings(library, bind, port, authorizedKeys, anyKey, maxReaders, idleTimeout, hostKeyFile, logFile,
                    state, commands, maxLoggingIn, connectionsPerMinute, loginGrace, authAttempts, shared, web);
        }

        /**
         * The list of web addresses whose copies {@code library} keeps: the full-screen library then
         * lists its articles in the list's order, those not fetched yet too, and fetches one when opened.
         */
        public Settings withWeb(WebLibrary list) {
            return new Settings(library, bind, port, authorizedKeys, anyKey, maxReaders, idleTimeout, hostKeyFile, logFile,
                    state, commands, maxLoggingIn, connectionsPerMinute, loginGrace, authAttempts, documents, list);
        }
    }

    /** Documents kept open at once for all the readers: those read now and a few they left. */
    public static final int SERVED_DOCUMENTS = 64;

    /** The defaults: 127.0.0.1:2222, 50 readers, 30 min idle, 10 logging in, 30 connections a minute per address. */
    public static Settings settings(Path library, Path authorizedKeys, boolean anyKey, Path hostKeyFile, Path logFile,
            ReaderState.Store state, OneShot commands) {
        return new Settings(library, "127.0.0.1", 2222, authorizedKeys, anyKey, 50, Duration.ofMinutes(30), hostKeyFile,
                logFile, state, commands, 10, 30, Duration.ofSeconds(30), 6, new DocumentCache(SERVED_DOCUMENTS), null);
    }

    /** Where the host key is kept by default: $XDG_DATA_HOME/lectern/ssh_host_ed25519_key. */
    public static Path defaultHostKeyFile(Map<String, String> environment) {
        return HostKey.defaultFile(environment);
    }

    /** Said on every reader's screen when the server stops. */
    static final String GOODBYE = "lectern: the server is stopping; your place is saved. Goodbye.";

    private final Settings settings;
    private final Listening server;
    private final Set<ReadingDesk> desks;
    private final HostKey hostKey;
    private final ServeLog log;
    private final Doorkeeper doorkeeper;
    private final ExecutorService threads;
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** The server, which can stop listening before it closes its sessions. */
    private static final class Listening extends SshServer {
        void stopListening() {
            if (acceptor != null) {
                acceptor.unbind();
            }
        }
    }

    private ReadingRoom(Settings settings, Listening server, Set<ReadingDesk> desks, HostKey hostKey, ServeLog log,
            Doorkeeper doorkeeper, ExecutorService threads) {
        this.settings = settings;
        this.server = server;
        this.desks = desks;
        this.hostKey = hostKey;
        this.log = log;
        this.doorkeeper = doorkeeper;
        this.threads = threads;
    }

    /** Listens on the settings' address; an IOException says in one line why it cannot. */
    public static ReadingRoom open(Settings settings) throws IOException {
        LibraryScope scope = new LibraryScope(settings.library());
        HostKey hostKey = HostKey.load(settings.hostKeyFile());
        ServeLog log = new ServeLog(settings.logFile());
        Doorkeeper doorkeeper = new Doorkeeper(settings.maxReaders(), settings.maxLoggingIn(), settings.connectionsPerMinute(), log);
        AtomicInteger threadNumber = new AtomicInteger();
        // One thread per reader's command at most, none kept idle: with an unbounded queue a
        // pool grows only to its core size, so the core is the limit and idle threads time out.
        int most = Math.max(2, settings.maxReaders());
        ThreadPoolExecutor threads = new ThreadPoolExecutor(most, most, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), work -> {
            Thread thread = new Thread(work, "lectern-serve-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        threads.allowCoreThreadTimeOut(true);

        Listening server = (Listening) ServerBuilder.builder().factory(Listening::new).build();
        Set<ReadingDesk> desks = ConcurrentHashMap.newKeySet();
        server.setHost(settings.bind());
        server.setPort(settings.port());
        server.setKeyPairProvider(hostKey.provider());
        server.setUserAuthFactories(List.of(new UserAuthPublicKeyFactory()));
        server.setPublickeyAuthenticator(settings.anyKey() ? ReaderKeys.anyKey() : ReaderKeys.from(settings.authorizedKeys()));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setGSSAuthenticator(null);
        server.setHostBasedAuthenticator(null);
        server.setChannelFactories(List.of(ReaderChannel.FACTORY));
        server.setForwardingFilter(org.apache.sshd.server.forward.RejectAllForwardingFilter.INSTANCE);
        server.setAgentFactory(null);
        server.setSubsystemFactories(List.of());
        server.setShellFactory(channel -> {
            boolean terminal = channel instanceof ReaderChannel reader && reader.hasTerminal();
            return terminal
                    ? new ReadingDesk(threads, settings.state(), scope, settings.documents(), settings.web(), ReadingDesk.libraryOf(scope), desks)
                    : ChannelCommand.refusal(threads, "no shell here; give a command (" + ExecRequest.COMMANDS + ")", 2);
        });
        server.setCommandFactory((channel, commandLine) -> {
            boolean terminal = channel instanceof ReaderChannel reader && reader.hasTerminal();
            return opening(commandLine)
                    ? open(threads, settings, scope, commandLine, terminal, desks)
                    : exec(threads, scope, settings.commands(), commandLine);
        });
        server.addSessionListener(doorkeeper);

        CoreModuleProperties.AUTH_TIMEOUT.set(server, settings.loginGrace());
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(server, settings.authAttempts());
        CoreModuleProperties.IDLE_TIMEOUT.set(server, settings.idleTimeout());
        CoreModuleProperties.MAX_CONCURRENT_CHANNELS.set(server, 10);
        CoreModuleProperties.SERVER_IDENTIFICATION.set(server, "Lectern");
        try {
            server.start();
        } catch (IOException | RuntimeException e) {
            threads.shutdownNow();
            throw new IOException("cannot listen on " + settings.bind() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        ReadingRoom room = new ReadingRoom(settings, server, desks, hostKey, log, doorkeeper, threads);
        log.write("listening " + settings.bind() + ":" + room.port() + " library " + scope.root() + " host key " + hostKey.fingerprint()
                + (settings.anyKey() ? " any key" : " keys " + settings.authorizedKeys()) + " state " + settings.state().describe());
        return room;
    }

    private static boolean opening(String commandLine) {
        try {
            List<String> words = ExecRequest.split(commandLine);
            return !words.isEmpty() && words.get(0).equals("open");
        } catch (ExecRequest.Refused unreadable) {
            return false;
        }
    }

    /** {@code open FILE} with a terminal: that article of the library in the full-screen reader. */
    private static org.apache.sshd.server.command.Command open(ExecutorService threads, Settings settings,
            LibraryScope scope, String commandLine, boolean terminal, Set<ReadingDesk> desks) {
        List<String> words;
        try {
            words = ExecRequest.split(commandLine);
        } catch (ExecRequest.Refused refused) {
            return ChannelCommand.refusal(threads, refused.getMessage(), refused.exitCode);
        }
        if (!terminal) {
            return ChannelCommand.refusal(threads, "open needs a terminal: ssh -t ... open FILE", 2);
        }
        if (words.size() != 2) {
            return ChannelCommand.refusal(threads, "usage: open FILE (an article of the library, as list names it)", 2);
        }
        java.nio.file.Path article;
        try {
            article = scope.resolve(words.get(1));
        } catch (UnreadableDocumentException e) {
            return ChannelCommand.refusal(threads, e.getMessage(), e.getMessage().contains("outside the library") ? 2 : 1);
        }
        DocumentCache documents = settings.documents();
        WebLibrary web = settings.web();
        int number = web == null ? 0 : web.numberOf(article.toString());
        ReadingDesk.FirstScreen first;
        if (number == 0) {
            first = (reader, readingList) -> reader.readArticle(documents.open(article));
        } else if (java.nio.file.Files.isRegularFile(article)) {
            first = (reader, readingList) -> reader.readArticle(Opening.complete(web.article(number)));
        } else {
            first = (reader, readingList) -> reader.readWhenFetched(web, number); // not fetched yet: the reader sees it come
        }
        return new ReadingDesk(threads, settings.state(), scope, documents, web, first, desks);
    }

    private static ChannelCommand exec(ExecutorService threads, LibraryScope scope, OneShot commands, String commandLine) {
        List<String> arguments;
        try {
            arguments = ExecRequest.parse(commandLine, scope);
        } catch (ExecRequest.Refused refused) {
            return ChannelCommand.refusal(threads, refused.getMessage(), refused.exitCode);
        }
        if (arguments.equals(List.of("help"))) {
            return new ChannelCommand(threads, (out, err, environment) -> {
                out.print(ExecRequest.HELP);
                return 0;
            });
        }
        return new ChannelCommand(threads, (out, err, environment) -> commands.run(arguments, environment, out, err));
    }

    /** The port listened on (the one chosen when the settings said 0). */
    public int port() {
        for (SocketAddress address : server.getBoundAddresses()) {
            if (address instanceof InetSocketAddress inet) {
                return inet.getPort();
            }
        }
        return server.getPort();
    }

    public String hostKeyFingerprint() {
        return hostKey.fingerprint();
    }

    public Path logFile() {
        return log.file();
    }

    /** Readers in at the moment. */
    public int readers() {
        return doorkeeper.readers();
    }

    /** Blocks until {@link #close()} has stopped the room. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /**
     * Stops accepting; stops every full-screen reader, which saves its places and says goodbye on
     * its screen; tells each session the server is stopping, and closes everything, within about
     * three seconds (SIGTERM's promise is five).
     */
    @Override
    public void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        try {
            server.stopListening();
            List<ReadingDesk> reading = List.copyOf(desks);
            reading.forEach(desk -> desk.stop(GOODBYE));
            long readersUntil = System.nanoTime() + 2_000_000_000L;
            for (ReadingDesk desk : reading) {
                desk.awaitLeft(Math.max(1, (readersUntil - System.nanoTime()) / 1_000_000));
            }
            // Their clients close the connections once they have shown the goodbye.
            long clientsUntil = System.nanoTime() + 1_000_000_000L;
            while (!reading.stream().allMatch(ReadingDesk::connectionClosed) && System.nanoTime() < clientsUntil) {
                Thread.sleep(20);
            }
            for (AbstractSession session : server.getActiveSessions()) {
                try {
                    session.disconnect(SshConstants.SSH2_DISCONNECT_BY_APPLICATION, "lectern: the server is stopping");
                } catch (IOException | RuntimeException e) {
                    session.close(true);
                }
            }
            // A moment for the goodbyes to leave, then everything is closed at once.
            long until = System.nanoTime() + 500_000_000L;
            while (!server.getActiveSessions().isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            server.stop(true);
        } catch (IOException | InterruptedException e) {
            // Stopping regardless.
        } finally {
            threads.shutdownNow();
            settings.state().close();
            log.write("stopped");
            stopped.countDown();
        }
    }
}
