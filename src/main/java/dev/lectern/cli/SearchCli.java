package dev.lectern.cli;

import dev.lectern.doc.Document;
import dev.lectern.search.Match;
import dev.lectern.search.Query;
import dev.lectern.search.SearchException;
import dev.lectern.search.SearchIndex;
import dev.lectern.search.SearchResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lectern search FILE QUERY [--json]}: the matching paragraphs, the matches in [brackets]. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Print the paragraphs of FILE (or URL) that match QUERY: words (any case, accent or ending, all in one "
                + "paragraph), \"a phrase\" or /regex/.", "Exit code: 0 found, 1 no match, 2 error, 3 the page could not be fetched."})
final class SearchCli implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "FILE|URL", description = "The article: a file or an http(s) address.")
    java.nio.file.Path file;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "QUERY", description = "What to look for.")
    List<String> query;

    @Option(names = "--json", description = "Print JSON: {\"article\": {\"title\", \"byline\", \"site\", \"published\", "
            + "\"language\", \"url\"}, \"matches\": a list of {\"paragraph\", \"text\", \"matches\": [[start, end]...]}}.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = main.out();
        Document document = main.article(Main.typed(spec, 0)).orElse(null);
        if (document == null) {
            return main.failure() == Main.UNFETCHABLE ? Main.UNFETCHABLE : 2; // 1 says "no match" here
        }
        SearchResult result;
        try {
            result = SearchIndex.build(document).search(Query.parse(String.join(" ", query)));
        } catch (SearchException e) {
            main.complain(e.getMessage());
            return 2;
        }
        if (result.isEmpty()) {
            String hint = result.suggestions().isEmpty() ? "" : " Did you mean " + String.join(", ", result.suggestions()) + "?";
            main.err().println(Main.safe("lectern: no match." + hint));
            if (json) {
                out.println("{\"article\": " + Json.article(document) + ",\n\"matches\": []}");
                out.flush();
            }
            return 1;
        }
        if (json) {
            out.print("{\"article\": " + Json.article(document) + ",\n\"matches\": [");
            List<Integer> paragraphs = result.paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                int number = paragraphs.get(i);
                StringBuilder ranges = new StringBuilder();
                for (Match match : result.in(number)) {
                    ranges.append(ranges.length() == 0 ? "" : ", ").append("[").append(match.start()).append(", ").append(match.end()).append("]");
                }
                out.print((i == 0 ? "" : ",") + "\n  {\"paragraph\": " + number + ", \"text\": "
                        + Json.string(document.paragraph(number).text()) + ", \"matches\": [" + ranges + "]}");
            }
            out.println("\n]}");
        } else {
            for (int number : result.paragraphs()) {
                out.println("¶" + number + "\t" + marked(document.paragraph(number).text(), result.in(number)));
            }
        }
        out.flush();
        return 0;
    }

    /** The paragraph with each match in [brackets]. */
    private static String marked(String text, List<Match> matches) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Match match : matches) {
            if (match.start() < at) {
                continue;
            }
            out.append(text, at, match.start()).append('[').append(text, match.start(), match.end()).append(']');
            at = match.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
