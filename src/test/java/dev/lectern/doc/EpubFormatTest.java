package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.analysis.Language;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpubFormatTest {
    @TempDir
    Path dir;

    private Document load(EpubBuilder book) throws Exception {
        return DocumentLoader.load(book.writeTo(dir.resolve("book.epub")));
    }

    private static List<String> titles(Document document) {
        return document.sections().stream().map(Section::title).toList();
    }

    @Test
    void anEpub3BookHasItsTitleAuthorLanguageAndChaptersAsSections() throws Exception {
        Document book = load(EpubBuilder.epub3().title("The Slow River").creator("Ann Author").language("en-GB")
                .chapter("one.xhtml", "Chapter One", "<h1>Chapter One</h1><p>It was   a\n cold morning.</p><h2>By the water</h2><p>They walked.</p>")
                .chapter("two.xhtml", "Chapter Two", "<h1>II</h1><p>The boat came.</p>")
                .chapter("three.xhtml", null, "<h2>An untitled interlude</h2><div>Plain text in a div.</div>"));

        assertThat(book.title()).isEqualTo("The Slow River");
        assertThat(book.metadata().byline()).isEqualTo("Ann Author");
        assertThat(book.metadata().languageTag()).isEqualTo("en-GB");
        assertThat(book.language()).isEqualTo(Language.ENGLISH);
        assertThat(book.paragraphs()).extracting(Paragraph::text)
                .containsExactly("It was a cold morning.", "They walked.", "The boat came.", "Plain text in a div.");
        // The contents' label names the chapter; a heading that repeats it is not said twice, another one is kept.
        assertThat(book.paragraph(1).heading()).isEqualTo("Chapter One");
        assertThat(book.paragraph(2).heading()).isEqualTo("By the water");
        assertThat(book.paragraph(3).heading()).isEqualTo("Chapter Two\nII");
        assertThat(book.paragraph(4).heading()).isEqualTo("An untitled interlude"); // no label: its first heading
        assertThat(book.sections()).containsExactly(new Section(1, "Chapter One"), new Section(2, "By the water"),
                new Section(3, "Chapter Two"), new Section(3, "II"), new Section(4, "An untitled interlude"));
        assertThat(book.sectionAt(2).title()).isEqualTo("By the water");
        assertThat(book.sectionAt(3).title()).isEqualTo("II");
    }

    @Test
    void anEpub2BookTakesItsContentsFromTheNcx() throws Exception {
        Document book = load(EpubBuilder.epub2().title("Le Fleuve").creator("Jean Auteur").language("fr")
                .chapter("a.xhtml", "Première partie", "<p>Il était une fois une rivière.</p>")
                .chapter("b.xhtml", "Deuxième partie", "<p>Elle coulait lentement<br/>vers la mer.</p>"));

        assertThat(book.title()).isEqualTo("Le Fleuve");
        assertThat(book.metadata().byline()).isEqualTo("Jean Auteur");
        assertThat(book.language()).isEqualTo(Language.FRENCH);
        assertThat(titles(book)).containsExactly("Première partie", "Deuxième partie");
        assertThat(book.paragraph(2).text()).isEqualTo("Elle coulait lentement\nvers la mer."); // <br> kept, for verse
    }

    @Test
    void contentsEntriesPointingAtAnchorsNameTheParagraphThere() throws Exception {
        Document book = load(EpubBuilder.epub3()
                .chapter("one.xhtml", null, "<h1 id=\"c1\">1</h1><p>First.</p><p id=\"s2\">Second part starts.</p>")
                .entry("OEBPS/nav.xhtml", """
                        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body>
                        <nav epub:type="toc"><ol><li><a href="one.xhtml#c1">The Beginning</a>
                          <ol><li><a href="one.xhtml#s2">A Second Part</a></li></ol></li></ol></nav></body></html>"""));

        assertThat(book.sections()).containsExactly(new Section(1, "The Beginning"), new Section(1, "1"),
                new Section(2, "A Second Part"));
    }

    @Test
    void aTitlePageWithoutTextPassesItsHeadingToTheNextChapter() throws Exception {
        Document book = load(EpubBuilder.epub3()
                .chapter("part.xhtml", "Part One", "<h1>Part One</h1>")
                .chapter("one.xhtml", "Chapter 1", "<p>Text.</p>")
                .chapter("end.xhtml", "The End", "<h1>The End</h1>"));

        assertThat(book.paragraph(1).heading()).isEqualTo("Part One\nChapter 1");
        assertThat(book.paragraphs()).extracting(Paragraph::text).containsExactly("Text.", "The End");
    }

    @Test
    void listsQuotesCodeLooseTextAndEntitiesReadAsInHtml() throws Exception {
        Document book = load(EpubBuilder.epub3().chapter("one.xhtml", "One", """
                <div class="para">Loose <em>text</em> in a div,
                   over two source lines.</div>
                <ul><li>first item</li><li>second <b>item</b></li></ul>
                <blockquote><p>A quoted line.</p></blockquote>
                <pre>code  kept
                  as is</pre>
                <p>Caf&#233; &amp; cr&#232;me&#160;!</p>
                <div><span>Before</span><p>Inside.</p>After</div>
                <img src="cover.jpg" alt="a cover"/>
                """));
        assertThat(book.paragraphs()).extracting(Paragraph::text).containsExactly(
                "Loose text in a div, over two source lines.", "• first item", "• second item", "> A quoted line.",
                "code  kept\n  as is", "Café & crème\u00A0!", "Before", "Inside.", "After");
    }

    @Test
    void aDownloadedBookIsReadFromItsBytes() throws Exception {
        byte[] bytes = EpubBuilder.epub3().chapter("one.xhtml", "One", "<p>From the web.</p>").bytes();
        Document book = DocumentLoader.parse(bytes, "download.epub", null);
        assertThat(book.title()).isEqualTo("A Test Book");
        assertThat(book.paragraph(1).text()).isEqualTo("From the web.");
        assertThat(titles(book)).containsExactly("One");
    }

    @Test
    void theLibraryListsBooksAndSaysWhyOneCannotBeRead() throws Exception {
        assertThat(DocumentLoader.isArticleName("Novel.EPUB")).isTrue();
        EpubBuilder.epub3().title("Open Book").chapter("one.xhtml", "One", "<p>x</p>").writeTo(dir.resolve("a.epub"));
        EpubBuilder.epub3().chapter("one.xhtml", "One", "<p>x</p>").entry("META-INF/rights.xml", "<rights/>").writeTo(dir.resolve("b.epub"));
        List<Library.Entry> entries = Library.list(dir);
        assertThat(entries).extracting(e -> e.file().getFileName().toString()).containsExactly("a.epub", "b.epub");
        assertThat(entries.get(0).document().title()).isEqualTo("Open Book");
        assertThat(entries.get(1).problem()).isEqualTo("b.epub is protected by DRM (Adobe ADEPT: META-INF/rights.xml) and cannot be read.");
    }

    @Test
    void escapeSequencesInAChapterNeverReachTheScreen() throws Exception {
        Document book = load(EpubBuilder.epub3().chapter("one.xhtml", "One\u001b[2J", "<p>Red \u001b[31mtext&#27;[0m here.</p>"));
        assertThat(book.paragraph(1).text()).doesNotContain("\u001b").doesNotContain("[31m").contains("Red").contains("here.");
        assertThat(book.paragraph(1).heading()).doesNotContain("\u001b");
    }

    // ---- a long book: the first chapters at once, the rest from one scan, decoded when asked for

    @Test
    void aLongBookShowsItsFirstChaptersThenTheWholeWithTheSameParagraphs() throws Exception {
        EpubBuilder builder = EpubBuilder.epub3();
        for (int c = 1; c <= 30; c++) {
            builder.textChapter("c" + c + ".xhtml", "Chapter " + c, 20);
        }
        byte[] bytes = builder.bytes();
        Opening opening = EpubFormat.open(EpubArchive.of(bytes, "long.epub"), "long.epub", null, 2000);

        assertThat(opening.isComplete()).isFalse();
        Document start = opening.start();
        assertThat(start.size()).isLessThan(600).isGreaterThanOrEqualTo(20);
        Document whole = opening.whole();
        assertThat(whole.size()).isEqualTo(600);
        for (int i = 1; i <= start.size(); i++) {
            assertThat(whole.paragraph(i)).isEqualTo(start.paragraph(i));
        }
        assertThat(whole.paragraph(581).text()).isEqualTo("Chapter 30, paragraph 1: the river ran slow and brown.");
        assertThat(whole.paragraph(581).heading()).isEqualTo("Chapter 30");
        assertThat(whole.paragraph(600).text()).startsWith("Chapter 30, paragraph 20");
        assertThat(whole.paragraph(41).text()).startsWith("Chapter 3, paragraph 1:"); // back to an early chapter
        assertThat(whole.sections()).hasSize(30);
        assertThat(whole.sectionAt(590)).isEqualTo(new Section(581, "Chapter 30"));
        long chars = 0;
        for (Paragraph paragraph : whole.paragraphs()) {
            chars += paragraph.text().length();
        }
        assertThat(whole.charsBefore(601)).isEqualTo(chars);
    }

    // ---- what is refused, each with one sentence

    @Test
    void notAZipIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("fake.epub"), "This is just text pretending to be a book.");
        assertThatThrownBy(() -> DocumentLoader.load(file)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("fake.epub is not an EPUB book: it is not a zip archive.");
        assertThatThrownBy(() -> DocumentLoader.parse(Files.readAllBytes(file), "fake.epub", null))
                .hasMessage("fake.epub is not an EPUB book: it is not a zip archive.");
    }

    @Test
    void aMissingOrBrokenContainerOrPackageIsRefused() throws Exception {
        EpubBuilder valid = EpubBuilder.epub3().chapter("one.xhtml", "One", "<p>x</p>");
        assertThatThrownBy(() -> load(EpubBuilder.epub3().chapter("one.xhtml", "One", "<p>x</p>").withoutContainer()))
                .hasMessage("book.epub is not a readable EPUB book: META-INF/container.xml is missing.");
        assertThatThrownBy(() -> load(EpubBuilder.epub3().chapter("one.xhtml", "One", "<p>x</p>").entry("META-INF/container.xml", "<container/>")))
                .hasMessage("book.epub is not a readable EPUB book: META-INF/container.xml names no package file.");
        assertThatThrownBy(() -> load(EpubBuilder.epub3().chapter("one.xhtml", "One", "<p>x</p>").withoutPackage()))
                .hasMessage("book.epub is not a readable EPUB book: its package file OEBPS/content.opf is missing.");
        assertThatThrownBy(() -> load(EpubBuilder.epub3().chapter("one.xhtml", "One", "<p>x</p>").entry("OEBPS/content.opf", "garbage \u0000\u0001")))
                .hasMessage("book.epub is not a readable EPUB book: its package file OEBPS/content.opf is not an OPF package.");
        assertThat(load(valid).size()).isEqualTo(1);
    }

    @Test
    void aMissingChapterIsRefused() throws Exception {
        assertThatThrownBy(() -> load(EpubBuilder.epub3().chapter("one.xhtml", "One", "<p>x</p>")
                .chapter("two.xhtml", "Two", "<p>y</p>").withoutChapterFile("two.xhtml")))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("book.epub is not a readable EPUB book: its chapter OEBPS/two.xhtml is missing.");
    }

    @Test
    void aChapterOutsideTheBookIsRefusedAndTraversalEntriesAreIgnored() throws Exception {
        EpubBuilder climbing = EpubBuilder.epub3().chapter("../../evil.xhtml", "Evil", "<p>x</p>");
        assertThatThrownBy(() -> load(climbing)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("book.epub is refused: it refers to ../../evil.xhtml, outside the book.");

        // Entries named out of the archive are not listed: the book cannot reach them, even by their own name.
        EpubBuilder absolute = EpubBuilder.epub3().chapter("one.xhtml", "One", "<p>x</p>")
                .withoutChapterFile("one.xhtml").entry("/OEBPS/one.xhtml", "<p>absolute</p>")
                .entry("../OEBPS/one.xhtml", "<p>climbing</p>");
        assertThatThrownBy(() -> load(absolute))
                .hasMessage("book.epub is not a readable EPUB book: its chapter OEBPS/one.xhtml is missing.");

        Document fine = load(EpubBuilder.epub3().chapter("one.xhtml", "One", "<p>Safe.</p>").entry("../../etc/passwd", "root"));
        assertThat(fine.paragraph(1).text()).isEqualTo("Safe.");
        assertThat(EpubArchive.safeName("a/../../b")).isNull();
        assertThat(EpubArchive.safeName("C:/windows")).isNull();
        assertThat(EpubArchive.safeName("OEBPS/a..b.xhtml")).isEqualTo("OEBPS/a..b.xhtml");
    }

    @Test
    void drmProtectedBooksAreRefused() throws Exception {
        assertThatThrownBy(() -> load(EpubBuilder.epub3().chapter("one.xhtml", "One", "<p>x</p>")
                .entry("META-INF/rights.xml", "<rights/>")))
                .hasMessage("book.epub is protected by DRM (Adobe ADEPT: META-INF/rights.xml) and cannot be read.");
        assertThatThrownBy(() -> load(EpubBuilder.epub3().chapter("one.xhtml", "One", "<p>x</p>")
                .entry("META-INF/encryption.xml", encryption("OEBPS/one.xhtml"))))
                .hasMessage("book.epub is protected by DRM (META-INF/encryption.xml encrypts OEBPS/one.xhtml) and cannot be read.");
        // Obfuscated fonts are no DRM: the text is there to read.
        Document fonts = load(EpubBuilder.epub3().chapter("one.xhtml", "One", "<p>Readable.</p>")
                .entry("META-INF/encryption.xml", encryption("OEBPS/fonts/serif.otf")));
        assertThat(fonts.paragraph(1).text()).isEqualTo("Readable.");
    }

    private static String encryption(String uri) {
        return """
                <encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
                  <enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
                    <enc:CipherData><enc:CipherReference URI="%s"/></enc:CipherData></enc:EncryptedData>
                </encryption>""".formatted(uri);
    }

    @Test
    void aChapterThatInflatesBeyondReasonIsAZipBomb() throws Exception {
        byte[] zeros = new byte[16 * 1024 * 1024]; // packs to a few kilobytes: over 1000 to 1
        Map<String, byte[]> entries = new LinkedHashMap<>();
        byte[] valid = EpubBuilder.epub3().chapter("one.xhtml", "One", "<p>x</p>").bytes();
        entries.putAll(unzip(valid));
        entries.put("OEBPS/one.xhtml", zeros);
        byte[] bomb = EpubBuilder.zip(entries);
        assertThat(bomb.length).isLessThan(200_000);
        Files.write(dir.resolve("bomb.epub"), bomb);

        assertThatThrownBy(() -> DocumentLoader.load(dir.resolve("bomb.epub")))
                .hasMessage("bomb.epub looks like a zip bomb: OEBPS/one.xhtml inflates to over 100 times its packed size.");
        assertThatThrownBy(() -> DocumentLoader.parse(bomb, "bomb.epub", null))
                .hasMessageStartingWith("bomb.epub looks like a zip bomb");
        assertThat(dir.toFile().list()).containsExactly("bomb.epub"); // nothing unpacked to disk
    }

    @Test
    void aBookThatInflatesPastTheTotalLimitIsRefusedWhateverItsRatios() throws Exception {
        EpubBuilder builder = EpubBuilder.epub3();
        for (int c = 1; c <= 20; c++) {
            builder.textChapter("c" + c + ".xhtml", "Chapter " + c, 50);
        }
        byte[] bytes = builder.bytes();
        assertThatThrownBy(() -> EpubFormat.open(EpubArchive.of(bytes, "big.epub", 40_000), "big.epub", null, 1000).whole())
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("big.epub unpacks to more than 40000 bytes: it looks like a zip bomb and is not opened.");
        assertThat(EpubFormat.open(EpubArchive.of(bytes, "big.epub"), "big.epub", null, 1000).whole().size()).isEqualTo(1000);
    }

    @Test
    void entriesThatDeclareNoSizeAreMeasuredAsTheyInflate() throws Exception {
        // Sizes left to a data descriptor are unknown while reading: the inflated bytes are counted instead.
        byte[] zeros = new byte[3 * 1024 * 1024];
        Map<String, byte[]> entries = new LinkedHashMap<>(unzip(EpubBuilder.epub3().chapter("one.xhtml", "One", "<p>x</p>").bytes()));
        entries.put("OEBPS/one.xhtml", zeros);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey())); // sizes left unknown: a data descriptor follows
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        assertThatThrownBy(() -> DocumentLoader.parse(out.toByteArray(), "lying.epub", null))
                .hasMessageStartingWith("lying.epub looks like a zip bomb");
    }

    static Map<String, byte[]> unzip(byte[] bytes) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void markdownAndHtmlHeadingsAreSectionsToo() throws Exception {
        Document markdown = DocumentLoader.parse("# Title\n\nIntro.\n\n## One\n\nText.\n\n## Two\n\nMore.\n".getBytes(StandardCharsets.UTF_8), "a.md", null);
        assertThat(markdown.sections()).containsExactly(new Section(2, "One"), new Section(3, "Two"));
        assertThat(markdown.sectionAt(1)).isNull();
        assertThat(markdown.sectionAt(2).title()).isEqualTo("One");
        Document plain = DocumentLoader.parse("Just\n\nparagraphs.\n".getBytes(StandardCharsets.UTF_8), "a.txt", null);
        assertThat(plain.sections()).isEmpty();
    }
}
