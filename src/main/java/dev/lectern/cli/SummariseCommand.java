package dev.lectern.cli;

import dev.lectern.doc.Document;
import dev.lectern.summary.SectionSummary;
import dev.lectern.summary.Summariser;
import dev.lectern.summary.SummarySentence;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lectern summarise FILE [-n N] [--json]}: the summary the reader's popup would show. */
@Command(name = "summarise", aliases = "summarize", mixinStandardHelpOptions = true,
        description = "Print the key sentences of FILE in article order, each with its paragraph number; "
                + "for a long book with chapters, one line per chapter.")
final class SummariseCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILE|URL", description = "The article: a file or an http(s) address.")
    java.nio.file.Path file;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "-n", paramLabel = "N", description = "How many sentences (default: 3, or about 10% of a long text).")
    Integer count;

    @Option(names = "--json", description = "Print JSON: {\"article\": {\"title\", \"byline\", \"site\", \"published\", "
            + "\"language\", \"url\"}, \"sentences\": a list of {\"paragraph\", \"sentence\"}}; for a long book with "
            + "chapters also \"sections\": a list of {\"title\", \"paragraph\", \"sentences\"}.")
    boolean json;

    @Override
    public Integer call() {
        if (count != null && count < 1) {
            main.err().println("lectern: -n takes a number from 1.");
            return 2;
        }
        Document document = main.article(Main.typed(spec, 0)).orElse(null);
        if (document == null) {
            return main.failure();
        }
        Summariser summariser = new Summariser();
        // A long book with chapters, summary length not asked for: one line per chapter.
        List<SectionSummary> sections = count == null ? summariser.summariseSections(document) : List.of();
        List<SummarySentence> sentences = !sections.isEmpty()
                ? sections.stream().flatMap(section -> section.sentences().stream()).toList()
                : count == null ? summariser.summarise(document) : summariser.summarise(document, count);
        PrintWriter out = main.out();
        if (json) {
            out.print("{\"article\": " + Json.article(document) + ",\n\"sentences\": [");
            printSentences(out, sentences, "\n  ");
            out.print("\n]");
            if (!sections.isEmpty()) {
                out.print(",\n\"sections\": [");
                for (int i = 0; i < sections.size(); i++) {
                    SectionSummary section = sections.get(i);
                    out.print((i == 0 ? "" : ",") + "\n  {\"title\": " + Json.string(section.title()) + ", \"paragraph\": "
                            + section.paragraph() + ", \"sentences\": [");
                    printSentences(out, section.sentences(), "");
                    out.print("]}");
                }
                out.print("\n]");
            }
            out.println("}");
        } else if (!sections.isEmpty()) {
            for (SectionSummary section : sections) {
                if (section.sentences().isEmpty()) {
                    out.println("¶" + section.paragraph() + "\t" + section.title());
                }
                for (SummarySentence s : section.sentences()) {
                    out.println("¶" + s.paragraph() + "\t" + section.title() + " — " + s.text());
                }
            }
        } else {
            for (SummarySentence s : sentences) {
                out.println("¶" + s.paragraph() + "\t" + s.text());
            }
        }
        out.flush();
        return 0;
    }

    private static void printSentences(PrintWriter out, List<SummarySentence> sentences, String indent) {
        for (int i = 0; i < sentences.size(); i++) {
            SummarySentence s = sentences.get(i);
            out.print((i == 0 ? "" : ",") + indent + "{\"paragraph\": " + s.paragraph() + ", \"sentence\": "
                    + Json.string(s.text()) + "}");
        }
    }
}
