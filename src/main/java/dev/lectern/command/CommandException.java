package dev.lectern.command;

import dev.lectern.doc.TextSanitizer;

/** A command that could not be carried out; the message is one line for the status bar. */
public class CommandException extends Exception {
    public CommandException(String message) {
        super(TextSanitizer.clean(message).replace('\n', ' ')); // it may quote what was typed
    }
}
