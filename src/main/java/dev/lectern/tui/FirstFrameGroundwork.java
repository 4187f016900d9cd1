package dev.lectern.tui;

import java.lang.reflect.Proxy;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * What the first frame will need and that does not need the terminal, done while the terminal
 * is still being opened on its own thread (the reader's thread would only wait for it). Traced
 * with -Xlog:class+load, the costly parts between taking the terminal and the first frame were:
 * the JDK's security providers, set up for the position file's SHA-256; the proxy class JLine
 * generates for its signal handlers; Lanterna's key decoding patterns, and the reader's drawing
 * classes, some of which the class-data archive does not hold.
 */
final class FirstFrameGroundwork {
    /** Loaded and initialised: none has a static initialiser with effects beyond its own fields. */
    private static final List<String> LIBRARY_CLASSES = List.of(
            "com.googlecode.lanterna.input.InputDecoder", "com.googlecode.lanterna.input.DefaultKeyDecodingProfile",
            "com.googlecode.lanterna.input.BasicCharacterPattern", "com.googlecode.lanterna.input.EscapeSequenceCharacterPattern",
            "com.googlecode.lanterna.input.NormalCharacterPattern", "com.googlecode.lanterna.input.AltAndCharacterPattern",
            "com.googlecode.lanterna.input.CtrlAndCharacterPattern", "com.googlecode.lanterna.input.CtrlAltAndCharacterPattern",
            "com.googlecode.lanterna.input.ScreenInfoCharacterPattern", "com.googlecode.lanterna.input.MouseCharacterPattern",
            "com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal$CtrlCBehaviour");
    /** Loaded only: their initialisation stays where the reader's code puts it. */
    private static final List<String> READER_CLASSES = List.of(
            "dev.lectern.tui.JLineTerminalBridge", "dev.lectern.tui.ViewSettings", "dev.lectern.tui.Theme",
            "dev.lectern.command.CommandSet", "dev.lectern.command.JumpCommand", "dev.lectern.command.SearchCommand",
            "dev.lectern.command.SummariseCommand", "dev.lectern.command.ContentsCommand", "dev.lectern.command.EntitiesCommand",
            "dev.lectern.command.GlossaryCommand", "dev.lectern.command.MarkCommands", "dev.lectern.session.PlaceSaver",
            "dev.lectern.tui.JLinePrompter", "dev.lectern.tui.ReaderApp", "dev.lectern.tui.ReaderPage",
            "dev.lectern.tui.ReaderLayout", "dev.lectern.tui.ScrollingText", "dev.lectern.session.ReadingSession",
            "dev.lectern.session.PositionFile", "dev.lectern.tui.Glyphs", "dev.lectern.tui.Painter",
            "dev.lectern.layout.WrappedText", "dev.lectern.layout.LineWrapper", "dev.lectern.layout.DisplayWidth",
            "dev.lectern.tui.ArticleAnalysis", "dev.lectern.tui.QuietForKeys", "dev.lectern.glossary.UserGlossary",
            "dev.lectern.tui.WarmUp", "dev.lectern.tui.QuietKeyboard");

    private FirstFrameGroundwork() {
    }

    /** Does it all; anything missing or failing is left for the reader to meet as before. */
    static void lay() {
        try {
            MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException | RuntimeException ignored) {
            // PositionFile reports it, if it ever happens
        }
        try {
            // JLine registers signal handlers through a proxy of this interface, made by the
            // application's class loader: the proxy class is generated once and then reused.
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            Proxy.newProxyInstance(FirstFrameGroundwork.class.getClassLoader(), new Class<?>[] {handler},
                    (proxy, method, arguments) -> null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError ignored) {
            // JLine falls back to its own way
        }
        ClassLoader loader = FirstFrameGroundwork.class.getClassLoader();
        load(LIBRARY_CLASSES, true, loader);
        load(READER_CLASSES, false, loader);
    }

    private static void load(List<String> names, boolean initialise, ClassLoader loader) {
        for (String name : names) {
            try {
                Class.forName(name, initialise, loader);
            } catch (ClassNotFoundException | LinkageError | RuntimeException ignored) {
                // renamed or gone: it is loaded when used, as without this
            }
        }
    }
}
