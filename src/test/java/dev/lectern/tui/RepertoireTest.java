package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.doc.DocumentLoader;
import dev.lectern.layout.DisplayWidth;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepertoireTest {
    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;

    @Test
    void theLocaleIsReadAsTheCLibraryReadsIt() {
        assertThat(Repertoire.charsetOf(Map.of("LANG", "fr_FR.ISO-8859-1"))).isEqualTo(LATIN_1);
        assertThat(Repertoire.charsetOf(Map.of("LANG", "fr_FR.ISO8859-1"))).isEqualTo(LATIN_1);
        assertThat(Repertoire.charsetOf(Map.of("LANG", "fr_FR.iso88591"))).isEqualTo(LATIN_1);
        assertThat(Repertoire.charsetOf(Map.of("LANG", "fr_FR.ISO-8859-15@euro"))).isEqualTo(Charset.forName("ISO-8859-15"));
        assertThat(Repertoire.charsetOf(Map.of("LANG", "en_US.utf8"))).isEqualTo(StandardCharsets.UTF_8);
        // LC_ALL over LC_CTYPE over LANG; an empty one does not count.
        assertThat(Repertoire.charsetOf(Map.of("LANG", "fr_FR.UTF-8", "LC_CTYPE", "fr_FR.ISO-8859-1"))).isEqualTo(LATIN_1);
        assertThat(Repertoire.charsetOf(Map.of("LC_ALL", "C.UTF-8", "LC_CTYPE", "fr_FR.ISO-8859-1"))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Repertoire.charsetOf(Map.of("LC_ALL", "", "LANG", "fr_FR.ISO-8859-1"))).isEqualTo(LATIN_1);
        assertThat(Repertoire.charsetOf(Map.of("LANG", "C"))).isEqualTo(StandardCharsets.US_ASCII);
        assertThat(Repertoire.charsetOf(Map.of("LC_ALL", "POSIX", "LANG", "fr_FR.UTF-8"))).isEqualTo(StandardCharsets.US_ASCII);
        assertThat(Repertoire.charsetOf(Map.of())).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Repertoire.charsetOf(Map.of("LANG", "fr_FR.NO-SUCH-CODESET"))).isEqualTo(StandardCharsets.US_ASCII);
    }

    @Test
    void whatLatinOneCannotShowBecomesOnePlainCharacter() {
        Repertoire latin = Repertoire.of(Map.of("LANG", "fr_FR.ISO-8859-1", "TERM", "xterm"));
        assertThat(Glyphs.drawable("« l’été — “déjà” … » ¶ 3 │ ┌─┐ €", latin))
                .isEqualTo("« l'été - \"déjà\" . » ¶ 3 | +-+ E");
        assertThat(Glyphs.drawable("À l’été « ¶ » 日本", Repertoire.of(Map.of("LANG", "C")))).isEqualTo("A l'ete \" # \" ? ? ");
    }

    @Test
    void aVt100DrawsBoxesInAsciiButKeepsUtf8() {
        assertThat(Glyphs.drawable("┌─┐ l’été │", Repertoire.of(Map.of("LANG", "C.UTF-8", "TERM", "vt100"))))
                .isEqualTo("+-+ l’été |");
        assertThat(Glyphs.drawable("┌─┐ │", Repertoire.of(Map.of("LANG", "C.UTF-8", "TERM", "linux")))).isEqualTo("┌─┐ │");
    }

    @Test
    void textOutsideTheScreenIsWrittenInTheLocalesCharset() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.PrintWriter out = Repertoire.writer(bytes, Map.of("LANG", "fr_FR.ISO-8859-1"))) {
            out.print("« l’été… » — ¶ 2");
        }
        assertThat(bytes.toString(LATIN_1)).isEqualTo("« l'été... » - ¶ 2");
        assertThat(bytes.toByteArray()).hasSize(18); // one byte a character
        bytes.reset();
        try (java.io.PrintWriter out = Repertoire.writer(bytes, Map.of("LANG", "fr_FR.UTF-8"))) {
            out.print("l’été…");
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("l’été…");
    }

    /** The seed article with its entity pane, as a Latin-1 terminal gets it: every column where it was. */
    @Test
    void theReaderOnALatinOneTerminalKeepsItsLayout() throws Exception {
        VirtualScreen unicode = seedWithPane(Repertoire.UNICODE);
        VirtualScreen latin = seedWithPane(Repertoire.of(Map.of("LANG", "fr_FR.ISO-8859-1", "TERM", "xterm-256color")));
        List<String> shown = latin.rows();
        List<String> before = unicode.rows();
        assertThat(String.join("\n", shown)).contains("MISE À JOUR : Les « soldats de la paix » de l'OTSC")
                .contains("L'Organisation du traité de sécurité collective").doesNotContain("’").doesNotContain("│");
        for (int row = 0; row < shown.size(); row++) {
            String line = shown.get(row);
            assertThat(LATIN_1.newEncoder().canEncode(line)).as("row %d in Latin-1: %s", row, line).isTrue();
            assertThat(DisplayWidth.of(line)).as("row %d", row).isEqualTo(DisplayWidth.of(before.get(row)));
            if (row == shown.size() - 1) {
                break; // the status bar: how far the background analysis got differs from run to run
            }
            // The pane's border and every word stand in the same columns as on a UTF-8 terminal.
            for (int column = 0; column < line.length(); column++) {
                char was = before.get(row).charAt(column);
                char is = line.charAt(column);
                if (was == '│') {
                    assertThat(is).as("row %d column %d", row, column).isEqualTo('|');
                } else if (was < 0x100) {
                    assertThat(is).as("row %d column %d", row, column).isEqualTo(was);
                }
            }
        }
    }

    private static VirtualScreen seedWithPane(Repertoire repertoire) throws Exception {
        var document = DocumentLoader.load(Path.of("content/kazakhstan-otsc.fr.txt"));
        VirtualScreen screen = new VirtualScreen(120, 40, null, null, w -> new ReaderPage(document, w), Theme.colour(), null,
                repertoire);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!screen.text().contains("People") && System.nanoTime() < deadline) {
            screen.app.tick();
            screen.app.render();
            Thread.sleep(20);
        }
        assertThat(screen.text()).contains("People");
        return screen;
    }
}
