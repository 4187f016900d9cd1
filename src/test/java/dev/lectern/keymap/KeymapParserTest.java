package dev.lectern.keymap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.session.Action;
import org.junit.jupiter.api.Test;

class KeymapParserTest {
    private static KeymapParser.Result parse(String text) {
        return KeymapParser.parse("keymap.conf", text, Keymap.defaults());
    }

    private static Action action(KeymapParser.Result result, String key) {
        return result.keymap().actionFor(Key.named(key)).orElse(null);
    }

    @Test
    void emptyFileKeepsTheDefaults() {
        KeymapParser.Result result = parse("");

        assertThat(result.problems()).isEmpty();
        assertThat(result.keymap().bindings()).isEqualTo(Keymap.defaults().bindings());
    }

    @Test
    void bindAddsAKeyOnTopOfTheDefaults() {
        KeymapParser.Result result = parse("bind n next-paragraph\nbind p previous-paragraph\n");

        assertThat(result.problems()).isEmpty();
        assertThat(action(result, "n")).isEqualTo(Action.NEXT_PARAGRAPH);
        assertThat(action(result, "p")).isEqualTo(Action.PREVIOUS_PARAGRAPH);
        assertThat(action(result, "j")).isEqualTo(Action.NEXT_PARAGRAPH);
    }

    @Test
    void bindReplacesADefaultKeysAction() {
        KeymapParser.Result result = parse("bind q help\n");

        assertThat(result.problems()).isEmpty();
        assertThat(action(result, "q")).isEqualTo(Action.HELP);
    }

    @Test
    void nonAsciiKeysForOtherLayouts() {
        KeymapParser.Result result = parse("bind é next-paragraph\nbind à previous-paragraph\n");

        assertThat(result.problems()).isEmpty();
        assertThat(action(result, "é")).isEqualTo(Action.NEXT_PARAGRAPH);
        assertThat(action(result, "à")).isEqualTo(Action.PREVIOUS_PARAGRAPH);
    }

    @Test
    void namedAndChordKeys() {
        KeymapParser.Result result = parse("bind pgdn last-paragraph\nbind C-N next-paragraph\nbind M-x quit\nbind F1 help\n");

        assertThat(result.problems()).isEmpty();
        assertThat(action(result, "PageDown")).isEqualTo(Action.LAST_PARAGRAPH);
        assertThat(action(result, "C-n")).isEqualTo(Action.NEXT_PARAGRAPH);
        assertThat(action(result, "M-x")).isEqualTo(Action.QUIT);
        assertThat(action(result, "F1")).isEqualTo(Action.HELP);
    }

    @Test
    void unbindRemovesADefault() {
        KeymapParser.Result result = parse("unbind Space\nunbind q\n");

        assertThat(result.problems()).isEmpty();
        assertThat(action(result, "Space")).isNull();
        assertThat(action(result, "q")).isNull();
        assertThat(action(result, "j")).isEqualTo(Action.NEXT_PARAGRAPH);
    }

    @Test
    void severalKeysForOneActionBySeveralLines() {
        KeymapParser.Result result = parse("bind n next-paragraph\nbind l next-paragraph\n");

        assertThat(result.keymap().keysFor(Action.NEXT_PARAGRAPH))
                .contains(Key.named("n"), Key.named("l"), Key.named("j"));
    }

    @Test
    void commentsAndBlankLinesAreIgnored() {
        KeymapParser.Result result = parse("# my keys\n\n   # indented comment\n\t\nbind n next-paragraph\n#bind x quit\n");

        assertThat(result.problems()).isEmpty();
        assertThat(action(result, "n")).isEqualTo(Action.NEXT_PARAGRAPH);
        assertThat(action(result, "x")).isNull();
    }

    @Test
    void trailingComment() {
        KeymapParser.Result result = parse("bind n next-paragraph # like less\nunbind q  # no quitting\n");

        assertThat(result.problems()).isEmpty();
        assertThat(action(result, "n")).isEqualTo(Action.NEXT_PARAGRAPH);
        assertThat(action(result, "q")).isNull();
    }

    @Test
    void hashCanBeAKey() {
        KeymapParser.Result result = parse("bind # help\nunbind ?\n");

        assertThat(result.problems()).isEmpty();
        assertThat(action(result, "#")).isEqualTo(Action.HELP);
        assertThat(action(result, "?")).isNull();
    }

    @Test
    void hashKeyWithATrailingComment() {
        KeymapParser.Result result = parse("bind # help # the hash key shows help\n");

        assertThat(result.problems()).isEmpty();
        assertThat(action(result, "#")).isEqualTo(Action.HELP);
    }

    @Test
    void unbindHashKey() {
        KeymapParser.Result result = KeymapParser.parse("k.conf", "unbind #\n",
                KeymapParser.parse("k.conf", "bind # help\n", Keymap.defaults()).keymap());

        assertThat(result.problems()).isEmpty();
        assertThat(action(result, "#")).isNull();
    }

