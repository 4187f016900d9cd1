package dev.lectern.tui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import dev.lectern.session.StartTrace;
import org.jline.nativ.JLineNativeLoader;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.InfoCmp;

/**
 * The terminal the local reader runs on (the process's own tty), opened early on another thread.
 * Only the local face uses it: a reader served over SSH gets a terminal built from its channel.
 */
public final class SystemTerminal {
    /** The terminal being opened in the background while the arguments and the article load. */
    private static CompletableFuture<Terminal> opening;

    /**
     * Starts opening the terminal on another thread: JLine needs some 150 ms (terminfo, native
     * library, signals), which then overlaps with parsing arguments and loading the article.
     */
    public static synchronized void openEarly() {
        if (opening == null) {
            opening = CompletableFuture.supplyAsync(() -> {
                try {
                    Terminal terminal = open();
                    StartTrace.mark("terminal opened");
                    return terminal;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, runnable -> {
                Thread thread = new Thread(runnable, "lectern-open-terminal");
                thread.setDaemon(true);
                thread.start();
            });
        }
    }

    /** Closes a terminal opened early that was not used (help, an error, piped output). */
    public static synchronized void closeUnused() {
        if (opening != null) {
            CompletableFuture<Terminal> unused = opening;
            opening = null;
            try {
                unused.join().close();
            } catch (IOException | RuntimeException ignored) {
                // It was never drawn on: nothing to restore.
            }
        }
    }

    static synchronized Terminal take() throws IOException {
        if (opening == null) {
            return open();
        }
        CompletableFuture<Terminal> taken = opening;
        opening = null;
        if (!taken.isDone()) {
            FirstFrameGroundwork.lay(); // this thread would only wait
        }
        try {
            Terminal terminal = taken.join();
            StartTrace.mark("terminal taken by the reader");
            return terminal;
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    private static Terminal open() throws IOException {
        // The locale's character set, as every program on this terminal writes (a Latin-1 xterm).
        Charset charset = Repertoire.charsetOf(System.getenv());
        // The native library first: meanwhile the main thread opens the jar (reading Lectern's
        // version), which the terminal description below is read from.
        boolean jni = jniWorks();
        ShippedTerminfo.register(System.getenv("TERM"), System.getenv()); // no infocmp process
        TerminalBuilder builder = TerminalBuilder.builder().system(true).encoding(charset).nativeSignals(true);
        if (jni) {
            // JLine checks every provider it loads, and the exec provider's check is a process
            // (test -t 1) started from the JVM: with JNI at hand, JNI alone is asked.
            builder.provider(TerminalBuilder.PROP_PROVIDER_JNI);
        }
        return builder.build();
    }

    /** True when JLine's native provider loads and sees standard input (the training run loads it so). */
    static boolean jniWorks() {
        try {
            return TerminalProvider.load(TerminalBuilder.PROP_PROVIDER_JNI).isSystemStream(SystemStream.Input);
        } catch (IOException | RuntimeException | LinkageError noNativeLibrary) {
            return false;
        }
    }

    /**
     * Keeps a copy of JLine's native library in {@code directory}, where the launcher points
     * JLine at it (library.jline.path): otherwise every start copies it out of the jar into a
     * new temporary file first. Written under another name and moved, so no start loads half.
     */
    public static void keepNativeLibrary(Path directory) throws IOException {
        String loaded = jniWorks() ? JLineNativeLoader.getNativeLibraryPath() : null;
        if (loaded == null) {
            return;
        }
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, "jlinenative", ".partial");
        try {
            Files.copy(Path.of(loaded), partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, directory.resolve(System.mapLibraryName("jlinenative")),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * JLine asks infocmp(1) for a terminal type's capabilities it has not yet seen, in a child
     * process; the warm-up's dumb terminal would start one after the first screen is shown. A
     * child is in the terminal's foreground group, so a Ctrl-Z then stopped it and left the
     * reader waiting for it, frozen. JLine's own copy of the dumb capabilities is used instead.
     */
    static void noInfocmpForDumb() {
        if (InfoCmp.getLoadedInfoCmp(Terminal.TYPE_DUMB) == null) {
            String dumb = InfoCmp.getDefaultInfoCmp(Terminal.TYPE_DUMB);
            if (dumb != null) {
                InfoCmp.setLoadedInfoCmp(Terminal.TYPE_DUMB, dumb);
            }
        }
    }

    private SystemTerminal() {
    }
}
