package dev.lectern.command;

import dev.lectern.search.Query;
import dev.lectern.search.SearchException;
import dev.lectern.search.SearchResult;
import dev.lectern.search.SearchTooSlowException;

/**
 * {@code search WORDS | "a phrase" | /regex/}: goes to the first match from the current
 * paragraph on, wrapping at the end; the view highlights the matches and n / N step through them.
 */
public final class SearchCommand implements Command {
    @Override
    public String name() {
        return "search";
    }

    @Override
    public String usage() {
        return "search WORDS | \"a phrase\" | /regex/";
    }

    @Override
    public String summary() {
        return "find words (any accent or case, any ending), a phrase or a regular expression";
    }

    @Override
    public String run(String arguments, ReaderContext reader) throws CommandException {
        if (arguments.isBlank()) {
            throw new CommandException("Usage: " + usage());
        }
        try {
            return reader.find(Query.parse(arguments.strip()));
        } catch (SearchException | SearchTooSlowException e) {
            throw new CommandException(e.getMessage());
        }
    }

    /** Goes to the first match from the current paragraph on; returns "match i/N". */
    public static String goToFirst(ReaderContext reader, SearchResult result) throws CommandException {
        if (result.isEmpty()) {
            throw new CommandException(noMatch(result));
        }
        SearchResult.Step first = result.next(reader.session().paragraph(), -1).orElseThrow();
        reader.goToMatch(result, first.match());
        return describe(first);
    }

    /** "No match for X.", with a "did you mean" from the article's own words when there is one. */
    public static String noMatch(SearchResult result) {
        String hint = result.suggestions().isEmpty() ? "" : " Did you mean " + String.join(", ", result.suggestions()) + "?";
        return "No match for " + result.query().text() + "." + hint;
    }

    /** "match 2/7", with a note when the search went round the end of the article. */
    public static String describe(SearchResult.Step step) {
        return "match " + step.index() + "/" + step.count() + (step.wrapped() ? " (wrapped round the end)" : "");
    }
}
