package dev.lectern.keymap;

import net.jqwik.api.Example;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.doc.HostileText;
import dev.lectern.doc.ScreenText;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever keymap.conf holds, it loads: bad lines become problems that are safe to print. */
class KeymapPropertiesTest {
    @Provide
    Arbitrary<String> hostile() {
        return HostileText.text(40);
    }

    @Property(tries = 1000)
    void anyTextLoadsWithItsBadLinesReported(@ForAll("hostile") String text) {
        KeymapParser.Result result = KeymapParser.parse("keymap\u001b[31m.conf", text, Keymap.defaults());
        assertThat(result.keymap()).isNotNull();
        for (KeymapProblem problem : result.problems()) {
            ScreenText.assertSafeMessage("keymap problem", problem.toString());
            assertThat(problem.line()).isBetween(1, text.split("\\R", -1).length);
        }
    }

    @Property(tries = 1000)
    void aKeyNameParsesOrNot(@ForAll("hostile") String name) {
        Key.parse(name).ifPresent(key -> ScreenText.assertSafe("key", key.toString(), false));
    }

    /** Found by the property above: a raw NUL was a key, drawn as is in help. */
    @Example
    void aRawControlCharacterIsNoKey() {
        assertThat(Key.parse("\u0000")).isEmpty();
        assertThat(Key.parse("M-\u001b")).isEmpty();
        KeymapParser.Result result = KeymapParser.parse("k.conf", "bind \u0007 quit", Keymap.defaults());
        assertThat(result.problems()).singleElement().hasToString("k.conf:1: unknown key '^G'");
    }
}
