package dev.lectern.search;

/**
 * A regex search stopped because one paragraph took longer than the search's time budget, or
 * because the pattern was too deeply nested for the regex engine: catastrophic backtracking
 * ({@code (a+)+$} on a long line of a's) would otherwise keep the reader searching forever.
 * The message is one line for the status bar.
 */
public class SearchTooSlowException extends RuntimeException {
    public static final String MESSAGE = "Search took too long and was stopped: simplify the pattern.";

    public SearchTooSlowException() {
        super(MESSAGE);
    }
}
