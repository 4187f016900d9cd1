package dev.lectern.glossary;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.WordFormGenerator;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Rebuilds the two bundled English lists from the Debian packages (see SOURCES.md); run by hand,
 * never by the build:
 * <pre>
 * dpkg-deb -x wamerican_2020.12.07-2_all.deb x; dpkg-deb -x hunspell-fr-classical_1%3a7.0-1_all.deb x
 * java -Xmx2g -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.lectern.glossary.WordListBuilder x src/main/resources/dev/lectern/glossary
 * </pre>
 * english-words: the lower-case, letters-only words of SCOWL's american-english list (café included).
 * english-words-also-french: those of them that are also French: among the forms the French
 * hunspell dictionary generates (some 3 million, affixes expanded by Lucene, compared in lower
 * case), or accepted by its spell checker (the generator misses irregular forms such as "sera"
 * and "dis"). It is a selection of SCOWL words; no French word list is shipped.
 */
final class WordListBuilder {
    private WordListBuilder() {
    }

    public static void main(String[] args) throws IOException, java.text.ParseException {
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Set<String> english = new TreeSet<>();
        for (String line : Files.readAllLines(root.resolve("usr/share/dict/american-english"))) {
            if (line.matches("\\p{Ll}+")) {
                english.add(line);
            }
        }
        Set<String> french = new HashSet<>();
        Dictionary dictionary;
        try (InputStream aff = Files.newInputStream(root.resolve("usr/share/hunspell/fr.aff"));
             InputStream dic = Files.newInputStream(root.resolve("usr/share/hunspell/fr.dic"))) {
            dictionary = new Dictionary(new ByteBuffersDirectory(), "fr", aff, dic);
        }
        new WordFormGenerator(dictionary).generateAllSimpleWords(w -> french.add(w.getWord().toLowerCase(Locale.ROOT)), () -> { });
        Hunspell spelling = new Hunspell(dictionary);
        Set<String> shared = new TreeSet<>();
        for (String word : english) {
            if (french.contains(word) || spelling.spell(word)) {
                shared.add(word);
            }
        }
        write(out.resolve("english-words.txt.gz"), english);
        write(out.resolve("english-words-also-french.txt.gz"), shared);
        System.out.println(english.size() + " English words, " + shared.size() + " of them also French");
    }

    private static void write(Path file, Set<String> words) throws IOException {
        try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            for (String word : words) {
                writer.write(word);
                writer.newLine();
            }
        }
    }
}
