package dev.lectern.cli;

import dev.lectern.doc.Document;
import dev.lectern.entities.Entity;
import dev.lectern.entities.EntityIndex;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lectern entities FILE [--json]}: the people, places, organisations and figures the pane shows. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Print the key entities of FILE, most salient first, with their type, other forms and mentions.")
final class EntitiesCli implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILE|URL", description = "The article: a file or an http(s) address.")
    java.nio.file.Path file;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print JSON: {\"article\": {\"title\", \"byline\", \"site\", \"published\", "
            + "\"language\", \"url\"}, \"entities\": a list of {\"name\", \"type\", \"aliases\", \"mentions\", \"paragraphs\"}}.")
    boolean json;

    @Override
    public Integer call() {
        Document document = main.article(Main.typed(spec, 0)).orElse(null);
        if (document == null) {
            return main.failure();
        }
        List<Entity> entities = EntityIndex.build(document).entities();
        PrintWriter out = main.out();
        if (json) {
            out.print("{\"article\": " + Json.article(document) + ",\n\"entities\": [");
            for (int i = 0; i < entities.size(); i++) {
                Entity e = entities.get(i);
                out.print((i == 0 ? "" : ",") + "\n  {\"name\": " + Json.string(e.name()) + ", \"type\": \"" + e.type()
                        + "\", \"aliases\": [" + e.aliases().stream().map(Json::string).collect(Collectors.joining(", "))
                        + "], \"mentions\": " + e.mentions() + ", \"paragraphs\": " + e.paragraphs() + "}");
            }
            out.println("\n]}");
        } else {
            for (Entity e : entities) {
                out.println(e.type() + "\t" + e.mentions() + "\t" + e.name()
                        + (e.aliases().isEmpty() ? "" : "\t(" + String.join(", ", e.aliases()) + ")"));
            }
        }
        out.flush();
        return 0;
    }
}
