package dev.lectern.command;

import java.util.List;

/** One command of Lectern's command language, the same in every face. */
public interface Command {
    String name();

    /** Other names it answers to (summarize for summarise). */
    default List<String> aliases() {
        return List.of();
    }

    /** How to call it, e.g. "jump N | +N | -N | N% | start | end | 'a". */
    String usage();

    /** What it does, in a few plain words. */
    String summary();

    /** Runs it with the text after the command name; returns the message to show, or null. */
    String run(String arguments, ReaderContext reader) throws CommandException;

    /** Candidates for the word being typed, given the words before it (after the command name). */
    default List<String> complete(List<String> previousWords, String word, ReaderContext reader) {
        return List.of();
    }
}
