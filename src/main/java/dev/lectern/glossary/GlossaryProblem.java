package dev.lectern.glossary;

/** A line of a glossary file that was not used, and why; printed as {@code file:line: message}. */
public record GlossaryProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
