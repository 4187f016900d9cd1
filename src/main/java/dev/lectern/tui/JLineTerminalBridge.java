package dev.lectern.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

/**
 * Lanterna drawing on a terminal that JLine owns. JLine puts the tty in raw mode and knows its
 * size by ioctl, so Lanterna's stty processes and its cursor-position size probe are never run;
 * and JLine's line editor can later use the same terminal for the command line. Keys reach
 * Lanterna through {@link KeyboardInput}, not through JLine's input stream.
 */
final class JLineTerminalBridge extends UnixLikeTerminal {
    private static final TerminalSize FALLBACK = new TerminalSize(80, 24);

    // Set from the super constructor, which calls the tty hooks below: no field initialisers here.
    private Terminal jline;
    private Attributes original;
    private Runnable resizeListener;
    /** The terminal's character set (its locale's); what it cannot show Glyphs has replaced. */
    private Charset charset;
    private boolean utf8;

    /** {@code keys}: where Lanterna reads keys from ({@link KeyboardInput} on the real screen). */
    JLineTerminalBridge(Terminal jline, InputStream keys) throws IOException {
        super(keys, jline.output(), jline.encoding(), CtrlCBehaviour.TRAP);
        this.jline = jline;
        this.charset = jline.encoding();
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        this.original = jline.enterRawMode();
        withoutQuitKey();
    }

    /**
     * Lanterna registers a shutdown hook per terminal that leaves the alternate screen and
     * restores the tty when the JVM ends. For a terminal that is not the process's own (a served
     * reader's) it is taken out: a hook per reader would be process-wide state, and on SIGTERM it
     * raced the reader's own stop, which then found the screen already left and said no goodbye.
     */
    void withoutShutdownHook() {
        try {
            java.lang.reflect.Field hook = UnixLikeTerminal.class.getDeclaredField("shutdownHook");
            hook.setAccessible(true);
            Runtime.getRuntime().removeShutdownHook((Thread) hook.get(this));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Left in place: it only restores this terminal when the JVM ends.
        }
    }

    /**
     * Ctrl-\ would send SIGQUIT, on which the JVM prints a thread dump over the screen: the key
     * is switched off while Lectern has the terminal.
     */
    private void withoutQuitKey() {
        Attributes raw = jline.getAttributes();
        raw.setControlChar(Attributes.ControlChar.VQUIT, 0);
        jline.setAttributes(raw);
    }

    /** Gives the tty back its own settings before the process stops (Ctrl-Z). */
    void leaveRawMode() {
        restoreTerminalSettings();
    }

    /** Takes raw mode again after the process was continued (fg). */
    void enterRawModeAgain() {
        jline.enterRawMode();
        withoutQuitKey();
    }

    /**
     * One character's bytes. Lanterna 3.1.3 returns the encoder's whole buffer, which puts a NUL
     * after every two-byte character (é, à): a byte per accent sent for nothing.
     */
    @Override
    protected byte[] translateCharacter(char character) {
        Charset encoding = charset != null ? charset : StandardCharsets.UTF_8; // null while the super constructor runs
        return character < 0x80 && (utf8 || charset == null) ? new byte[] {(byte) character} : String.valueOf(character).getBytes(encoding);
    }

    /**
     * A run of characters in one write (Lanterna writes each character on its own, each through
     * a lock and an array of its own). What Lanterna would not write (control characters) is
     * still left out.
     */
    @Override
    public void putString(String string) throws IOException {
        for (int i = 0; i < string.length(); i++) {
            if (!TerminalTextUtils.isPrintableCharacter(string.charAt(i))) {
                super.putString(string);
                return;
            }
        }
        writeToTerminal(string.getBytes(charset));
    }

    /** Writes an escape sequence or control characters as they are (ASCII). */
    void send(String controls) throws IOException {
        writeToTerminal(controls.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Lines a terminal scrolls in take the current background colour (BCE); the last frame may
     * have ended inside a coloured cell (a search match), so the attributes are reset first.
     * Lanterna starts its next cell with a reset of its own, so nothing else needs telling.
     */
    @Override
    public void scrollLines(int firstLine, int lastLine, int distance) throws IOException {
        resetColorAndSGR();
        super.scrollLines(firstLine, lastLine, distance);
    }

    /** Called from JLine's WINCH handler: lets Lanterna learn the new size. */
    void sizeChanged() {
        if (resizeListener != null) {
            resizeListener.run();
        }
    }

    @Override
    protected TerminalSize findTerminalSize() {
        if (jline == null) {
            return FALLBACK;
        }
        Size size = jline.getSize();
        if (size == null || size.getColumns() <= 0 || size.getRows() <= 0) {
            return FALLBACK;
        }
        return new TerminalSize(size.getColumns(), size.getRows());
    }

    @Override
    protected void registerTerminalResizeListener(Runnable listener) {
        this.resizeListener = listener;
    }

    @Override
    protected void saveTerminalSettings() {
        // JLine saved the tty state when this bridge entered raw mode.
    }

    @Override
    protected void restoreTerminalSettings() {
        if (jline != null && original != null) {
            jline.setAttributes(original);
        }
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) {
        // Raw mode, set by JLine, has echo off.
    }

    @Override
    protected void canonicalMode(boolean enabled) {
        // Raw mode, set by JLine, is non-canonical.
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) {
        // Ctrl-C and Ctrl-Z stay signals; JLine's handlers turn them into a clean quit.
    }
}
