package dev.lectern.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * Keeps one copy of each word: a text uses the same few thousand words again and again, and an
 * analysis that holds every token of 10 MB of text held two million strings (~130 MB) where
 * sixty thousand would do. The collector's pauses grow with what is held, and they stop the
 * view too. One pool per analysis; not for several threads.
 */
public final class WordPool {
    private final Map<String, String> words = new HashMap<>();

    /** The pool's copy of {@code word}, which becomes the copy if there was none. */
    public String of(String word) {
        String kept = words.putIfAbsent(word, word);
        return kept == null ? word : kept;
    }
}
