package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lazy loader must give what the eager parse gives for the same bytes: the same title,
 * language, notices, paragraphs (numbers, texts, headings), character counts, or the same
 * complaint. Checked on every test document, on texts made to hit each rule of the plain-text
 * format, and on thousands of random texts, read in blocks small enough to cut them anywhere.
 */
class LazyPlainTextTest {
    private static final int[] BLOCKS = {LineBlocks.BLOCK_BYTES, 64, 7};

    @TempDir
    Path temp;

    private int files;

    /** Loads {@code bytes} both ways and compares; the message names the case. */
    private void assertSameAsEager(String what, byte[] bytes) throws IOException {
        Path file = temp.resolve("case" + (files++) + ".txt");
        Files.write(file, bytes);
        String name = file.getFileName().toString();
        Object eager = loadEagerly(bytes, name, file);
        for (int block : BLOCKS) {
            Object lazy = loadLazily(file, name, block);
            if (eager instanceof String complaint) {
                assertThat(lazy).as(what + " (block " + block + ")").isEqualTo(complaint);
                continue;
            }
            assertThat(lazy).as(what + " (block " + block + "): lazy gave " + lazy).isInstanceOf(Document.class);
            assertSame(what + " (block " + block + ")", (Document) eager, (Document) lazy);
        }
    }

    private static Object loadEagerly(byte[] bytes, String name, Path file) {
        try {
            return DocumentLoader.parse(bytes, name, file);
        } catch (UnreadableDocumentException e) {
            return e.getMessage();
        }
    }

    private static Object loadLazily(Path file, String name, int block) throws IOException {
        try {
            return LazyPlainText.open(file, name, block);
        } catch (UnreadableDocumentException e) {
            return e.getMessage();
        }
    }

    private static void assertSame(String what, Document eager, Document lazy) {
        assertThat(lazy.paragraphs()).as(what).isInstanceOf(LazyParagraphs.class);
        assertThat(lazy.title()).as(what + ": title").isEqualTo(eager.title());
        assertThat(lazy.language()).as(what + ": language").isEqualTo(eager.language());
        assertThat(lazy.notices()).as(what + ": notices").isEqualTo(eager.notices());
        assertThat(lazy.source()).as(what + ": source").isEqualTo(eager.source());
        assertThat(lazy.size()).as(what + ": paragraph count").isEqualTo(eager.size());
        for (int number = 1; number <= eager.size(); number++) {
            assertThat(lazy.paragraph(number)).as(what + ": ¶" + number).isEqualTo(eager.paragraph(number));
        }
        for (int number = 1; number <= eager.size() + 1; number++) {
            assertThat(lazy.charsBefore(number)).as(what + ": characters before ¶" + number)
                    .isEqualTo(eager.charsBefore(number));
        }
        assertThat(lazy).as(what).isEqualTo(eager);
    }

    // ---- real documents

