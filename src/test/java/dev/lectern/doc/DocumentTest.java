package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentTest {
    @Test
    void lastStartingBeforeFindsTheParagraphThatHoldsAnOffset() throws Exception {
        // Three paragraphs of 10, 20 and 30 characters: they start at 0, 10 and 30.
        Document document = DocumentLoader.parse(("Title\n\n" + "a".repeat(10) + "\n\n" + "b".repeat(20) + "\n\n"
                + "c".repeat(30) + "\n").getBytes(StandardCharsets.UTF_8), "t.txt", null);
        assertThat(document.charsBefore(2)).isEqualTo(10);
        assertThat(document.charsBefore(3)).isEqualTo(30);
        assertThat(document.lastStartingBefore(0, 1, 3)).as("before the text: the first").isEqualTo(1);
        assertThat(document.lastStartingBefore(10, 1, 3)).isEqualTo(1);
        assertThat(document.lastStartingBefore(11, 1, 3)).isEqualTo(2);
        assertThat(document.lastStartingBefore(31, 1, 3)).isEqualTo(3);
        assertThat(document.lastStartingBefore(1_000, 1, 3)).isEqualTo(3);
        assertThat(document.lastStartingBefore(1_000, 1, 2)).as("within the range asked").isEqualTo(2);
        assertThat(document.lastStartingBefore(0, 2, 3)).as("none in the range: its first").isEqualTo(2);
    }
}
