package dev.lectern.search;

/** A search that cannot be run as typed; the message is one line for the status bar. */
public class SearchException extends Exception {
    public SearchException(String message) {
        super(message);
    }
}
