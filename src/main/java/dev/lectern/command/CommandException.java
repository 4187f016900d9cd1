package dev.lectern.command;

/** A command that could not be carried out; the message is one line for the status bar. */
public class CommandException extends Exception {
    public CommandException(String message) {
        super(message);
    }
}
