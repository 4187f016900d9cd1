package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.analysis.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLoaderTest {
    private static final Path SEED = Path.of("content", "kazakhstan-otsc.fr.txt");
    private static final String SEED_TITLE = "MISE À JOUR : Les « soldats de la paix » de l’OTSC se déploient "
            + "pour réprimer les manifestations kazakhes";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(Document document) {
        return document.paragraphs().stream().map(Paragraph::text).toList();
    }

    // --- the seed article ---

    @Test
    void seedArticleHasItsTitleAndEightParagraphs() throws Exception {
        Document document = DocumentLoader.load(SEED);

        assertThat(document.title()).isEqualTo(SEED_TITLE);
        assertThat(document.size()).isEqualTo(8);
        assertThat(document.paragraph(1).text()).startsWith("L’Organisation du traité");
        assertThat(document.paragraph(3).text()).startsWith("Dans une allocution");
        assertThat(document.paragraph(5).text()).startsWith("Des protestations");
        assertThat(document.language()).isEqualTo(Language.FRENCH);
        assertThat(document.source()).isEqualTo(SEED);
        assertThat(document.notices()).isEmpty();
    }

    @Test
    void seedTitleRepeatedAsFirstLineIsNotAParagraph() throws Exception {
        Document document = DocumentLoader.load(SEED);

        assertThat(texts(document)).noneMatch(text -> text.startsWith("MISE À JOUR"));
        assertThat(document.paragraphs()).extracting(Paragraph::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void seedLinesOfOneParagraphAreJoinedWithASpace() throws Exception {
        Document document = DocumentLoader.load(SEED);

        assertThat(document.paragraph(7).text())
                .isEqualTo("Les manifestants après avoir pénétré par effraction "
                        + "Armurerie du Comité de sécurité nationale à Astana (through Baza)");
    }

    @Test
    void englishArticleIsGuessedEnglish() throws Exception {
        Path file = write("story.txt", "A quiet morning\n\n"
                + "The council said that it was not going to vote on the plan this year, "
                + "but the mayor has told reporters that the budget would be ready in the spring.\n\n"
                + "Residents who have been waiting for the new bridge were disappointed by the delay.\n");

        assertThat(DocumentLoader.load(file).language()).isEqualTo(Language.ENGLISH);
    }

    // --- encodings and line ends ---

    @Test
    void utf8WithoutBom() throws Exception {
        Document document = DocumentLoader.load(write("a.txt", "Titre\n\nUn café très noir."));

        assertThat(document.title()).isEqualTo("Titre");
        assertThat(texts(document)).containsExactly("Un café très noir.");
        assertThat(document.notices()).isEmpty();
    }

    @Test
    void utf8BomIsNotPartOfTheTitle() throws Exception {
        byte[] body = "Titre\n\nUn café.".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        Document document = DocumentLoader.load(write("a.txt", bytes));

        assertThat(document.title()).isEqualTo("Titre");
        assertThat(texts(document)).containsExactly("Un café.");
        assertThat(document.notices()).isEmpty();
    }

    @Test
    void utf16LittleEndianWithBom() throws Exception {
        byte[] body = "Titre\n\nUn café à l’aube.".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);

        Document document = DocumentLoader.load(write("a.txt", bytes));

        assertThat(document.title()).isEqualTo("Titre");
        assertThat(texts(document)).containsExactly("Un café à l’aube.");
    }

    @Test
    void utf16BigEndianWithBom() throws Exception {
        // UTF_16 encodes big-endian with a BOM first.
        byte[] bytes = "Titre\n\nUn café.".getBytes(StandardCharsets.UTF_16);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xFE);

        Document document = DocumentLoader.load(write("a.txt", bytes));

        assertThat(document.title()).isEqualTo("Titre");
        assertThat(texts(document)).containsExactly("Un café.");
    }

    @Test
    void crlfLineEnds() throws Exception {
        Document document = DocumentLoader.load(write("a.txt",
                "Title\r\n\r\nFirst line\r\nsecond line\r\n\r\nNext paragraph\r\n"));

        assertThat(document.title()).isEqualTo("Title");
        assertThat(texts(document)).containsExactly("First line second line", "Next paragraph");
        assertThat(document.title() + String.join("", texts(document))).doesNotContain("\r", "^M");
    }

    @Test
    void loneCarriageReturnsAreLineEnds() throws Exception {
        Document document = DocumentLoader.load(write("a.txt", "Title\r\rFirst line\rsecond line\r\rNext\r"));

        assertThat(document.title()).isEqualTo("Title");
        assertThat(texts(document)).containsExactly("First line second line", "Next");
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithANotice() throws Exception {
        byte[] bytes = "Menu\n\nUn café, deux cafés.".getBytes(TextDecoder.WINDOWS_1252);

        Document document = DocumentLoader.load(write("menu.txt", bytes));

        assertThat(texts(document)).containsExactly("Un café, deux cafés.");
        assertThat(document.notices()).hasSize(1);
        assertThat(document.notices().get(0)).contains("menu.txt", "UTF-8", "Windows-1252");
    }

    @Test
    void tabsAreExpanded() throws Exception {
        Document document = DocumentLoader.load(write("a.txt", "Title\n\nab\tcd\te"));

        assertThat(texts(document)).containsExactly("ab      cd      e");
    }

    // --- control characters and escape sequences ---

    @Test
    void escapeSequencesAndControlsNeverReachTitleOrParagraphs() throws Exception {
        String text = "\u001B]0;pwned title\u0007Real \u001B[1;31mtitle\u001B[0m\n\n"
                + "Red \u001B[31mtext\u001B[0m and a bell\u0007 here.\n\n"
                + "OSC ended by ST \u001B]2;x\u001B\\ and C1 CSI \u009B2J and NEL\u0085 and DEL\u007F.\n\n"
                + "Lone escape at the end \u001B";

        Document document = DocumentLoader.load(write("evil.txt", text));

        assertThat(document.title()).isEqualTo("Real title");
        assertNoControls(document.title());
        for (Paragraph paragraph : document.paragraphs()) {
            assertNoControls(paragraph.text());
        }
        assertThat(texts(document)).containsExactly(
                "Red text and a bell^G here.",
                "OSC ended by ST  and C1 CSI  and NEL<U+0085> and DEL^?.",
                "Lone escape at the end ^[");
    }

    @Test
    void controlsInMarkdownAndHtmlHeadingsAreSanitisedToo() throws Exception {
        Document md = DocumentLoader.load(write("a.md", "# T\u001B[31mitle\n\n## Sec\u0007tion\n\nBody\u001B]0;x\u0007.\n"));
        Document html = DocumentLoader.load(write("a.html",
                "<title>x</title><h1>T&#27;[31mitle</h1><h2>Sec&#7;tion</h2><p>Body&#27;]0;x&#7;.</p>"));

        for (Document document : List.of(md, html)) {
            assertThat(document.title()).isEqualTo("Title");
            assertThat(document.paragraph(1).heading()).isEqualTo("Sec^Gtion");
            assertThat(document.paragraph(1).text()).isEqualTo("Body.");
        }
    }

    private static void assertNoControls(String text) {
        assertThat(text.chars()).as("control characters in %s", text)
                .noneMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F));
    }

    // --- files that are not articles ---

    @Test
    void binaryFileGivesOneClearMessage() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        Path file = write("picture.txt", png);

        assertThatThrownBy(() -> DocumentLoader.load(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("picture.txt looks like a binary file, not an article.");
    }

    @Test
    void emptyFile() throws Exception {
        Path file = write("empty.txt", new byte[0]);

        assertThatThrownBy(() -> DocumentLoader.load(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("empty.txt is empty.");
    }

    @Test
    void whitespaceOnlyFile() throws Exception {
        Path file = write("blank.txt", "  \n\t\n\r\n   \n");

        assertThatThrownBy(() -> DocumentLoader.load(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("blank.txt is empty.");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nowhere.txt");

        assertThatThrownBy(() -> DocumentLoader.load(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("No such file: " + file + ".");
    }

    @Test
    void directory() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("articles"));

        assertThatThrownBy(() -> DocumentLoader.load(sub))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("articles is a directory, not an article.");
    }

    @Test
    void messagesAreOneLine() throws Exception {
        Path binary = write("x.txt", new byte[] {1, 2, 3, 0, 5});
        Path empty = write("e.txt", new byte[0]);

        for (Path file : List.of(binary, empty, dir, dir.resolve("missing.txt"))) {
            assertThatThrownBy(() -> DocumentLoader.load(file))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .message().doesNotContain("\n").doesNotContain("Exception");
        }
    }

    // --- size ---

    @Test
    void singleTenMegabyteLineIsOneParagraph() throws Exception {
        int size = 10 * 1024 * 1024;
        StringBuilder line = new StringBuilder(size + 32);
        while (line.length() < size) {
            line.append("lorem ipsum dolor sit amet ");
        }
        line.setLength(size);
        line.setCharAt(size - 1, 'x');
        Path file = write("huge.txt", line.toString());

        Document document = DocumentLoader.load(file);

        assertThat(document.size()).isEqualTo(1);
        assertThat(document.paragraph(1).text()).hasSize(size);
        assertThat(document.title()).isEqualTo("huge");
    }

    // --- formats by file name ---

    @Test
    void unknownExtensionIsReadAsPlainText() throws Exception {
        Document document = DocumentLoader.load(write("NOTES", "Notes\n\n# not a heading"));

        assertThat(document.title()).isEqualTo("Notes");
        assertThat(texts(document)).containsExactly("# not a heading");
    }

    @Test
    void extensionPicksTheFormatWhateverItsCase() throws Exception {
        Document document = DocumentLoader.load(write("README.MD", "# Heading\n\nBody"));

        assertThat(document.title()).isEqualTo("Heading");
        assertThat(texts(document)).containsExactly("Body");
    }

    @Test
    void articleNames() {
        assertThat(List.of("a.txt", "B.MD", "c.markdown", "d.html", "e.htm", "f.xhtml"))
                .allMatch(DocumentLoader::isArticleName);
        assertThat(List.of("a.png", "notes", "a.txt~", "a.pdf", "txt")).noneMatch(DocumentLoader::isArticleName);
    }
}
