package dev.lectern.keymap;

import dev.lectern.doc.TextSanitizer;

/** A line of a keymap file that was not used, and why; printed as {@code file:line: message}. */
public record KeymapProblem(String file, int line, String message) {
    /** The file's name and its words are shown: made safe to draw, on one line. */
    public KeymapProblem {
        file = TextSanitizer.clean(file).replace('\n', ' ');
        message = TextSanitizer.clean(message).replace('\n', ' ');
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
