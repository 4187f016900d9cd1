package dev.lectern.glossary;

import dev.lectern.entities.EnglishVocabulary;
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
 * The bundled English vocabulary (see SOURCES.md): SCOWL's lower-case words (the list the entity
 * recogniser reads too, {@link EnglishVocabulary}, loaded once for both), and which of them are
 * French words too ("second", "spot", "vacation"), so that only English-only words count as
 * English inside a French text. Loaded once, on first use (about 30 ms).
 */
final class EnglishWords {
    private static final class Loaded {
        static final EnglishWords INSTANCE = new EnglishWords(read("english-words-also-french.txt.gz"));
    }

    private final Set<String> alsoFrench;

    EnglishWords(Set<String> alsoFrench) {
        this.alsoFrench = alsoFrench;
    }

    static EnglishWords get() {
        return Loaded.INSTANCE;
    }

    /** An English word: lower-case letters a-z as the list has them. */
    boolean isEnglish(String word) {
        return EnglishVocabulary.isWord(word);
    }

    /** English and not a French word as well: "nationwide", not "second". */
    boolean isEnglishOnly(String word) {
        return EnglishVocabulary.isWord(word) && !alsoFrench.contains(word);
    }

    private static Set<String> read(String name) {
        Set<String> set = new HashSet<>(1 << 17);
        try (InputStream in = EnglishWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    set.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }
}
