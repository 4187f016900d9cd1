package dev.lectern.keymap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyTest {
    private static Key key(String text) {
        Optional<Key> key = Key.parse(text);
        assertThat(key).as("key %s", text).isPresent();
        return key.get();
    }

    @Test
    void singleCharactersAreKeys() {
        assertThat(key("j").name()).isEqualTo("j");
        assertThat(key("G").name()).isEqualTo("G");
        assertThat(key("?").name()).isEqualTo("?");
        assertThat(key("'").name()).isEqualTo("'");
        assertThat(key("#").name()).isEqualTo("#");
    }

    @Test
    void caseOfACharacterMatters() {
        assertThat(key("g")).isNotEqualTo(key("G"));
    }

    @Test
    void nonAsciiCharactersAreKeys() {
        assertThat(key("é").name()).isEqualTo("é");
        assertThat(key("ù").name()).isEqualTo("ù");
        assertThat(key("ж").name()).isEqualTo("ж");
        assertThat(key("😀").name()).isEqualTo("😀");
        assertThat(key("é")).isEqualTo(Key.character('é'));
    }

    @Test
    void spaceCharacterIsTheSpaceKey() {
        assertThat(key(" ")).isEqualTo(new Key("Space"));
        assertThat(Key.character(' ')).isEqualTo(new Key("Space"));
    }

    @Test
    void controlChords() {
        assertThat(key("C-x").name()).isEqualTo("C-x");
        assertThat(key("C-L")).isEqualTo(new Key("C-l"));
        assertThat(key("c-l")).isEqualTo(new Key("C-l"));
        assertThat(Key.control('L')).isEqualTo(new Key("C-l"));
    }

    @Test
    void controlNeedsAnAsciiLetter() {
        assertThat(Key.parse("C-é")).isEmpty();
        assertThat(Key.parse("C-1")).isEmpty();
        assertThat(Key.parse("C-")).isEmpty();
        assertThat(Key.parse("C-ab")).isEmpty();
    }

    @Test
    void metaChords() {
        assertThat(key("M-x").name()).isEqualTo("M-x");
        assertThat(key("m-x")).isEqualTo(new Key("M-x"));
        assertThat(key("M-X")).isEqualTo(new Key("M-X"));
        assertThat(key("M-é")).isEqualTo(Key.meta('é'));
        assertThat(key("M-1").name()).isEqualTo("M-1");
    }

    @Test
    void namedKeysIgnoreCase() {
        assertThat(key("Space").name()).isEqualTo("Space");
        assertThat(key("space").name()).isEqualTo("Space");
        assertThat(key("PAGEDOWN").name()).isEqualTo("PageDown");
        assertThat(key("pageup").name()).isEqualTo("PageUp");
        assertThat(key("enter").name()).isEqualTo("Enter");
        assertThat(key("ESC").name()).isEqualTo("Esc");
        assertThat(key("home").name()).isEqualTo("Home");
        assertThat(key("End").name()).isEqualTo("End");
        assertThat(key("tab").name()).isEqualTo("Tab");
        assertThat(key("up").name()).isEqualTo("Up");
        assertThat(key("Down").name()).isEqualTo("Down");
        assertThat(key("left").name()).isEqualTo("Left");
        assertThat(key("RIGHT").name()).isEqualTo("Right");
    }

    @Test
    void functionKeysOneToTwelve() {
        for (int n = 1; n <= 12; n++) {
            assertThat(key("F" + n).name()).isEqualTo("F" + n);
            assertThat(key("f" + n).name()).isEqualTo("F" + n);
        }
        assertThat(Key.parse("F0")).isEmpty();
        assertThat(Key.parse("F13")).isEmpty();
    }

    @Test
    void aliases() {
        assertThat(key("Escape").name()).isEqualTo("Esc");
        assertThat(key("return").name()).isEqualTo("Enter");
        assertThat(key("PgUp").name()).isEqualTo("PageUp");
        assertThat(key("pgdn").name()).isEqualTo("PageDown");
        assertThat(key("BS").name()).isEqualTo("Backspace");
        assertThat(key("del").name()).isEqualTo("Delete");
    }

    @Test
    void badNamesAreNoKey() {
        assertThat(Key.parse("")).isEmpty();
        assertThat(Key.parse("PageSideways")).isEmpty();
        assertThat(Key.parse("jj")).isEmpty();
        assertThat(Key.parse("Ctrl-x")).isEmpty();
        assertThat(Key.parse("X-a")).isEmpty();
        assertThat(Key.parse("S-a")).isEmpty();
    }

    @Test
    void namedThrowsOnABadName() {
        assertThat(Key.named("Space")).isEqualTo(new Key("Space"));
        assertThatThrownBy(() -> Key.named("Nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Nope");
    }

    @Test
    void toStringIsTheName() {
        assertThat(key("pgdn")).hasToString("PageDown");
        assertThat(key("C-l")).hasToString("C-l");
    }
}
