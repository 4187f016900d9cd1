package dev.lectern.keymap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.session.Action;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeymapLoaderTest {
    @TempDir
    Path dir;

    private Path userKeymapUnder(Path config, String text) throws IOException {
        Path file = config.resolve("lectern").resolve("keymap.conf");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void userKeymapIsUnderXdgConfigHome() {
        assertThat(KeymapLoader.userKeymap(Map.of("XDG_CONFIG_HOME", dir.toString())))
                .isEqualTo(dir.resolve("lectern").resolve("keymap.conf"));
    }

    @Test
    void withoutXdgConfigHomeUserKeymapIsUnderDotConfig() {
        Path expected = Path.of(System.getProperty("user.home"), ".config", "lectern", "keymap.conf");

        assertThat(KeymapLoader.userKeymap(Map.of())).isEqualTo(expected);
        assertThat(KeymapLoader.userKeymap(Map.of("XDG_CONFIG_HOME", ""))).isEqualTo(expected);
        // The XDG spec says a relative path is invalid and must be ignored.
        assertThat(KeymapLoader.userKeymap(Map.of("XDG_CONFIG_HOME", "relative/dir"))).isEqualTo(expected);
    }

    @Test
    void explicitFileIsRead() throws Exception {
        Path file = dir.resolve("my-keys.conf");
        Files.writeString(file, "bind n next-paragraph\nunbind q\n", StandardCharsets.UTF_8);
        Path config = dir.resolve("config");
        userKeymapUnder(config, "bind n quit\n");

        KeymapParser.Result result = KeymapLoader.load(file, Map.of("XDG_CONFIG_HOME", config.toString()));

        assertThat(result.problems()).isEmpty();
        assertThat(result.keymap().actionFor(Key.named("n"))).contains(Action.NEXT_PARAGRAPH);
        assertThat(result.keymap().actionFor(Key.named("q"))).isEmpty();
    }

    @Test
    void explicitFileProblemsNameThatFile() throws Exception {
        Path file = dir.resolve("my-keys.conf");
        Files.writeString(file, "# keys\nbind n teleport\n", StandardCharsets.UTF_8);

        KeymapParser.Result result = KeymapLoader.load(file, Map.of());

        assertThat(result.problems()).extracting(KeymapProblem::toString)
                .containsExactly(file + ":2: unknown action 'teleport'");
    }

    @Test
    void missingExplicitFileIsAnError() {
        Path missing = dir.resolve("nope.conf");

        assertThatThrownBy(() -> KeymapLoader.load(missing, Map.of("XDG_CONFIG_HOME", dir.toString())))
                .isInstanceOf(IOException.class);
    }

    @Test
    void userKeymapFromXdgConfigHome() throws Exception {
        Path file = userKeymapUnder(dir, "bind é next-paragraph\nbind x quit\nbind x help\n");

        KeymapParser.Result result = KeymapLoader.load(null, Map.of("XDG_CONFIG_HOME", dir.toString()));

        assertThat(result.keymap().actionFor(Key.named("é"))).contains(Action.NEXT_PARAGRAPH);
        assertThat(result.keymap().actionFor(Key.named("j"))).contains(Action.NEXT_PARAGRAPH);
        assertThat(result.problems()).extracting(KeymapProblem::toString)
                .containsExactly(file + ":3: duplicate: x is already set on line 2");
    }

    @Test
    void missingUserKeymapGivesTheDefaults() throws Exception {
        KeymapParser.Result result = KeymapLoader.load(null, Map.of("XDG_CONFIG_HOME", dir.resolve("empty").toString()));

        assertThat(result.problems()).isEmpty();
        assertThat(result.keymap().bindings()).isEqualTo(Keymap.defaults().bindings());
    }
}
