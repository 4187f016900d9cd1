package dev.lectern.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lectern.command.ReaderCommands;
import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.keymap.Keymap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.jni.linux.LinuxNativePty;
import org.jline.utils.FastBufferedOutputStream;
import org.jline.utils.ShutdownHooks;
import org.jline.utils.Signals;

/**
 * The reader's view and analysis run with no terminal, for the launcher's class-data sharing
 * archive (see {@code cli.StartupTraining}): the parts a short run on a real terminal does not
 * reach (the whole background analysis, other formats, keys, quitting), so that a later start
 * maps their classes from the archive instead of loading and verifying them.
 */
public final class ViewTraining {
    /**
     * Classes of the start-up path that need a real terminal to run; naming them loads them,
     * which is all the archive needs (their superclasses come along).
     */
    private static final List<Class<?>> NEED_A_TERMINAL = List.of(FullScreen.class, TerminalReader.class, ReaderEnvironment.class, SystemTerminal.class, JLineTerminalBridge.class,
            KeyboardInput.class, TtySnapshot.class, Termination.class, JLinePrompter.class, PosixSysTerminal.class,
            LinuxNativePty.class, Signals.class, ShutdownHooks.class, FastBufferedOutputStream.class);

    private ViewTraining() {
    }

    public static void run(Path article) throws Exception {
        for (Class<?> type : NEED_A_TERMINAL) {
            Class.forName(type.getName(), false, type.getClassLoader());
        }
        SystemTerminal.jniWorks(); // loads JLine's native provider, as the reader does first
        FirstFrameGroundwork.lay(); // the JDK classes it loads go in the archive too
        ViewSettings view = new ViewSettings(Theme.colour());
        Workspace workspace = new Workspace(null, view, ReaderCommands.standard());
        Document document = DocumentLoader.load(article);
        // The background analysis, whole: its classes then start from the archive too.
        ArticleAnalysis.start(document).glossary();
        ReaderPage page = new ReaderPage(document, workspace);
        DefaultVirtualTerminal virtual = new DefaultVirtualTerminal(new TerminalSize(120, 40));
        TerminalScreen screen = new FrameScreen(virtual);
        screen.startScreen();
        ReaderApp app = new ReaderApp(screen, Keymap.defaults(), view, prompt -> "jump 2", page);
        app.render();
        for (char key : "jjk:?q".toCharArray()) {
            app.press(new KeyStroke(key, false, false));
            app.render();
        }
        ShippedTerminfo.register("xterm-256color", System.getenv()); // the reader's path, which reads the jar's description
        try (Terminal terminal = TerminalBuilder.builder().system(false).type("xterm-256color")
                .streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())
                .encoding(StandardCharsets.UTF_8).build()) {
            terminal.getSize();
        }
        DocumentLoader.parse("# T\n\nMarkdown *text*.\n".getBytes(StandardCharsets.UTF_8), "t.md", null);
        DocumentLoader.parse("<h1>T</h1><p>HTML text.</p>".getBytes(StandardCharsets.UTF_8), "t.html", null);
        LastFrame.draw(screen, StandardCharsets.UTF_8); // what quitting does, so that it is quick too
        screen.stopScreen();
    }
}
