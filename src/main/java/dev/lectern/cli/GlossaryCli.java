package dev.lectern.cli;

import dev.lectern.doc.Document;
import dev.lectern.glossary.Glossary;
import dev.lectern.glossary.GlossaryEntry;
import dev.lectern.glossary.GlossaryProblem;
import dev.lectern.glossary.UserGlossary;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lectern glossary FILE [--json]}: every glossary entry the popup can show for FILE. */
@Command(name = "glossary", mixinStandardHelpOptions = true,
        description = "Print the glossary terms FILE uses, in order of first use: from glossary.conf beside FILE, "
                + "acronyms the text expands, and words of another language.")
final class GlossaryCli implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILE|URL", description = "The article: a file or an http(s) address.")
    java.nio.file.Path file;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print JSON: {\"article\": {\"title\", \"byline\", \"site\", \"published\", "
            + "\"language\", \"url\"}, \"terms\": a list of {\"term\", \"definition\", \"source\", \"paragraphs\"}}.")
    boolean json;

    @Override
    public Integer call() {
        Document document = main.article(Main.typed(spec, 0)).orElse(null);
        if (document == null) {
            return main.failure();
        }
        UserGlossary user = UserGlossary.forArticle(document); // none for an article from the web
        for (GlossaryProblem problem : user.problems()) {
            main.complain(problem.toString());
        }
        List<GlossaryEntry> entries = Glossary.build(document, user).entries();
        PrintWriter out = main.out();
        if (json) {
            out.print("{\"article\": " + Json.article(document) + ",\n\"terms\": [");
            for (int i = 0; i < entries.size(); i++) {
                GlossaryEntry e = entries.get(i);
                out.print((i == 0 ? "" : ",") + "\n  {\"term\": " + Json.string(e.term()) + ", \"definition\": "
                        + Json.string(e.definition()) + ", \"source\": \"" + e.source().label() + "\", \"paragraphs\": "
                        + e.paragraphs() + "}");
            }
            out.println("\n]}");
        } else {
            for (GlossaryEntry e : entries) {
                out.println(e.term() + "\t" + e.source().label() + "\t"
                        + e.paragraphs().stream().map(p -> "¶" + p).collect(Collectors.joining(" ")) + "\t" + e.definition());
            }
        }
        out.flush();
        return 0;
    }
}
