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
    private final Terminal system;
    private final KeyboardInput keyboard;
    private final Path stateDirectory;
    /** Made on the first ':' or '/': building it reads terminfo, which the first screen need not wait for. */
    private ExternalTerminal editorTerminal;
    private final TerminalScreen screen;
    private final Map<String, LineReader> readers = new HashMap<>();
    private boolean cancelled;

    JLinePrompter(Terminal system, KeyboardInput keyboard, TerminalScreen screen, Path stateDirectory) throws IOException {
        this.system = system;
        this.screen = screen;
        this.keyboard = keyboard;
        this.stateDirectory = stateDirectory;
    }

    private ExternalTerminal editorTerminal() throws IOException {
        if (editorTerminal == null) {
            editorTerminal = new ExternalTerminal("lectern-prompt", system.getType(), keyboard.forPrompt(),
                    system.output(), StandardCharsets.UTF_8);
        }
        return editorTerminal;
    }

    /** Follows a resize of the real terminal while the prompt is open. */
    void sizeChanged() {
        if (editorTerminal != null) {
            editorTerminal.setSize(system.getSize());
            editorTerminal.raise(Terminal.Signal.WINCH);
        }
    }

    @Override
    public String ask(Prompt prompt) throws IOException {
        ExternalTerminal terminal = editorTerminal();
        LineReader reader = readers.computeIfAbsent(prompt.history(), name -> newReader(prompt, terminal));
        Size size = system.getSize();
        terminal.setSize(size);
        // Ctrl-C must cancel the line, not end the program: let it through as a key for the editor.
        Attributes saved = system.getAttributes();
        Attributes noSignals = new Attributes(saved);
        noSignals.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        system.setAttributes(noSignals);
        PrintWriter out = system.writer();
        out.printf("\033[%d;1H\033[2K\033[?25h", Math.max(1, size.getRows()));
        out.flush();
        cancelled = false;
        handBackTypeAhead();
        keyboard.setPromptOpen(true);
        try {
            String line = readerFor(prompt, reader).readLine(prompt.label());
            return cancelled ? null : line;
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
        keyboard.unread(typed.toString().getBytes(StandardCharsets.UTF_8));
    }

    private LineReader readerFor(Prompt prompt, LineReader reader) {
        reader.setVariable(LineReader.HISTORY_FILE, stateDirectory.resolve(prompt.history()));
        ((org.jline.reader.impl.LineReaderImpl) reader).setCompleter(CommandLineEditing.completer(prompt.completions()));
        return reader;
    }

    private LineReader newReader(Prompt prompt, ExternalTerminal terminal) {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("lectern")
                .parser(CommandLineEditing.parser())
                .variable(LineReader.HISTORY_FILE, stateDirectory.resolve(prompt.history()))
                .variable(LineReader.HISTORY_SIZE, 500)
                .variable(LineReader.AMBIGUOUS_BINDING, 150L)
                .option(LineReader.Option.ERASE_LINE_ON_FINISH, true)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, false)
                .build();
        // Esc alone cancels, as it closes everything else in Lectern.
        reader.getWidgets().put(CANCEL, () -> {
            cancelled = true;
            reader.getBuffer().clear();
            reader.callWidget(LineReader.ACCEPT_LINE);
            return true;
        });
        reader.getKeyMaps().get(LineReader.EMACS).bind(new Reference(CANCEL), KeyMap.esc());
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
