package dev.lectern.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lectern.command.ReaderCommands;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.keymap.Keymap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * A run of the reader's start-up path with no terminal, made by the launcher under
 * {@code -XX:ArchiveClassesAtExit} so that the JVM can map the classes it loads from a
 * class-data sharing archive on every later start, instead of loading and verifying them.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) throws Exception {
        ViewSettings view = new ViewSettings(Theme.colour());
        Workspace workspace = new Workspace(null, view, ReaderCommands.standard());
        ReaderPage page = new ReaderPage(DocumentLoader.load(Path.of(args[0])), workspace);
        DefaultVirtualTerminal virtual = new DefaultVirtualTerminal(new TerminalSize(120, 40));
        TerminalScreen screen = new FrameScreen(virtual);
        screen.startScreen();
        ReaderApp app = new ReaderApp(screen, Keymap.defaults(), view, prompt -> "jump 2", page);
        app.render();
        for (char key : "jjk:?q".toCharArray()) {
            app.press(new KeyStroke(key, false, false));
            app.render();
        }
        try (Terminal terminal = TerminalBuilder.builder().system(false).type("xterm-256color")
                .streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())
                .encoding(StandardCharsets.UTF_8).build()) {
            terminal.getSize();
        }
        DocumentLoader.parse("# T\n\nMarkdown *text*.\n".getBytes(StandardCharsets.UTF_8), "t.md", null);
        DocumentLoader.parse("<h1>T</h1><p>HTML text.</p>".getBytes(StandardCharsets.UTF_8), "t.html", null);
        screen.stopScreen();
    }
}
