package dev.lectern.keymap;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lectern.doc.ScreenText;
import java.nio.charset.StandardCharsets;

/** Jazzer on keymap.conf, read as KeymapLoader reads it (see DocumentFuzzTest for how to run). */
class KeymapFuzzTest {
    @FuzzTest(maxDuration = "1m")
    void keymapFile(byte[] bytes) {
        KeymapParser.Result result = KeymapParser.parse("keymap.conf", new String(bytes, StandardCharsets.UTF_8), Keymap.defaults());
        result.problems().forEach(problem -> ScreenText.assertSafeMessage("keymap problem", problem.toString()));
        result.keymap().bindings().keySet().forEach(key -> ScreenText.assertSafe("key", key.toString(), false));
    }
}
