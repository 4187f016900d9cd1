package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.lectern.lineedit.CommandLineEditing;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * The command line: a real JLine line editor (emacs keys, Tab completion, history kept across
 * runs) on the bottom row of the full-screen view. It runs on a JLine terminal of its own whose
 * keys come from {@link KeyboardInput#forPrompt()} and whose output is the real terminal's, so
 * only one reader of the keyboard exists at any time.
 */
final class JLinePrompter implements Prompter {
    private static final String CANCEL = "lectern-cancel";
    private static final String RESIZED = "lectern-resized";
    /**
     * Put in front of the editor's keys on a resize (a sequence no terminal sends): the editor
     * then hands the line back on the thread that drew the screen, which redraws it (see ask).
     */
    private static final String RESIZE_KEY = "\033[8472~";
    private final Terminal system;
    private final KeyboardInput keyboard;
    private final PromptHistory history;
    /** Made on the first ':' or '/': building it reads terminfo, which the first screen need not wait for. */
    private ExternalTerminal editorTerminal;
    private final TerminalScreen screen;
    private final Map<String, LineReader> readers = new HashMap<>();
    private boolean cancelled;
    /** Set by the resize key: the line so far and where the cursor was in it, to be typed on. */
    private String interruptedLine;
    private int interruptedCursor;
    /** True while the editor reads a line: only then does a resize go to it. */
    private volatile boolean reading;
    /** Draws the view behind the prompt again at the terminal's new size. */
    private Runnable redrawBehind = () -> { };

    JLinePrompter(Terminal system, KeyboardInput keyboard, TerminalScreen screen, PromptHistory history) {
        this.system = system;
        this.screen = screen;
        this.keyboard = keyboard;
        this.history = history;
    }

    private ExternalTerminal editorTerminal() throws IOException {
        if (editorTerminal == null) {
            editorTerminal = new ExternalTerminal("lectern-prompt", system.getType(), keyboard.forPrompt(),
                    system.output(), system.encoding());
        }
        return editorTerminal;
    }

    /** How to draw the view behind the prompt again, after a resize. */
    void redrawBehindWith(Runnable redraw) {
        this.redrawBehind = redraw;
    }

    /**
     * Follows a resize of the real terminal (called on the signal's thread): while the prompt
     * is open, the editor is asked to give the line back so that the view can be drawn again
     * at the new size, then the prompt on its new bottom row with the text typed so far.
     */
    void sizeChanged() {
        if (reading) {
            keyboard.typeAfterPending(RESIZE_KEY.getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Override
    public String ask(Prompt prompt) throws IOException {
        ExternalTerminal terminal = editorTerminal();
        LineReader reader = readers.computeIfAbsent(prompt.history(), name -> newReader(prompt, terminal));
        // Ctrl-C must cancel the line, not end the program: let it through as a key for the editor.
        Attributes saved = system.getAttributes();
        Attributes noSignals = new Attributes(saved);
        noSignals.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        system.setAttributes(noSignals);
        PrintWriter out = system.writer();
        cancelled = false;
        handBackTypeAhead();
        try {
            String typed = null;
            while (true) {
                Size size = system.getSize();
                terminal.setSize(size);
                out.printf("\033[%d;1H\033[2K\033[?25h", Math.max(1, size.getRows()));
                out.flush();
                interruptedLine = null;
                keyboard.setPromptOpen(true);
                reading = true;
                String line;
                try {
                    line = readerFor(prompt, reader).readLine(prompt.label(), null, typed);
                } finally {
                    reading = false;
                    keyboard.setPromptOpen(false);
                }
                if (interruptedLine == null) {
                    if (!cancelled && line != null) {
                        history.keep(prompt.history(), line);
                    }
                    return cancelled ? null : line;
                }
                // A resize: the view again at the new size, then the same line, cursor where it was.
                typed = interruptedLine;
                keyboard.unread("\u0002".repeat(typed.length() - interruptedCursor).getBytes(StandardCharsets.US_ASCII));
                out.print("\033[?25l");
                redrawBehind.run();
            }
        } catch (UserInterruptException | EndOfFileException cancel) {
            return null;
        } finally {
            keyboard.setPromptOpen(false);
            system.setAttributes(saved);
            out.print("\033[?25l");
            out.flush();
            try {
                reader.getHistory().save();
            } catch (IOException | RuntimeException unsaved) {
                // History is a convenience: losing it must not cost the command.
            }
        }
    }

    /**
     * Keys typed quickly after ':' may already sit decoded in Lanterna (it reads a character
     * ahead): they are turned back into bytes and queued first for the editor.
     */
    private void handBackTypeAhead() throws IOException {
        StringBuilder typed = new StringBuilder();
        KeyStroke stroke;
        while ((stroke = screen.pollInput()) != null) {
            typed.append(KeyStrokes.toTerminalInput(stroke));
        }
        keyboard.unread(typed.toString().getBytes(system.encoding()));
    }

    private LineReader readerFor(Prompt prompt, LineReader reader) {
        Path file = history.file(prompt.history());
        if (file != null) {
            reader.setVariable(LineReader.HISTORY_FILE, file);
        }
        ((org.jline.reader.impl.LineReaderImpl) reader).setCompleter(CommandLineEditing.completer(prompt.completions()));
        return reader;
    }

    private LineReader newReader(Prompt prompt, ExternalTerminal terminal) {
        LineReaderBuilder builder = LineReaderBuilder.builder();
        Path file = history.file(prompt.history());
        if (file != null) {
            builder.variable(LineReader.HISTORY_FILE, file);
        }
        LineReader reader = builder
                .terminal(terminal)
                .appName("lectern")
                .parser(CommandLineEditing.parser())
                .variable(LineReader.HISTORY_SIZE, 500)
                .variable(LineReader.AMBIGUOUS_BINDING, 150L)
                .option(LineReader.Option.ERASE_LINE_ON_FINISH, true)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, false)
                .build();
        for (String line : history.lines(prompt.history())) {
            reader.getHistory().add(line);
        }
        // Esc alone cancels, as it closes everything else in Lectern.
        reader.getWidgets().put(CANCEL, () -> {
            cancelled = true;
            reader.getBuffer().clear();
            reader.callWidget(LineReader.ACCEPT_LINE);
            return true;
        });
        reader.getKeyMaps().get(LineReader.EMACS).bind(new Reference(CANCEL), KeyMap.esc());
        // The line is kept aside and an empty one accepted, which history leaves out.
        reader.getWidgets().put(RESIZED, () -> {
            interruptedLine = reader.getBuffer().toString();
            interruptedCursor = reader.getBuffer().cursor();
            reader.getBuffer().clear();
            reader.callWidget(LineReader.ACCEPT_LINE);
            return true;
        });
        reader.getKeyMaps().get(LineReader.EMACS).bind(new Reference(RESIZED), RESIZE_KEY);
        return reader;
    }

    void close() {
        if (editorTerminal == null) {
            return;
        }
        try {
            editorTerminal.close();
        } catch (IOException ignored) {
            // Nothing was left to restore on it: it only ever drew through the real terminal.
        }
    }
}
