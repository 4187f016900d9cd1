package dev.lectern.cli;

import dev.lectern.doc.Document;
import dev.lectern.session.ReadingList;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lectern save URL|FILE}: keeps the article in the reading list, to read later, offline too. */
@Command(name = "save", mixinStandardHelpOptions = true,
        description = "Keep the article in the reading list (~/.local/share/lectern/library), to read later.")
final class SaveCli implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "URL|FILE", description = "The article: a web address or a file.")
    String source;

    @Override
    public Integer call() {
        Document document = main.article(source).orElse(null);
        if (document == null) {
            return 1;
        }
        ReadingList list = ReadingList.standard(main.environment());
        try {
            ReadingList.Outcome outcome = list.save(document, Instant.now());
            main.out().println(Main.safe((outcome.replaced() ? "Updated" : "Saved") + " \u201c" + document.title()
                    + "\u201d in the reading list: " + outcome.file()));
            return 0;
        } catch (IOException e) {
            main.complain("could not save to the reading list " + list.directory() + ": " + e.getMessage());
            return 1;
        }
    }
}
