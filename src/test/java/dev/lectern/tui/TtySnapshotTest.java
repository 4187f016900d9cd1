package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jline.nativ.CLibrary;
import org.junit.jupiter.api.Test;

/** The launcher's `stty -g` of before its kept frame is what a Ctrl-Z or a quit gives the shell back. */
class TtySnapshotTest {
    private static final String SANE = "4500:5:bf:8a3b:3:1c:7f:15:4:0:1:0:11:13:1a:0:12:f:17:16:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0";

    @Test
    void aGnuSttyLineSetsTheFlagsAndControlCharacters() {
        CLibrary.Termios termios = new CLibrary.Termios();
        TtySnapshot.setFromStty(termios, SANE + "\n");
        assertThat(termios.c_iflag).isEqualTo(0x4500);
        assertThat(termios.c_oflag).isEqualTo(0x5);
        assertThat(termios.c_cflag).isEqualTo(0xbf);
        assertThat(termios.c_lflag).isEqualTo(0x8a3b); // ECHO (0x8) and ICANON (0x2) on
        assertThat(termios.c_cc[0]).isEqualTo((byte) 0x3); // VINTR: Ctrl-C
        assertThat(termios.c_cc[10]).isEqualTo((byte) 0x1a); // VSUSP: Ctrl-Z
    }

    @Test
    void anythingElseLeavesTheSettingsAsTheyWere() {
        for (String other : new String[] {"", "4500:5:bf", "gfmt1:cflag=4b00:iflag=2b02", SANE.replace("8a3b", "zz")}) {
            CLibrary.Termios termios = new CLibrary.Termios();
            termios.c_lflag = 0x30;
            TtySnapshot.setFromStty(termios, other);
            assertThat(termios.c_lflag).as(other).isEqualTo(0x30);
        }
    }
}
