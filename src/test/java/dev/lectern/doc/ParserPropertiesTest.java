package dev.lectern.doc;

import net.jqwik.api.Example;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a file holds, the decoder, the sanitiser and the plain-text, Markdown and HTML
 * readers give a document that is safe to draw, or one clear refusal: never another exception.
 */
class ParserPropertiesTest {

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("a.txt", "a.md", "a.markdown", "a.html", "a.htm", "a.xhtml", "a", "notes.TXT",
                "\u001b[31mred.txt", "line\nbreak.md", "bell\u0007.html", "\u009b2J.txt", ".md");
    }

    @Provide
    Arbitrary<String> hostile() {
        return HostileText.text(60);
    }

    @Provide
    Arbitrary<Charset> charsets() {
        return Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1);
    }

    @Property(tries = 500)
    void anyBytesMakeASafeDocumentOrOneRefusal(@ForAll byte[] bytes, @ForAll("names") String name) {
        Parsed.outcome(bytes, name);
    }

    @Property(tries = 1000)
    void hostileTextMakesASafeDocumentOrOneRefusal(@ForAll("hostile") String text, @ForAll("names") String name,
                                                   @ForAll("charsets") Charset charset) {
        byte[] bytes = text.getBytes(charset);
        if (charset.name().startsWith("UTF-16")) {
            bytes = withBom(bytes, charset);
        }
        Parsed.outcome(bytes, name);
    }

    @Property(tries = 1000)
    void theSanitiserLeavesNothingThatDrivesTheTerminal(@ForAll("hostile") String text) {
        String clean = TextSanitizer.clean(text);
        ScreenText.assertSafe("cleaned text", clean, true);
        assertThat(TextSanitizer.clean(clean)).as("cleaning twice changes nothing").isEqualTo(clean);
        ScreenText.assertSafe("cleaned layout", TextSanitizer.clean(TextSanitizer.normaliseLayout(text)), true);
    }

    @Property(tries = 1000)
    void isCleanSaysExactlyWhenCleaningChangesNothing(@ForAll("hostile") String text) {
        assertThat(TextSanitizer.isClean(text, 0, text.length())).isEqualTo(TextSanitizer.clean(text).equals(text));
    }

    @Property(tries = 500)
    void theDecoderAcceptsAnyBytesOrCallsThemBinary(@ForAll byte[] bytes) {
        try {
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "a.txt");
            assertThat(decoded.text()).isNotNull();
            decoded.notices().forEach(notice -> ScreenText.assertSafe("notice", notice, false));
        } catch (UnreadableDocumentException binary) {
            ScreenText.assertSafeMessage("refusal", binary.getMessage());
        }
    }

    /** Opening a file, as the reader does, writes nothing anywhere near it. */
    @Property(tries = 100)
    void openingAFileWritesNothing(@ForAll("hostile") String text, @ForAll("names") String name) throws Exception {
        Path directory = Files.createTempDirectory("lectern-parse");
        try {
            Path file = directory.resolve(name.replace('/', '_'));
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
            try {
                Opening opening = DocumentLoader.open(file);
                ScreenText.assertSafe(opening.start());
                ScreenText.assertSafe(opening.whole());
            } catch (UnreadableDocumentException refused) {
                ScreenText.assertSafeMessage("refusal", refused.getMessage());
            }
            try (Stream<Path> files = Files.walk(directory)) {
                assertThat(files.toList()).containsExactlyInAnyOrder(directory, file);
            }
        } finally {
            delete(directory);
        }
    }

    private static byte[] withBom(byte[] bytes, Charset charset) {
        byte[] bom = charset == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] all = new byte[bytes.length + 2];
        System.arraycopy(bom, 0, all, 0, 2);
        System.arraycopy(bytes, 0, all, 2, bytes.length);
        return all;
    }

    static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Found by the property above: a file name is shown as the title and in notices, escapes and all. */
    @Example
    void aFileNameWithEscapesIsShownSafely() throws Exception {
        Document document = DocumentLoader.parse("two\nlines \u00e9\u00ff\n".getBytes(StandardCharsets.ISO_8859_1),
                "\u001b]0;pwned\u0007\u009b2Jnotes.txt", null);
        assertThat(document.title()).isEqualTo("notes"); // both sequences are whole: dropped
        assertThat(document.notices()).singleElement().asString().startsWith("notes.txt is not valid UTF-8");
    }
}
