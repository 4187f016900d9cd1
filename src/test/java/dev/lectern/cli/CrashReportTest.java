package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashReportTest {
    @TempDir
    Path temp;

    @Test
    void oneLineForTheScreenWithTheLogWrittenUnderHome() throws Exception {
        CrashReport report = CrashReport.forEnvironment(Map.of("HOME", temp.toString(),
                "XDG_STATE_HOME", temp.resolve(".local/state").toString()));
        Path log = temp.resolve(".local/state/lectern/lectern.log");
        String line = report.record(new NoClassDefFoundError("dev/lectern/tui/HelpOverlay"), "lectern-analysis");
        assertThat(line).isEqualTo("lectern: crashed (java.lang.NoClassDefFoundError: dev/lectern/tui/HelpOverlay);"
                + " details in ~/.local/state/lectern/lectern.log");
        assertThat(Files.readString(log)).containsPattern("^\\d{4}-\\d\\d-\\d\\dT\\S+ Lectern \\S+ \\(Java 17")
                .contains("crashed in thread \"lectern-analysis\":")
                .contains("java.lang.NoClassDefFoundError: dev/lectern/tui/HelpOverlay")
                .contains("\tat dev.lectern.cli.CrashReportTest");
    }

    @Test
    void aSecondCrashIsAppendedAndAMessageWithEscapesStaysOneLine() throws Exception {
        CrashReport report = CrashReport.forEnvironment(Map.of("XDG_STATE_HOME", temp.toString(), "HOME", "/nowhere"));
        report.record(new IllegalStateException("first"), null);
        String line = report.record(new IllegalStateException("bad\u001b[2J\nname"), null);
        assertThat(line).doesNotContain("\u001b").doesNotContain("\n").contains("bad [2J name")
                .endsWith("details in " + temp.resolve("lectern/lectern.log"));
        assertThat(Files.readString(temp.resolve("lectern/lectern.log"))).contains("first").contains("crashed:");
    }

    @Test
    void anUnwritableLogIsSaidOnTheSameLine() throws Exception {
        Path file = Files.writeString(temp.resolve("state"), "a file where the directory should be");
        CrashReport report = CrashReport.forEnvironment(Map.of("XDG_STATE_HOME", file.toString(), "HOME", temp.toString()));
        assertThat(report.record(new IllegalStateException("boom"), null))
                .startsWith("lectern: crashed (java.lang.IllegalStateException: boom); no details written: cannot write ");
    }
}
