package dev.lectern.tui;

import java.util.Map;
import org.jline.nativ.CLibrary;

/**
 * The tty settings of standard input exactly as they were, taken with tcgetattr. JLine's own
 * restore goes through its Attributes, which do not carry the line speed, so after it `stty -g`
 * differs from before; putting back this snapshot makes the shell's tty what it was.
 */
final class TtySnapshot {
    private static final int STDIN = 0;
    /** Flags, then the control characters: GNU stty's -g form ("4500:5:bf:8a3b:3:1c:7f:...", hex). */
    private static final int FLAGS = 4;
    private final CLibrary.Termios termios;

    private TtySnapshot(CLibrary.Termios termios) {
        this.termios = termios;
    }

    /**
     * A snapshot, or null when stdin is not a tty or JLine's native library is not usable here.
     * When the launcher drew a kept frame first, it had turned echo and line editing off; its
     * {@code stty -g} of before (LECTERN_TTY) is what the shell must get back, on a Ctrl-Z too.
     */
    static TtySnapshot take(Map<String, String> environment) {
        try {
            CLibrary.Termios termios = new CLibrary.Termios();
            if (CLibrary.tcgetattr(STDIN, termios) != 0) {
                return null;
            }
            String before = environment.get("LECTERN_TTY");
            if (before != null) {
                setFromStty(termios, before);
            }
            return new TtySnapshot(termios);
        } catch (LinkageError | RuntimeException nativeUnavailable) {
            return null;
        }
    }

    /** Sets the flags and control characters from a {@code stty -g} line; anything else leaves them as they are. */
    static void setFromStty(CLibrary.Termios termios, String saved) {
        String[] fields = saved.strip().split(":");
        if (fields.length != FLAGS + termios.c_cc.length) {
            return;
        }
        long[] values = new long[fields.length];
        try {
            for (int i = 0; i < fields.length; i++) {
                values[i] = Long.parseLong(fields[i], 16);
            }
        } catch (NumberFormatException notGnuStty) {
            return;
        }
        termios.c_iflag = values[0];
        termios.c_oflag = values[1];
        termios.c_cflag = values[2];
        termios.c_lflag = values[3];
        for (int i = 0; i < termios.c_cc.length; i++) {
            termios.c_cc[i] = (byte) values[FLAGS + i];
        }
    }

    void restore() {
        try {
            CLibrary.tcsetattr(STDIN, CLibrary.TCSANOW, termios);
        } catch (LinkageError | RuntimeException nativeUnavailable) {
            // JLine's restore has already put back everything but the line speed.
        }
    }
}
