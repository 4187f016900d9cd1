package dev.lectern.keymap;

/** A line of a keymap file that was not used, and why; printed as {@code file:line: message}. */
public record KeymapProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