    @Test
    void everyTestDocumentAndTheSeedLoadTheSameLazily() throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(Path.of("content", "kazakhstan-otsc.fr.txt"));
        try (Stream<Path> resources = Files.walk(Path.of("src", "test", "resources"))) {
            resources.filter(Files::isRegularFile).forEach(documents::add);
        }
        Path novel = Path.of("..", "shared", "bench", "les-trois-mousquetaires.fr.txt");
        if (Files.isRegularFile(novel)) {
            documents.add(novel); // a 1.3 MB novel, when the shared bench files are there
        }
        assertThat(documents).hasSizeGreaterThan(1);
        for (Path document : documents) {
            assertSameAsEager(document.toString(), Files.readAllBytes(document));
        }
    }

    @Test
    void theSeedInEveryEncodingAndLineEnd() throws IOException {
        String seed = Files.readString(Path.of("content", "kazakhstan-otsc.fr.txt"));
        for (String lineEnd : new String[] {"\n", "\r\n", "\r"}) {
            String text = seed.replace("\n", lineEnd);
            assertSameAsEager("UTF-8, " + lineEnd.length(), text.getBytes(StandardCharsets.UTF_8));
            assertSameAsEager("UTF-8 BOM", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)));
            assertSameAsEager("UTF-16LE", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
            assertSameAsEager("UTF-16BE", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)));
            assertSameAsEager("Windows-1252", text.replace("’", "'").replace("—", "-").getBytes(TextDecoder.WINDOWS_1252));
        }
    }

    // ---- each rule of the format

    @Test
    void texts() throws IOException {
        String[] cases = {
            "",
            "   \n\t\n  \n",
            "Only one line",
            "Only one line\n\n\n",
            "Title\n\nTitle\n",
            "Title\n\nTitle\n\nBody.\n",
            "Title\n\nTitle \n\n  Title\n",
            "Not a title\nbecause two lines\n\nBody.",
            "x".repeat(201) + "\n\nBody.\n",
            "x".repeat(200) + "\n\nBody.\n",
            "Title\n\n\n\n  first  line  \n   second\t line\n \t \nthird\n\n\n",
            "Title\n\na\tb\tc\n\t\tindented\ttab\n\nend\tof\t",
            "Title\r\n\r\nCRLF\r\nlines\r\n\r\nand CR\rlines\r\rhere\r",
            "Title\n\nbefore\fafter\n\f\fpage\f",
            "Title\n\n\u2003\u3000 \n\nem\u2003space\u00a0nbsp\u202fnarrow\n\u2028\n\u0085next\n\u000b\u001c\n",
            "Title\n\ncolour \u001b[31mred\u001b[0m text\n\n\u001b[0m\n\n\u001b]0;title\u0007\n\nbell\u0007 and \u009b1m C1\n\n\u001b]unterminated\nline",
            "\u001b[1m\u001b[0m\n\nOnly escapes above.\n",
            // A long file is scanned in two halves: paragraphs left blank by cleaning after the middle.
            "Title\n\nA first paragraph, long enough to hold the middle of the file. " + "Long. ".repeat(20)
                    + "\n\nSecond.\n\n\u001b[0m\n\nThird.\n\n\u001b]0;t\u0007\n\nLast.\n",
            "\u001b[1m\n\n\u001b[0m\n",
            "Title\n\nd\u00e9compos\u0065\u0301 e\u0301te\u0301\n\nCafe\u0301\n",
            "Title\n\n\ufffd a real replacement character\n",
            "Title\n\n" + "long line ".repeat(50_000) + "\n\nafter\n",
            "Title\n\n" + "no break at all ".repeat(20_000),
            "Title\n\nWords.\n\n\n\n\n\n   \n\n",
            "\n\n\nTitle after blank lines\n\nBody\n",
            "Emoji 😀 title\n\n😀 and 東京 wide\n",
        };
        for (String text : cases) {
            String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
            assertSameAsEager("UTF-8: " + shown, text.getBytes(StandardCharsets.UTF_8));
            assertSameAsEager("UTF-16LE: " + shown, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        }
    }

    @Test
    void brokenUtf8IsDecidedAsTheEagerDecoderDecides() throws IOException {
        byte[] latin = "Titre\n\nL'\u00e9t\u00e9 \u00e0 Paris, caf\u00e9 cr\u00e8me.\n".getBytes(TextDecoder.WINDOWS_1252);
        assertSameAsEager("Windows-1252", latin);
        byte[] mostlyUtf8 = concat("Titre\n\n\u00e9t\u00e9 \u00e0 caf\u00e9 d\u00e9j\u00e0\n\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE9, ' ', 'x', '\n'});
        assertSameAsEager("UTF-8 with one bad byte", mostlyUtf8);
        assertSameAsEager("bad byte late in a long file", concat(
                ("Titre\n\n" + "caf\u00e9 ".repeat(100_000) + "\n\n").getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0x80, '\n'}));
        assertSameAsEager("truncated sequence at the end", concat("Title\n\nend ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82}));
        assertSameAsEager("truncated sequence before a line end", concat("Title\n\nend ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE2, (byte) 0x82, '\n', 'x'}));
        assertSameAsEager("binary", new byte[] {'a', 0, 'b', '\n'});
        assertSameAsEager("odd UTF-16", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, '\n', 0, '\n', 0, 'b', 0, 'c'});
        assertSameAsEager("lone surrogate in UTF-16", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, '\n', 0, '\n', 0, 0x00, (byte) 0xD8, '\n', 0, 'b', 0});
    }

    // ---- random texts

    private static final String[] PIECES = {
        "word", "mot", "été", "Tokaïev", "l’OTSC", "«", "»", "—", "…", "東京", "😀", "e\u0301", "\u0301",
        " ", " ", " ", "  ", "\t", "\n", "\n", "\n", "\n\n", "\r\n", "\r", "\f", "\u00a0", "\u2003", "\u3000",
        "\u000b", "\u001c", "\u0085", "\u2028", "\u001b[31m", "\u001b[0m", "\u001b]0;t\u0007", "\u001b]", "\u001b(B",
        "\u001b", "\u0007", "\u009b2J", "\u009d", "\u0000", "\ufffd", "\ufeff", "Title", "Title\n\nTitle\n\n",
    };

    @Test
    void randomTextsInEveryEncoding() throws IOException {
        Random random = new Random(20240611);
        Charset[] charsets = {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, TextDecoder.WINDOWS_1252};
        for (int n = 0; n < Integer.getInteger("lazy.cases", 1_500); n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(60);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            Charset charset = charsets[random.nextInt(charsets.length)];
            byte[] bytes = text.toString().getBytes(charset);
            if (charset == StandardCharsets.UTF_16LE) {
                bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes);
            } else if (charset == StandardCharsets.UTF_16BE) {
                bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, bytes);
            } else if (charset == StandardCharsets.UTF_8 && random.nextInt(4) == 0) {
                bytes = spoil(bytes, random); // stray, cut or Windows-1252 bytes among UTF-8
            }
            assertSameAsEager("random text " + n + " in " + charset + ": " + escape(bytes), bytes);
        }
    }

    private static byte[] spoil(byte[] bytes, Random random) {
        byte[] spoiled = bytes.clone();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count && spoiled.length > 0; i++) {
            spoiled[random.nextInt(spoiled.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
        return spoiled;
    }

    private static String escape(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 200); i++) {
            int b = bytes[i] & 0xFF;
            out.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02x", b));
        }
        return out.toString();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    // ---- the file changing under the reader

    @Test
    void aFileChangedSinceItWasOpenedSaysSoInsteadOfShowingGarbage() throws Exception {
        Path file = temp.resolve("changing.txt");
        Files.writeString(file, "Title\n\n" + "A paragraph of the first version.\n\n".repeat(2_000));
        Document document = LazyPlainText.open(file, "changing.txt");
        Files.writeString(file, "Something else entirely.\n");
        assertThat(document.paragraph(2_000).text()).contains("changed since it was opened");
    }
}
