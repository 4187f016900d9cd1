package dev.lectern.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The reader's screen drawn again off screen, a frame at a time, while the first one is read:
 * under the launcher's C1-only JIT a method is compiled only after some hundred calls, or some
 * thousands of turns of its loops, so a session's first steps ran partly interpreted (~4 ms of
 * drawing and sending where later ones took ~1.5). Each frame goes through the real screen's
 * code: a {@link FrameScreen} on a {@link JLineTerminalBridge}, whose (dumb) JLine terminal
 * writes to nowhere and reads nothing. A frame is drawn, asked whether scrolling would send
 * less, then sent whole.
 */
final class WarmUp {
    /** Enough for the per-frame loops to be compiled (they run some 5,000 turns a frame). */
    static final int FRAMES = 30;

    private final Terminal jline;
    private final FrameScreen screen;
    private int left = FRAMES;

    private WarmUp(Terminal jline, FrameScreen screen) {
        this.jline = jline;
        this.screen = screen;
    }

    /** Off-screen frames of {@code size}. */
    static WarmUp of(TerminalSize size) throws IOException {
        // A dumb terminal: JLine's builder would open a pseudo-terminal, whose threads print to
        // the screen when it is closed.
        Terminal jline = new DumbTerminal("lectern-warm-up", Terminal.TYPE_DUMB, InputStream.nullInputStream(),
                OutputStream.nullOutputStream(), StandardCharsets.UTF_8);
        try {
            jline.setSize(new Size(size.getColumns(), size.getRows()));
            FrameScreen screen = new FrameScreen(new JLineTerminalBridge(jline, InputStream.nullInputStream()));
            screen.startScreen();
            return new WarmUp(jline, screen);
        } catch (IOException | RuntimeException e) {
            jline.close();
            throw e;
        }
    }

    TerminalSize size() {
        return screen.getTerminalSize();
    }

    boolean done() {
        return left == 0;
    }

    /** One frame, which {@code draw} draws on the off-screen screen. */
    void frame(Consumer<FrameScreen> draw) throws IOException {
        if (done()) {
            return;
        }
        draw.accept(screen);
        int rows = screen.getTerminalSize().getRows();
        if (rows > 2) {
            screen.scrollLines(0, rows - 2, 1); // the same frame again: only the choice is made
        }
        screen.refresh(Screen.RefreshType.DELTA);
        screen.refresh(Screen.RefreshType.COMPLETE);
        if (--left == 0) {
            close();
        }
    }

    void close() throws IOException {
        left = 0;
        jline.close();
    }
}
