package dev.lectern.glossary;

import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.doc.UnreadableDocumentException;
import dev.lectern.entities.EntityIndex;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times {@link Glossary#build} on one file, the way the background analysis runs it (with the
 * entity index it has already built), then the entity index for comparison:
 * <pre>
 * bench/make-text 10M bench/out/10M.txt
 * java -cp target/classes:$(cat target/cp.txt) dev.lectern.glossary.GlossaryBenchmark bench/out/10M.txt [RUNS]
 * </pre>
 * The first run includes loading the word lists; the glossary.conf beside the file is used.
 */
public final class GlossaryBenchmark {
    private GlossaryBenchmark() {
    }

    public static void main(String[] args) throws UnreadableDocumentException {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Document document = DocumentLoader.load(file);
        UserGlossary user = UserGlossary.load(UserGlossary.besideArticle(file));
        long start = System.nanoTime();
        EntityIndex entities = EntityIndex.build(document);
        long entityMillis = (System.nanoTime() - start) / 1_000_000;
        for (int run = 1; run <= runs; run++) {
            start = System.nanoTime();
            int tokens = 0;
            for (var paragraph : document.paragraphs()) {
                tokens += dev.lectern.analysis.Tokenizer.tokens(paragraph.text(), document.language()).size();
            }
            long tokenMillis = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            Glossary glossary = Glossary.build(document, user, entities);
            System.out.printf(Locale.ROOT, "run %d: Glossary.build %d ms, %d entries (%d paragraphs); tokenizing alone %d ms (%d tokens)%n",
                    run, (System.nanoTime() - start) / 1_000_000, glossary.entries().size(), document.size(), tokenMillis, tokens);
        }
        System.out.println("EntityIndex.build (once, before): " + entityMillis + " ms");
    }
}
