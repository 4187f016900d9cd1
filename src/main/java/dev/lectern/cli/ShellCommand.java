package dev.lectern.cli;

import dev.lectern.command.ReaderCommands;
import dev.lectern.doc.Document;
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

/** {@code lectern shell FILE|URL}: the line-mode reader, for dumb terminals, screen readers and scripts. */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = "Read FILE in line mode: type commands (jump, summarise, help...) at a lectern> prompt, "
                + "or pipe them in: printf 'jump 3\\n' | lectern shell FILE")
final class ShellCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILE|URL", description = "The article to read: a file or an http(s) address.")
    Path file;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Document document = main.article(Main.typed(spec, 0)).orElse(null);
        if (document == null) {
            return main.failure();
        }
        LineShell shell = new LineShell(document, ReaderCommands.standard(), main.out(), main.plainWidth(),
                ReadingList.standard(main.environment()));
        shell.fetchWith(main.fetchSettings());
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
