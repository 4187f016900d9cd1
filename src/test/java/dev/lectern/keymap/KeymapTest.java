package dev.lectern.keymap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.session.Action;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class KeymapTest {
    private final Keymap defaults = Keymap.defaults();

    private Action action(String key) {
        return defaults.actionFor(Key.named(key)).orElse(null);
    }

    @Test
    void nextParagraphKeys() {
        assertThat(defaults.keysFor(Action.NEXT_PARAGRAPH))
                .containsExactly(Key.named("j"), Key.named("Down"), Key.named("Space"), Key.named("PageDown"));
    }

    @Test
    void previousParagraphKeys() {
        assertThat(defaults.keysFor(Action.PREVIOUS_PARAGRAPH))
                .containsExactly(Key.named("k"), Key.named("Up"), Key.named("b"), Key.named("PageUp"));
    }

    @Test
    void firstAndLast() {
        assertThat(defaults.keysFor(Action.FIRST_PARAGRAPH)).containsExactly(Key.named("g"), Key.named("Home"));
        assertThat(defaults.keysFor(Action.LAST_PARAGRAPH)).containsExactly(Key.named("G"), Key.named("End"));
    }

    @Test
    void marksHelpCloseQuitRedraw() {
        assertThat(action("m")).isEqualTo(Action.SET_MARK);
        assertThat(action("'")).isEqualTo(Action.GO_TO_MARK);
        assertThat(action("?")).isEqualTo(Action.HELP);
        assertThat(action("Esc")).isEqualTo(Action.CLOSE);
        assertThat(action("q")).isEqualTo(Action.QUIT);
        assertThat(action("C-l")).isEqualTo(Action.REDRAW);
        assertThat(action("Enter")).isEqualTo(Action.OPEN);
    }

    @Test
    void paneToggleHasAKey() {
        assertThat(defaults.keysFor(Action.TOGGLE_PANE)).isNotEmpty();
    }

    @Test
    void everyActionHasADefaultKey() {
        EnumSet<Action> bound = EnumSet.noneOf(Action.class);
        bound.addAll(defaults.bindings().values());

        assertThat(bound).containsExactlyInAnyOrder(Action.values());
    }

    @Test
    void unboundKeyHasNoAction() {
        assertThat(defaults.actionFor(Key.named("z"))).isEmpty();
        assertThat(defaults.actionFor(Key.named("F5"))).isEmpty();
    }

    @Test
    void bindingsCannotBeChangedFromOutside() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> defaults.bindings().put(Key.named("z"), Action.QUIT))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyActionHasAConfigNameAndPlainWords() {
        for (Action action : Action.values()) {
            assertThat(Action.byConfigName(action.configName())).contains(action);
            assertThat(action.description()).isNotBlank().doesNotContain("_");
        }
        assertThat(Action.NEXT_PARAGRAPH.description()).startsWith("next paragraph");
        assertThat(Action.PREVIOUS_PARAGRAPH.description()).isEqualTo("previous paragraph");
        assertThat(Action.byConfigName("NEXT_PARAGRAPH")).isEmpty();
    }
}
