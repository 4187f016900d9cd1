package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** The launcher makes its class-data sharing archive from this run; a failed run means no archive, silently. */
class StartupTrainingTest {
    @Test
    void theTrainingRunOnTheSeedArticleCompletes() {
        assertThatCode(() -> StartupTraining.main(new String[] {"content/kazakhstan-otsc.fr.txt"})).doesNotThrowAnyException();
    }
}
