package dev.lectern.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The lower-case English words the glossary ships (SCOWL, see glossary/SOURCES.md), to tell
 * "Analysts" or "Yesterday" opening a sentence from a name, and, for the glossary's language
 * notes, an English word left in a French text. Read once, on first use.
 */
public final class EnglishVocabulary {
    private static final String LIST = "/dev/lectern/glossary/english-words.txt.gz";

    private static final class Loaded {
        static final Set<String> WORDS = read();
    }

    private EnglishVocabulary() {
    }

    /** Whether the folded {@code key} is an English word written in lower case. */
    public static boolean isWord(String key) {
        return Loaded.WORDS.contains(key);
    }

    private static Set<String> read() {
        Set<String> words = new HashSet<>(1 << 17);
        try (InputStream in = EnglishVocabulary.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + LIST);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
