package dev.lectern.cli;

import dev.lectern.command.ReaderCommands;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.doc.UnreadableDocumentException;
import dev.lectern.session.PositionStore;
import dev.lectern.session.ReadingList;
import dev.lectern.shell.LineShell;
import dev.lectern.shell.ShellLoop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lectern shell FILE}: the line-mode reader, for dumb terminals, screen readers and scripts. */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = "Read FILE in line mode: type commands (jump, summarise, help...) at a lectern> prompt, "
                + "or pipe them in: printf 'jump 3\\n' | lectern shell FILE")
final class ShellCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILE", description = "The article to read.")
    Path file;

    @Override
    public Integer call() throws IOException {
        LineShell shell;
        try {
            shell = new LineShell(DocumentLoader.load(file), ReaderCommands.standard(), main.out(), main.plainWidth(),
                    ReadingList.standard(main.environment()));
        } catch (UnreadableDocumentException e) {
            main.complain(e.getMessage());
            return 1;
        }
        if (System.console() == null) {
            ShellLoop.fromPipe(shell);
        } else {
            shell.greet();
            Path history = PositionStore.defaultStateDirectory(main.environment()).resolve("shell.history");
            ShellLoop.fromTerminal(shell, history);
        }
        main.out().flush();
        return 0;
    }
}
