package dev.lectern.tui;

import dev.lectern.session.ReaderState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the command line's histories (one per prompt: commands, searches, the library's filter)
 * are kept between sessions: files in the local user's state directory, which JLine reads and
 * writes itself, or a served reader's {@link ReaderState}, which keeps the commands' history
 * (the other prompts' histories then last as long as the session).
 */
interface PromptHistory {
    /** The file JLine keeps the history {@code name} in; null when JLine keeps no file. */
    Path file(String name);

    /** The lines to start the history {@code name} with, oldest first, when JLine keeps no file. */
    List<String> lines(String name);

    /** A line was run at the prompt whose history is {@code name}. */
    void keep(String name, String line);

    static PromptHistory files(Path stateDirectory) {
        return new PromptHistory() {
            @Override
            public Path file(String name) {
                return stateDirectory.resolve(name);
            }

            @Override
            public List<String> lines(String name) {
                return List.of();
            }

            @Override
            public void keep(String name, String line) {
                // JLine appends it to the file.
            }
        };
    }

    static PromptHistory of(ReaderState state) {
        String commands = "commands.history";
        return new PromptHistory() {
            @Override
            public Path file(String name) {
                return null;
            }

            @Override
            public List<String> lines(String name) {
                try {
                    return name.equals(commands) ? state.history() : List.of();
                } catch (IOException | RuntimeException unreadable) {
                    return List.of(); // a convenience: the reader reads on without it
                }
            }

            @Override
            public void keep(String name, String line) {
                if (name.equals(commands) && !line.isBlank()) {
                    try {
                        state.addToHistory(line);
                    } catch (IOException | RuntimeException unsaved) {
                        // as above
                    }
                }
            }
        };
    }
}
