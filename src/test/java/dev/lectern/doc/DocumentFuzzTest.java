package dev.lectern.doc;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the readers (Jazzer). A plain {@code mvn test} runs only the inputs
 * kept under src/test/resources/dev/lectern/doc/DocumentFuzzTestInputs/&lt;method&gt;/ (each a
 * crash once found, or a seed); {@code JAZZER_FUZZ=1} fuzzes one method for its maxDuration,
 * see README. Anything but a safe document or an UnreadableDocumentException is a finding.
 */
class DocumentFuzzTest {
    @FuzzTest(maxDuration = "3m")
    void plainText(byte[] bytes) {
        Parsed.outcome(bytes, "fuzz.txt");
    }

    @FuzzTest(maxDuration = "4m")
    void markdown(byte[] bytes) {
        Parsed.outcome(bytes, "fuzz.md");
    }

    @FuzzTest(maxDuration = "4m")
    void html(byte[] bytes) {
        Parsed.outcome(bytes, "fuzz.html");
    }

    /** The sanitiser alone, on text already decoded, with a file name as hostile as the text. */
    @FuzzTest(maxDuration = "1m")
    void sanitiser(FuzzedDataProvider data) {
        String name = data.consumeString(40);
        String text = data.consumeRemainingAsString();
        String clean = TextSanitizer.clean(TextSanitizer.normaliseLayout(text));
        ScreenText.assertSafe("cleaned text", clean, true);
        ScreenText.assertSafe("file name", DocumentLoader.oneLine(name), false);
        if (!TextSanitizer.clean(clean).equals(clean)) {
            throw new AssertionError("cleaning twice changed the text: " + ScreenText.escaped(clean));
        }
    }
}
