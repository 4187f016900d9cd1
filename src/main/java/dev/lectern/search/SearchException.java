package dev.lectern.search;

import dev.lectern.doc.TextSanitizer;

/** A search that cannot be run as typed; the message is one line for the status bar. */
public class SearchException extends Exception {
    public SearchException(String message) {
        super(TextSanitizer.clean(message).replace('\n', ' ')); // it may quote what was typed
    }
}
