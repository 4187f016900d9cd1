package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8WithoutBom() throws Exception {
        TextDecoder.Decoded decoded = TextDecoder.decode("Être ou ne pas être — 東京".getBytes(StandardCharsets.UTF_8), "f");

        assertThat(decoded.text()).isEqualTo("Être ou ne pas être — 東京");
        assertThat(decoded.notices()).isEmpty();
    }

    @Test
    void utf8BomIsDropped() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "été".getBytes(StandardCharsets.UTF_8));

        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "f");

        assertThat(decoded.text()).isEqualTo("été");
        assertThat(decoded.notices()).isEmpty();
    }

    @Test
    void utf16LittleEndianBom() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "été\n".getBytes(StandardCharsets.UTF_16LE));

        assertThat(TextDecoder.decode(bytes, "f").text()).isEqualTo("été\n");
    }

    @Test
    void utf16BigEndianBom() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "été\n".getBytes(StandardCharsets.UTF_16BE));

        assertThat(TextDecoder.decode(bytes, "f").text()).isEqualTo("été\n");
    }

    @Test
    void invalidUtf8FallsBackToWindows1252WithANotice() throws Exception {
        // "café" in Windows-1252: the é is the single byte E9, which is not valid UTF-8.
        byte[] bytes = {'c', 'a', 'f', (byte) 0xE9};

        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "menu.txt");

        assertThat(decoded.text()).isEqualTo("café");
        assertThat(decoded.notices()).containsExactly("menu.txt is not valid UTF-8: read as Windows-1252.");
    }

    @Test
    void windows1252PunctuationIsDecoded() throws Exception {
        // 0x93/0x94 are curly quotes and 0x80 the euro sign in Windows-1252, not C1 controls.
        byte[] bytes = {(byte) 0x93, 'h', 'i', (byte) 0x94, ' ', '5', (byte) 0x80};

        assertThat(TextDecoder.decode(bytes, "f").text()).isEqualTo("“hi” 5€");
    }

    @Test
    void validUtf8IsNeverReadAsWindows1252() throws Exception {
        byte[] bytes = "café".getBytes(StandardCharsets.UTF_8);

        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "f");

        assertThat(decoded.text()).isEqualTo("café");
        assertThat(decoded.notices()).isEmpty();
    }

    @Test
    void nulByteMeansBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        assertThat(TextDecoder.looksBinary(png)).isTrue();
        assertThatThrownBy(() -> TextDecoder.decode(png, "x.png"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("x.png looks like a binary file, not an article.");
    }

    @Test
    void manyControlBytesMeanBinary() {
        byte[] bytes = new byte[100];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 4 == 0 ? 0x01 : 'a');
        }

        assertThat(TextDecoder.looksBinary(bytes)).isTrue();
    }

    @Test
    void textWithLineEndsTabsAndEscapesIsNotBinary() {
        byte[] bytes = "a\tb\r\nc\fd \u001B[31mred\u001B[0m and a bell \u0007\n".getBytes(StandardCharsets.UTF_8);

        assertThat(TextDecoder.looksBinary(bytes)).isFalse();
    }
}
