package dev.lectern.entities;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * French words written in lower case (323,571 folded forms of the npm package
 * {@code an-array-of-french-words}, MIT, see THIRD-PARTY.md), to tell "Naissances" or "Bonjour"
 * opening a sentence, or "la République", from a name. Read on first use, in French only.
 * <p>
 * The folded words are kept sorted in one byte array and looked up by binary search: a set of
 * 300,000 strings would take five times the memory.
 */
final class FrenchVocabulary {
    private static final String LIST = "/dev/lectern/entities/french-words.txt.gz";

    private static final class Loaded {
        static final FrenchVocabulary WORDS = read();
    }

    private final byte[] words;
    private final int[] starts; // where each word starts in words; one more entry, one past the last

    private FrenchVocabulary(byte[] words, int[] starts) {
        this.words = words;
        this.starts = starts;
    }

    /** Whether the folded {@code key} (see TermNormaliser.key) is a French word. */
    static boolean isWord(String key) {
        return Loaded.WORDS.contains(key.getBytes(StandardCharsets.UTF_8));
    }

    private boolean contains(byte[] key) {
        int low = 0;
        int high = starts.length - 2;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = Arrays.compareUnsigned(words, starts[middle], starts[middle + 1] - 1, key, 0, key.length);
            if (order == 0) {
                return true;
            }
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return false;
    }

    /** The list is sorted by its UTF-8 bytes, one word a line, each line ending with a newline. */
    private static FrenchVocabulary read() {
        byte[] words;
        try (InputStream in = FrenchVocabulary.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + LIST);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 22);
            new GZIPInputStream(in).transferTo(out);
            words = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int count = 0;
        for (byte b : words) {
            count += b == '\n' ? 1 : 0;
        }
        int[] starts = new int[count + 1];
        int word = 1;
        for (int i = 0; i < words.length && word <= count; i++) {
            if (words[i] == '\n') {
                starts[word++] = i + 1;
            }
        }
        return new FrenchVocabulary(words, starts);
    }
}
