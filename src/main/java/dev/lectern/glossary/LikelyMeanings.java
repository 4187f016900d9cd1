package dev.lectern.glossary;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.TermNormaliser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Our own short lists of what common English words mean in French (for French articles) and
 * French words in English (for English articles): {@code word = meaning} lines, {@code #}
 * comments. Entries of several words ("vacation spot") are phrases the notes look for as a whole.
 */
final class LikelyMeanings {
    private static final class Loaded {
        static final LikelyMeanings ENGLISH_IN_FRENCH = new LikelyMeanings(read("meanings-en-fr.txt"));
        static final LikelyMeanings FRENCH_IN_ENGLISH = new LikelyMeanings(read("meanings-fr-en.txt"));
    }

    /** Endings tried, longest first, when a word is not in the list as written: "prepared" → "prepare". */
    private static final List<String[]> ENDINGS = List.of(new String[] {"ing", "e"}, new String[] {"ing", ""},
            new String[] {"ies", "y"}, new String[] {"es", ""}, new String[] {"ed", "e"}, new String[] {"ed", ""},
            new String[] {"s", ""}, new String[] {"x", ""});

    private final Map<String, String> meanings;

    LikelyMeanings(Map<String, String> meanings) {
        this.meanings = meanings;
    }

    /** The meanings of foreign words found in an article written in {@code language}. */
    static LikelyMeanings forArticleIn(Language language) {
        return language == Language.ENGLISH ? Loaded.FRENCH_IN_ENGLISH : Loaded.ENGLISH_IN_FRENCH;
    }

    /** The likely meaning of the folded word or phrase, trying common endings off a single word. */
    Optional<String> of(String key) {
        String meaning = meanings.get(key);
        if (meaning == null && !key.contains(" ")) {
            for (String[] ending : ENDINGS) {
                if (key.endsWith(ending[0]) && key.length() > ending[0].length() + 2) {
                    meaning = meanings.get(key.substring(0, key.length() - ending[0].length()) + ending[1]);
                    if (meaning != null) {
                        break;
                    }
                }
            }
        }
        return Optional.ofNullable(meaning);
    }

    /** The folded phrases of several words, which the notes find even when each word is also French. */
    Iterable<String> phrases() {
        return meanings.keySet().stream().filter(k -> k.contains(" ")).toList();
    }

    private static Map<String, String> read(String name) {
        Map<String, String> meanings = new HashMap<>();
        try (InputStream in = LikelyMeanings.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int equals = line.indexOf('=');
                if (!line.startsWith("#") && equals > 0) {
                    meanings.put(TermNormaliser.key(line.substring(0, equals)), line.substring(equals + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return meanings;
    }
}
