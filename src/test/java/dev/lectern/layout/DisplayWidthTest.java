package dev.lectern.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {
    @Test
    void asciiAndLatinLettersTakeOneColumn() {
        assertThat(DisplayWidth.of('a')).isEqualTo(1);
        assertThat(DisplayWidth.of('~')).isEqualTo(1);
        assertThat(DisplayWidth.of('é')).isEqualTo(1);
        assertThat(DisplayWidth.of('«')).isEqualTo(1);
        assertThat(DisplayWidth.of('\u00A0')).isEqualTo(1);
        assertThat(DisplayWidth.of('’')).isEqualTo(1);
        assertThat(DisplayWidth.of('Ж')).isEqualTo(1);
    }

    @Test
    void combiningMarksTakeNoColumn() {
        assertThat(DisplayWidth.of(0x0301)).isZero();
        assertThat(DisplayWidth.of(0x0327)).isZero();
        assertThat(DisplayWidth.of(0x200B)).isZero();
    }

    @Test
    void wideCharactersTakeTwoColumns() {
        assertThat(DisplayWidth.of('中')).isEqualTo(2);
        assertThat(DisplayWidth.of('한')).isEqualTo(2);
        assertThat(DisplayWidth.of('Ａ')).isEqualTo(2);
        assertThat(DisplayWidth.of(0x1F600)).isEqualTo(2);
    }

    @Test
    void controlsTakeNoColumn() {
        assertThat(DisplayWidth.of(0x07)).isZero();
        assertThat(DisplayWidth.of(0x1B)).isZero();
        assertThat(DisplayWidth.of(0x7F)).isZero();
        assertThat(DisplayWidth.of(0x9B)).isZero();
    }

    @Test
    void widthOfText() {
        assertThat(DisplayWidth.of("")).isZero();
        assertThat(DisplayWidth.of("café")).isEqualTo(4);
        assertThat(DisplayWidth.of("cafe\u0301")).isEqualTo(4);
        assertThat(DisplayWidth.of("東京 tower")).isEqualTo(10);
        assertThat(DisplayWidth.of("a😀b")).isEqualTo(4);
    }

    @Test
    void widthOfARange() {
        assertThat(DisplayWidth.of("ab東京cd", 1, 4)).isEqualTo(5);
        assertThat(DisplayWidth.of("ab東京cd", 2, 2)).isZero();
    }

    @Test
    void surrogatePairIsOneCharacter() {
        String text = "x😀";

        assertThat(text).hasSize(3);
        assertThat(DisplayWidth.of(text, 1, 3)).isEqualTo(2);
    }
}
