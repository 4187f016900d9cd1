package dev.lectern.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import dev.lectern.lineedit.CommandLineEditing;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Feeds a {@link LineShell}: from a JLine prompt ({@code lectern> }, with completion and
 * history) when a person types at a terminal, dumb ones included; line by line from standard
 * input when it is a pipe, without prompts, so the output is only what was asked for.
 */
public final class ShellLoop {
    private ShellLoop() {
    }

    public static void fromPipe(LineShell shell) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (!shell.run(line)) {
                return;
            }
        }
    }

    public static void fromTerminal(LineShell shell, Path historyFile) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build()) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("lectern")
                    .parser(CommandLineEditing.parser())
                    .completer(CommandLineEditing.completer(shell::complete))
                    .variable(LineReader.HISTORY_FILE, historyFile)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            while (true) {
                String line;
                try {
                    line = reader.readLine("lectern> ");
                } catch (UserInterruptException interrupted) {
                    continue; // Ctrl-C clears the line, as in a shell
                } catch (EndOfFileException endOfInput) {
                    return;
                }
                if (!shell.run(line)) {
                    return;
                }
            }
        }
    }
}
