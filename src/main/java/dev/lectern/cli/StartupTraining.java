package dev.lectern.cli;

import dev.lectern.tui.SystemTerminal;
import dev.lectern.tui.ViewTraining;
import java.nio.file.Path;
import java.util.List;

/**
 * The run the launcher makes its class-data sharing archive from ({@code -XX:ArchiveClassesAtExit}):
 * every class it loads is mapped from the archive on later starts instead of being loaded and
 * verified. On a terminal (the launcher gives it a pseudo-terminal, with {@code script}, and
 * keys to press), it first opens the article exactly as {@code lectern FILE} does, so that the
 * archive holds the real start-up path, lambdas included; then the parts such a short run
 * does not reach ({@link ViewTraining}). With a second argument, it keeps JLine's native
 * library in that directory (see {@link SystemTerminal#keepNativeLibrary}).
 */
public final class StartupTraining {
    /** The command line's subcommands, loaded for starts such as {@code lectern search}. */
    private static final List<Class<?>> COMMAND_LINE = List.of(ShellCommand.class, SearchCli.class,
            SummariseCommand.class, GlossaryCli.class);

    private StartupTraining() {
    }

    public static void main(String[] args) throws Exception {
        if (Main.isInteractive(System.getenv())) {
            Main.start(new String[] {args[0]});
        }
        for (Class<?> type : COMMAND_LINE) {
            Class.forName(type.getName());
        }
        ViewTraining.run(Path.of(args[0]));
        if (args.length > 1) {
            SystemTerminal.keepNativeLibrary(Path.of(args[1]));
        }
    }
}
