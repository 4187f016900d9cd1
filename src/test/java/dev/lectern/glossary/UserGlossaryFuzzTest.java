package dev.lectern.glossary;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lectern.doc.ScreenText;
import java.nio.charset.StandardCharsets;

/** Jazzer on glossary.conf, read as UserGlossary.load reads it (see DocumentFuzzTest for how to run). */
class UserGlossaryFuzzTest {
    @FuzzTest(maxDuration = "1m")
    void glossaryFile(byte[] bytes) {
        UserGlossary glossary = UserGlossary.parse("glossary.conf", new String(bytes, StandardCharsets.UTF_8));
        for (GlossaryEntry entry : glossary.entries()) {
            ScreenText.assertSafe("term", entry.term(), false);
            entry.aliases().forEach(alias -> ScreenText.assertSafe("alias", alias, false));
            ScreenText.assertSafe("definition", entry.definition(), false);
        }
        glossary.problems().forEach(problem -> ScreenText.assertSafeMessage("glossary problem", problem.toString()));
    }
}
