package dev.lectern.cli;

import dev.lectern.doc.Document;
import dev.lectern.doc.Library;
import dev.lectern.doc.Metadata;
import dev.lectern.session.PositionStore;
import dev.lectern.session.ReadingList;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code lectern list [--json]}: the reading list, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Print the reading list, newest first: saved date, language, paragraphs, read, site, title, file.")
final class ListCli implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--json", description = "Print JSON: a list of {\"title\", \"byline\", \"site\", \"published\", "
            + "\"language\", \"paragraphs\", \"read\", \"saved\", \"url\", \"file\"}.")
    boolean json;

    @Override
    public Integer call() {
        ReadingList list = ReadingList.standard(main.environment());
        List<Library.Entry> saved;
        try {
            saved = list.articles();
        } catch (IOException e) {
            main.complain("cannot read the reading list " + list.directory() + ": " + e.getMessage());
            return 1;
        }
        PositionStore store = new PositionStore(PositionStore.defaultStateDirectory(main.environment()));
        PrintWriter out = main.out();
        if (json) {
            out.print("[");
            for (int i = 0; i < saved.size(); i++) {
                out.print((i == 0 ? "" : ",") + "\n  " + json(saved.get(i), store));
            }
            out.println(saved.isEmpty() ? "]" : "\n]");
        } else if (saved.isEmpty()) {
            main.err().println("lectern: the reading list is empty (lectern save URL|FILE keeps an article there).");
        } else {
            for (Library.Entry entry : saved) {
                out.println(line(entry, store));
            }
        }
        out.flush();
        return 0;
    }

    /** Tab-separated fields, each made safe on its own (the sanitiser would show the tabs as ^I). */
    private static String line(Library.Entry entry, PositionStore store) {
        String date = entry.savedAt().toString().substring(0, 10);
        if (!entry.readable()) {
            return String.join("\t", date, Main.safe(entry.file().toString()), Main.safe(entry.problem()));
        }
        Document d = entry.document();
        Integer read = percent(d, store);
        String site = d.metadata().siteName() == null ? "-" : d.metadata().siteName();
        return String.join("\t", date, d.language().code(), d.size() + " \u00b6", read == null ? "-" : read + "%",
                Main.safe(site), Main.safe(d.title()), Main.safe(entry.file().toString()));
    }

    private static String json(Library.Entry entry, PositionStore store) {
        StringBuilder json = new StringBuilder("{");
        if (entry.readable()) {
            Document d = entry.document();
            Metadata m = d.metadata();
            Integer read = percent(d, store);
            json.append("\"title\": ").append(Json.string(d.title()))
                    .append(", \"byline\": ").append(nullable(m.byline()))
                    .append(", \"site\": ").append(nullable(m.siteName()))
                    .append(", \"published\": ").append(nullable(m.published()))
                    .append(", \"language\": ").append(Json.string(d.language().code()))
                    .append(", \"paragraphs\": ").append(d.size())
                    .append(", \"read\": ").append(read == null ? "null" : read.toString())
                    .append(", \"url\": ").append(nullable(m.webAddress()))
                    .append(", ");
        } else {
            json.append("\"problem\": ").append(Json.string(entry.problem())).append(", ");
        }
        return json.append("\"saved\": ").append(Json.string(entry.savedAt().toString()))
                .append(", \"file\": ").append(Json.string(entry.file().toString())).append("}").toString();
    }

    private static Integer percent(Document document, PositionStore store) {
        try {
            return store.percentRead(document);
        } catch (IOException unreadablePosition) {
            return null;
        }
    }

    private static String nullable(String value) {
        return value == null ? "null" : Json.string(value);
    }
}
