package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long file opens in two steps; the first step must agree with the whole, paragraph for paragraph. */
class OpeningTest {
    @TempDir
    Path temp;

    private static String longText(int bytes, String lineEnd) {
        Random random = new Random(7);
        String[] words = {"Tokaïev", "Almaty", "la", "manifestation", "the", "protest", "«", "»", "été", "déployés", "l’OTSC", "2 500"};
        StringBuilder text = new StringBuilder("Un long titre" + lineEnd + lineEnd);
        int paragraph = 0;
        while (text.length() < bytes) {
            int count = 5 + random.nextInt(120);
            StringBuilder line = new StringBuilder("P" + (++paragraph));
            for (int i = 0; i < count; i++) {
                line.append(' ').append(words[random.nextInt(words.length)]);
                if (random.nextInt(25) == 0) {
                    line.append(lineEnd); // a line break inside a paragraph
                }
            }
            text.append(line).append(lineEnd).append(lineEnd);
        }
        return text.toString();
    }

    @Test
    void theStartIsTheWholesFirstParagraphsWithTheSameNumbers() throws Exception {
        for (String lineEnd : new String[] {"\n", "\r\n"}) {
            Path file = temp.resolve("long" + lineEnd.length() + ".txt");
            Files.writeString(file, longText(3 * DocumentLoader.QUICK_START_BYTES, lineEnd), StandardCharsets.UTF_8);
            Opening opening = DocumentLoader.open(file);
            assertThat(opening.isComplete()).isFalse();
            Document start = opening.start();
            Document whole = opening.whole();
            Document eager = DocumentLoader.parse(Files.readAllBytes(file), file.getFileName().toString(), file);
            assertThat(whole).isEqualTo(eager);
            assertThat(start.size()).isGreaterThan(10).isLessThan(whole.size());
            assertThat(whole.paragraphs().subList(0, start.size())).isEqualTo(start.paragraphs());
            assertThat(start.title()).isEqualTo(whole.title()).isEqualTo("Un long titre");
            assertThat(start.language()).isEqualTo(whole.language());
            assertThat(DocumentLoader.load(file)).isEqualTo(eager);
        }
    }

    @Test
    void shortFilesAndOtherFormatsOpenWholeAtOnce() throws Exception {
        Path small = temp.resolve("small.txt");
        Files.writeString(small, "Title\n\nOne paragraph.\n");
        assertThat(DocumentLoader.open(small).isComplete()).isTrue();
        assertThat(DocumentLoader.open(small).loadRest()).isNull();

        Path markdown = temp.resolve("long.md");
        Files.writeString(markdown, longText(2 * DocumentLoader.QUICK_START_BYTES, "\n"));
        assertThat(DocumentLoader.open(markdown).isComplete()).isTrue();
    }

    @Test
    void oneHugeParagraphWithNoBreakToCutAtIsReadWhole() throws Exception {
        Path file = temp.resolve("one-line.txt");
        Files.writeString(file, "word ".repeat(2 * DocumentLoader.QUICK_START_BYTES / 5 + 300_000));
        Opening opening = DocumentLoader.open(file);
        assertThat(opening.isComplete()).isTrue();
        assertThat(opening.start().size()).isEqualTo(1);
    }

    @Test
    void paragraphBreaksAreFoundAfterTheCutPointWithLfOrCrlf() {
        byte[] lf = "aaaa\nbbbb\n\ncccc".getBytes(StandardCharsets.US_ASCII);
        assertThat(DocumentLoader.paragraphBreakAfter(lf, 2)).isEqualTo(11);
        byte[] crlf = "aaaa\r\nbbbb\r\n\r\ncccc".getBytes(StandardCharsets.US_ASCII);
        assertThat(DocumentLoader.paragraphBreakAfter(crlf, 2)).isEqualTo(14);
        assertThat(DocumentLoader.paragraphBreakAfter("no break at all".getBytes(StandardCharsets.US_ASCII), 0)).isEqualTo(-1);
    }
}
