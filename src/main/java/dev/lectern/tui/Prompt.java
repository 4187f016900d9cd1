package dev.lectern.tui;

import java.util.List;
import java.util.function.Function;

/**
 * A question on the bottom row: {@code label} is the prompt (":" or "/"), {@code history}
 * names its history file, {@code completions} lists candidates for the line typed so far, and
 * {@code onAnswer} takes the line, or null when the reader cancelled with Esc or Ctrl-C.
 */
record Prompt(String label, String history, Function<String, List<String>> completions,
              Function<String, Page.Reply> onAnswer) {
}
