package dev.lectern.lineedit;

import java.util.List;
import java.util.function.Function;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.impl.DefaultParser;

/**
 * What the reader's ':' line and the line-mode shell share in JLine: how a command line is cut
 * into words, and completion from the command language's candidates.
 */
public final class CommandLineEditing {
    private CommandLineEditing() {
    }

    /**
     * Only double quotes group words: a single quote starts a mark ({@code jump 'a}), and a
     * backslash belongs to a regex ({@code search /\bOTSC\b/}).
     */
    public static DefaultParser parser() {
        DefaultParser parser = new DefaultParser();
        parser.setQuoteChars(new char[] {'"'});
        parser.setEscapeChars(new char[0]);
        parser.setEofOnUnclosedQuote(false);
        return parser;
    }

    /** Completes from {@code candidates} of the line up to the cursor; a directory is not followed by a space. */
    public static Completer completer(Function<String, List<String>> candidates) {
        return (reader, parsed, found) -> {
            for (String candidate : candidates.apply(parsed.line().substring(0, parsed.cursor()))) {
                found.add(new Candidate(candidate, candidate, null, null, null, null, !candidate.endsWith("/")));
            }
        };
    }
}
