import dev.lectern.tui.ShippedTerminfo;
import java.io.PrintWriter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * bench/run's floor for "first key answered": a JVM that opens its terminal as Lectern does
 * (JLine's native provider, the shipped terminal description, raw mode, signals), shows the text
 * it is given, and answers one key, with nothing of Lectern's own reading. Run with the
 * launcher's JVM flags and Lectern's class-data archive, so what it measures is what any reader
 * on this JVM and this terminal library pays before it can answer.
 */
public final class TerminalFloor {
    public static void main(String[] args) throws Exception {
        ShippedTerminfo.register(System.getenv("TERM"), System.getenv());
        try (Terminal terminal = TerminalBuilder.builder().system(true).nativeSignals(true)
                .provider(TerminalBuilder.PROP_PROVIDER_JNI).build()) {
            terminal.enterRawMode();
            PrintWriter screen = terminal.writer();
            screen.print("\033[?1049h\033[H\033[2J" + args[0]);
            screen.flush();
            int key = terminal.reader().read();
            screen.print("\r\nkey " + (char) key + " answered");
            screen.flush();
            terminal.reader().read(); // the bench stops it
            screen.print("\033[?1049l");
        }
    }
}
