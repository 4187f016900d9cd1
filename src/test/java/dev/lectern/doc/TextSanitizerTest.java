package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSanitizerTest {
    private static final String ESC = "\u001B";

    // --- clean ---

    @Test
    void plainTextIsUnchanged() {
        String text = "Les « soldats de la paix » — 東京\nsecond line";

        assertThat(TextSanitizer.clean(text)).isSameAs(text);
    }

    @Test
    void csiColourSequenceIsDropped() {
        assertThat(TextSanitizer.clean("a " + ESC + "[1;31mred" + ESC + "[0m b")).isEqualTo("a red b");
    }

    @Test
    void csiCursorAndClearSequencesAreDropped() {
        assertThat(TextSanitizer.clean(ESC + "[2J" + ESC + "[H" + ESC + "[?1049hx" + ESC + "[10;20Hy")).isEqualTo("xy");
    }

    @Test
    void oscTitleSequenceEndedByBelIsDropped() {
        assertThat(TextSanitizer.clean("before" + ESC + "]0;owned title\u0007after")).isEqualTo("beforeafter");
    }

    @Test
    void oscEndedByStringTerminatorIsDropped() {
        assertThat(TextSanitizer.clean("a" + ESC + "]8;;http://evil/" + ESC + "\\link" + ESC + "]8;;" + ESC + "\\b"))
                .isEqualTo("alinkb");
    }

    @Test
    void dcsStringIsDropped() {
        assertThat(TextSanitizer.clean("a" + ESC + "Pq#0;2;0;0;0" + ESC + "\\b")).isEqualTo("ab");
    }

    @Test
    void c1CsiAndOscAreDropped() {
        assertThat(TextSanitizer.clean("a\u009B31mb\u009D0;title\u009Cc")).isEqualTo("abc");
    }

    @Test
    void charsetDesignationIsDroppedWhole() {
        // tput sgr0 writes ESC ( B before ESC [ m: captured terminal output is full of it.
        assertThat(TextSanitizer.clean("red" + ESC + "(B" + ESC + "[mtext and " + ESC + ")0line")).isEqualTo("redtext and line");
    }

    @Test
    void twoCharacterEscapesAreDropped() {
        assertThat(TextSanitizer.clean("a" + ESC + "7b" + ESC + "8c" + ESC + "Md" + ESC + "=e")).isEqualTo("abcde");
    }

    @Test
    void escapeWithIntermediatesButNoFinalIsShown() {
        assertThat(TextSanitizer.clean("a" + ESC + "( ")).isEqualTo("a^[( ");
        assertThat(TextSanitizer.clean("a" + ESC + "(\nb")).isEqualTo("a^[(\nb");
    }

    @Test
    void loneEscapeIsShownAsCaretBracket() {
        assertThat(TextSanitizer.clean("end" + ESC)).isEqualTo("end^[");
        assertThat(TextSanitizer.clean("line" + ESC + "\nnext")).isEqualTo("line^[\nnext");
    }

    @Test
    void unterminatedOscShowsItsEscapeRatherThanHidingTheRest() {
        String cleaned = TextSanitizer.clean("a" + ESC + "]0;no end\nstill here");

        assertThat(cleaned).isEqualTo("a^[]0;no end\nstill here");
    }

    @Test
    void overlongOscIsNotTreatedAsASequence() {
        String body = "x".repeat(5000);
        String cleaned = TextSanitizer.clean(ESC + "]0;" + body + "\u0007");

        assertThat(cleaned).isEqualTo("^[]0;" + body + "^G");
    }

    @Test
    void brokenCsiShowsItsEscape() {
        assertThat(TextSanitizer.clean(ESC + "[31\u0007m")).isEqualTo("^[[31^Gm");
    }

    @Test
    void c0ControlsAreShownInCaretNotation() {
        assertThat(TextSanitizer.clean("a\u0007b\u0000c\bd\u001Fe\u007F")).isEqualTo("a^Gb^@c^Hd^_e^?");
    }

    @Test
    void c1ControlsThatAreNotSequencesAreShownVisibly() {
        assertThat(TextSanitizer.clean("a\u0085b\u0080")).isEqualTo("a<U+0085>b<U+0080>");
    }

    @Test
    void carriageReturnAndTabLeftInsideAParagraphAreVisible() {
        // normaliseLayout removes them from files; anything that gets past it must not move the cursor.
        assertThat(TextSanitizer.clean("a\rb\tc")).isEqualTo("a^Mb^Ic");
    }

    @Test
    void newlinesAreKept() {
        assertThat(TextSanitizer.clean("one\ntwo\n")).isEqualTo("one\ntwo\n");
    }

    @Test
    void combiningAccentsAreComposed() {
        assertThat(TextSanitizer.clean("cafe\u0301")).isEqualTo("café");
    }

    @Test
    void noControlEverSurvives() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xA0; c++) {
            all.append('<').append(c).append('>');
            all.append(ESC).append(c);
            all.append(ESC).append('[').append(c);
            all.append(ESC).append(']').append(c);
        }
        all.append(ESC);

        String cleaned = TextSanitizer.clean(all.toString());

        assertThat(cleaned.chars()).noneMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F));
    }

    // --- normaliseLayout ---

    @Test
    void crlfAndLoneCrBecomeNewlines() {
        assertThat(TextSanitizer.normaliseLayout("a\r\nb\rc\n\rd")).isEqualTo("a\nb\nc\n\nd");
    }

    @Test
    void tabsExpandToEightColumnStops() {
        assertThat(TextSanitizer.normaliseLayout("\tx\nab\tc\nabcdefgh\ti")).isEqualTo(
                "        x\nab      c\nabcdefgh        i");
    }

    @Test
    void tabColumnRestartsAfterCarriageReturn() {
        assertThat(TextSanitizer.normaliseLayout("abc\r\tx")).isEqualTo("abc\n        x");
    }

    @Test
    void formFeedIsAParagraphBreak() {
        assertThat(TextSanitizer.normaliseLayout("page one\fpage two")).isEqualTo("page one\n\npage two");
    }
}
