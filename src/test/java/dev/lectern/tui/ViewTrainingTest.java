package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The launcher makes its class-data sharing archive from this run; a failed run means no archive, silently. */
class ViewTrainingTest {
    @Test
    void theTrainingRunOnTheSeedArticleCompletes() {
        assertThatCode(() -> ViewTraining.run(Path.of("content/kazakhstan-otsc.fr.txt"))).doesNotThrowAnyException();
    }
}
