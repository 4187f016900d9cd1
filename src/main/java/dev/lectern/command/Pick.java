package dev.lectern.command;

/** One line of a list a command shows (a summary's sentence, an entity), and the paragraph it leads to. */
public record Pick(int paragraph, String text) {
}