    @Test
    void unknownKeyIsReportedWithFileAndLine() {
        KeymapParser.Result result = KeymapParser.parse("/home/me/keymap.conf",
                "bind n next-paragraph\n\nbind Hyper-x quit\nbind p previous-paragraph\n", Keymap.defaults());

        assertThat(result.problems()).hasSize(1);
        KeymapProblem problem = result.problems().get(0);
        assertThat(problem.file()).isEqualTo("/home/me/keymap.conf");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).isEqualTo("unknown key 'Hyper-x'");
        assertThat(problem).hasToString("/home/me/keymap.conf:3: unknown key 'Hyper-x'");
        assertThat(action(result, "n")).isEqualTo(Action.NEXT_PARAGRAPH);
        assertThat(action(result, "p")).isEqualTo(Action.PREVIOUS_PARAGRAPH);
    }

    @Test
    void unknownActionIsReported() {
        KeymapParser.Result result = parse("bind x explode\nbind n next-paragraph\n");

        assertThat(result.problems()).extracting(KeymapProblem::toString)
                .containsExactly("keymap.conf:1: unknown action 'explode'");
        assertThat(action(result, "x")).isNull();
        assertThat(action(result, "n")).isEqualTo(Action.NEXT_PARAGRAPH);
    }

    @Test
    void unknownKeyInUnbindIsReported() {
        KeymapParser.Result result = parse("unbind NoSuchKey\n");

        assertThat(result.problems()).extracting(KeymapProblem::toString)
                .containsExactly("keymap.conf:1: unknown key 'NoSuchKey'");
    }

    @Test
    void wrongNumberOfWordsIsReported() {
        KeymapParser.Result result = parse("bind x\nbind x next-paragraph extra\nunbind\nunbind j k\nbind\n");

        assertThat(result.problems()).extracting(KeymapProblem::line).containsExactly(1, 2, 3, 4, 5);
        assertThat(result.problems()).extracting(KeymapProblem::message).containsExactly(
                "expected 'bind <key> <action>'", "expected 'bind <key> <action>'",
                "expected 'unbind <key>'", "expected 'unbind <key>'", "expected 'bind <key> <action>'");
        assertThat(action(result, "x")).isNull();
        assertThat(action(result, "j")).isEqualTo(Action.NEXT_PARAGRAPH);
    }

    @Test
    void unknownCommandIsReported() {
        KeymapParser.Result result = parse("map j quit\n");

        assertThat(result.problems()).extracting(KeymapProblem::toString)
                .containsExactly("keymap.conf:1: unknown command 'map' (expected bind or unbind)");
        assertThat(action(result, "j")).isEqualTo(Action.NEXT_PARAGRAPH);
    }

    @Test
    void duplicateWithinAFileIsReportedAndTheRestLoads() {
        KeymapParser.Result result = KeymapParser.parse("/etc/k.conf",
                "bind x help\n# comment\nbind y quit\nbind x quit\nbind z first-paragraph\n", Keymap.defaults());

        assertThat(result.problems()).extracting(KeymapProblem::toString)
                .containsExactly("/etc/k.conf:4: duplicate: x is already set on line 1");
        assertThat(action(result, "x")).isEqualTo(Action.HELP);
        assertThat(action(result, "y")).isEqualTo(Action.QUIT);
        assertThat(action(result, "z")).isEqualTo(Action.FIRST_PARAGRAPH);
    }

    @Test
    void sameKeyWrittenTwoWaysIsADuplicate() {
        KeymapParser.Result result = parse("bind PgDn last-paragraph\nbind pagedown first-paragraph\n");

        assertThat(result.problems()).extracting(KeymapProblem::toString)
                .containsExactly("keymap.conf:2: duplicate: PageDown is already set on line 1");
        assertThat(action(result, "PageDown")).isEqualTo(Action.LAST_PARAGRAPH);
    }

    @Test
    void windowsLineEndsAndExtraSpaces() {
        KeymapParser.Result result = parse("bind  n \t next-paragraph\r\n\r\nbind x quit\r\n");

        assertThat(result.problems()).isEmpty();
        assertThat(action(result, "n")).isEqualTo(Action.NEXT_PARAGRAPH);
        assertThat(action(result, "x")).isEqualTo(Action.QUIT);
    }

    @Test
    void baseKeymapIsNotChanged() {
        Keymap base = Keymap.defaults();

        KeymapParser.parse("k", "unbind j\nbind z quit\n", base);

        assertThat(base.actionFor(Key.named("j"))).contains(Action.NEXT_PARAGRAPH);
        assertThat(base.actionFor(Key.named("z"))).isEmpty();
    }
}
