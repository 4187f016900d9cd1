package dev.lectern.tui;

import org.jline.nativ.CLibrary;

/**
 * The tty settings of standard input exactly as they were, taken with tcgetattr. JLine's own
 * restore goes through its Attributes, which do not carry the line speed, so after it `stty -g`
 * differs from before; putting back this snapshot makes the shell's tty what it was.
 */
final class TtySnapshot {
    private static final int STDIN = 0;
    private final CLibrary.Termios termios;

    private TtySnapshot(CLibrary.Termios termios) {
        this.termios = termios;
    }

    /** A snapshot, or null when stdin is not a tty or JLine's native library is not usable here. */
    static TtySnapshot take() {
        try {
            CLibrary.Termios termios = new CLibrary.Termios();
            return CLibrary.tcgetattr(STDIN, termios) == 0 ? new TtySnapshot(termios) : null;
        } catch (LinkageError | RuntimeException nativeUnavailable) {
            return null;
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
