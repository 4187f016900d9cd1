package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.InfoCmp;
import org.jline.utils.OSUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No process on the way to the first screen: JLine's infocmp command is pointed at a script that
 * notes each call, and a terminal of every common type is opened as the reader opens its own.
 */
class ShippedTerminfoTest {
    @TempDir
    Path dir;
    private Path calls;
    private String infocmpBefore;

    @BeforeEach
    void noteInfocmpCalls() throws IOException {
        calls = dir.resolve("calls");
        Files.writeString(calls, "");
        Path script = dir.resolve("infocmp");
        Files.writeString(script, "#!/bin/sh\necho \"$@\" >> '" + calls + "'\nexit 1\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        infocmpBefore = OSUtils.INFOCMP_COMMAND;
        OSUtils.INFOCMP_COMMAND = script.toString();
    }

    @AfterEach
    void restoreInfocmp() {
        OSUtils.INFOCMP_COMMAND = infocmpBefore;
    }

    @Test
    void aTypeLecternDoesNotShipStartsInfocmp() throws IOException {
        // The control: the script does see JLine's calls.
        assertThat(ShippedTerminfo.register("lectern-test-unshipped", home())).isFalse();
        open("lectern-test-unshipped").close();
        assertThat(Files.readString(calls)).contains("lectern-test-unshipped");
    }

    @Test
    void everyCommonTypeOpensWithoutAProcess() throws IOException {
        for (String type : new String[] {"xterm-256color", "tmux-256color", "screen-256color", "screen", "tmux", "linux",
            "vt100", "xterm"}) {
            assertThat(ShippedTerminfo.register(type, home())).as(type).isTrue();
            try (Terminal terminal = open(type)) {
                assertThat(terminal.getStringCapability(InfoCmp.Capability.clear_screen)).as(type).isNotEmpty();
                assertThat(terminal.getStringCapability(InfoCmp.Capability.cursor_address)).as(type).isNotEmpty();
            }
            assertThat(Files.readString(calls)).as(type).isEmpty();
        }
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void theShippedTypesAreNcursesDescriptionsWithTheirColours() {
        assertThat(ShippedTerminfo.read("tmux-256color")).startsWith("#\tReconstructed via infocmp")
                .contains("tmux-256color|").contains("colors#0x100");
        assertThat(ShippedTerminfo.read("linux")).contains("colors#8");
        assertThat(ShippedTerminfo.read("vt100")).doesNotContain("colors#");
        for (String type : ShippedTerminfo.TYPES) {
            assertThat(ShippedTerminfo.read(type)).as(type).isNotNull();
        }
    }

    @Test
    void ownDescriptionsAreLeftToInfocmp() throws IOException {
        assertThat(ShippedTerminfo.hasOwnDescriptions(home())).isFalse();
        assertThat(ShippedTerminfo.hasOwnDescriptions(Map.of("TERMINFO", dir.toString()))).isTrue();
        assertThat(ShippedTerminfo.hasOwnDescriptions(Map.of("TERMINFO_DIRS", dir.toString()))).isTrue();
        Files.createDirectory(dir.resolve(".terminfo"));
        assertThat(ShippedTerminfo.hasOwnDescriptions(Map.of("HOME", dir.toString()))).isTrue();
        assertThat(ShippedTerminfo.register(null, home())).isFalse();
    }

    private Map<String, String> home() {
        return Map.of("HOME", dir.resolve("no-such-home").toString());
    }

    private static Terminal open(String type) throws IOException {
        // JLine's builder would open a pseudo-terminal for these streams; an external terminal
        // reads its capabilities the same way (AbstractTerminal.parseInfoCmp).
        return new ExternalTerminal("test", type, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8);
    }
}
