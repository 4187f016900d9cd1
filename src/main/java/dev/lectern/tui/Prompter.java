package dev.lectern.tui;

import java.io.IOException;

/** Reads one line for a {@link Prompt}; the full-screen reader does it with JLine on the bottom row. */
interface Prompter {
    /** The line typed, or null when cancelled. */
    String ask(Prompt prompt) throws IOException;
}
