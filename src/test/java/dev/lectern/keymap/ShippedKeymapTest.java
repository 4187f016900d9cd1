package dev.lectern.keymap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.session.Action;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The repository's keymap.conf is the documentation of the defaults: it must say what the code does. */
class ShippedKeymapTest {
    @Test
    void theCommentedBindingsAreExactlyTheDefaults() throws Exception {
        String shipped = Files.readString(Path.of("keymap.conf"));
        String uncommented = shipped.lines()
                .filter(line -> line.startsWith("# bind ") || line.startsWith("# unbind "))
                .map(line -> line.substring(2))
                .collect(Collectors.joining("\n"));
        KeymapParser.Result result = KeymapParser.parse("keymap.conf", uncommented, new Keymap(Map.of()));
        assertThat(result.problems()).isEmpty();
        assertThat(new LinkedHashMap<>(result.keymap().bindings())).isEqualTo(new LinkedHashMap<>(Keymap.defaults().bindings()));
    }

    @Test
    void everyActionIsDocumented() throws Exception {
        String shipped = Files.readString(Path.of("keymap.conf"));
        for (Action action : Action.values()) {
            assertThat(shipped).contains("# " + action.description()).contains(" " + action.configName());
        }
    }

    @Test
    void theShippedFileAsItIsLoadsWithoutProblems() throws Exception {
        KeymapParser.Result result = KeymapParser.parse("keymap.conf", Files.readString(Path.of("keymap.conf")), Keymap.defaults());
        assertThat(result.problems()).isEmpty();
        assertThat(result.keymap().bindings()).isEqualTo(Keymap.defaults().bindings());
    }
}
