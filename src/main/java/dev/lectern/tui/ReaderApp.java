package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.lectern.keymap.Key;
import dev.lectern.keymap.Keymap;
import dev.lectern.session.Action;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The full-screen app (its public methods are synchronized: a shutdown hook may save the
 * positions while the screen loop runs): a stack of pages (library, article, overlays) on one Lanterna screen.
 * Keys go to the top page; what it leaves alone (help, redraw, quit) is handled here. Quit
 * closes the top page, so it closes an overlay first and goes from an article back to the library.
 */
public final class ReaderApp {
    private final TerminalScreen screen;
    private final Keymap keymap;
    private final ViewSettings settings;
    private final Prompter prompter;
    private final Deque<Page> pages = new ArrayDeque<>();
    private Page drawnAlone;
    private boolean fullRedraw;
    /** The frames drawn off screen after the first one (see {@link #warmUp}); null before. */
    private WarmUp warmUp;
    private boolean warmUpOver;
    private int warmUpFrames;
    /** When the warm-up may draw: keys come first (see {@link QuietKeyboard}). */
    private QuietKeyboard keyboard = new QuietKeyboard(System::nanoTime);
    private boolean firstFrameDrawn;
    private final List<String> warnings = new ArrayList<>();

    ReaderApp(TerminalScreen screen, Keymap keymap, ViewSettings settings, Prompter prompter, Page first) {
        this.screen = screen;
        this.keymap = keymap;
        this.settings = settings;
        this.prompter = prompter;
        pages.push(first);
    }

    public synchronized boolean finished() {
        return pages.isEmpty();
    }

    /** Handles one key stroke from the terminal. */
    public synchronized void press(KeyStroke stroke) {
        if (finished()) {
            return;
        }
        keyboard.touched();
        if (KeyStrokes.isInterrupt(stroke)) { // Ctrl-C as a key, where the tty does not make it a signal
            if (!interrupt()) {
                quitAll();
            }
            return;
        }
        Optional<Key> key = KeyStrokes.toKey(stroke);
        if (key.isEmpty()) {
            return;
        }
        Action action = keymap.actionFor(key.get()).orElse(null);
        Page top = pages.peek();
        follow(top.handle(key.get(), action), action);
        keepPlaces();
    }

    /** Hands every page's place to the saver, if it moved (see {@link Page#keepPlace}). */
    private void keepPlaces() {
        pages.forEach(Page::keepPlace);
    }

    private void follow(Page.Reply reply, Action action) {
        switch (reply.kind()) {
            case DONE -> {
            }
            case CLOSE -> close();
            case OPEN -> pages.push(reply.page());
            case REPLACE -> {
                close();
                pages.push(reply.page());
            }
            case REPLACE_UNDER -> {
                close();
                close();
                pages.push(reply.page());
            }
            case QUIT_ALL -> quitAll();
            case UNHANDLED -> handleGlobal(action);
            case PROMPT -> {
                String line;
                try {
                    line = prompter.ask(reply.prompt());
                } catch (IOException e) {
                    line = null;
                }
                fullRedraw = true; // the editor drew on the bottom row and may have scrolled
                follow(reply.prompt().onAnswer().apply(line), null);
            }
        }
    }

    private void handleGlobal(Action action) {
        if (action == null) {
            return;
        }
        switch (action) {
            case HELP -> pages.push(new HelpOverlay(keymap));
            case REDRAW -> fullRedraw = true;
            case QUIT -> close();
            case CLOSE -> {
                if (pages.peek().isOverlay()) {
                    close();
                }
            }
            default -> {
            }
        }
    }

    private void close() {
        String warning = pages.pop().leave();
        if (warning != null) {
            warnings.add(warning);
        }
    }

    /** What closing pages went wrong with (a position that could not be saved); shown after the screen is gone. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Lets every page catch up with work done in the background; true when one needs drawing. */
    public synchronized boolean tick() {
        boolean changed = false;
        for (Page page : pages) {
            changed |= page.tick();
        }
        Page.Reply next = finished() ? null : pages.peek().pendingReply();
        if (next != null) {
            follow(next, null);
            changed = true;
        }
        keepPlaces(); // a search that has just ended may have gone to its first match
        return changed;
    }

    /** Ctrl-C: true when the top page stopped its own work with it, so the reader goes on. */
    public synchronized boolean interrupt() {
        return !finished() && pages.peek().interrupt();
    }

    /** True while a page waits for background work: the loop then looks again sooner. */
    public synchronized boolean busy() {
        return pages.stream().anyMatch(Page::busy);
    }

    /** Closes every page, saving what they keep (Ctrl-C, SIGTERM). */
    public synchronized void quitAll() {
        while (!pages.isEmpty()) {
            close();
        }
    }

    /** Asks for a complete repaint on the next render (after a resize or Ctrl-L). */
    public synchronized void invalidate() {
        fullRedraw = true;
    }

    /** Draws the top full-screen page and the overlays above it, then updates the terminal. */
    public synchronized void render() throws IOException {
        if (finished()) {
            return;
        }
        screen.doResizeIfNecessary();
        draw(screen, !fullRedraw);
        screen.setCursorPosition(null);
        screen.refresh(fullRedraw ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        fullRedraw = false;
        drawnAlone = pages.peek().isOverlay() ? null : pages.peek();
        if (!firstFrameDrawn) {
            firstFrameDrawn = true;
            keyboard.touched(); // the reader sees the screen now: the quiet starts here
        }
    }

    /** The page the last frame showed with nothing over it, or null (see {@link LastFrame}). */
    synchronized Page lastDrawnAlone() {
        return drawnAlone;
    }

    /**
     * Draws the top full-screen page and the overlays above it on {@code target}; with
     * {@code scrolling}, first tells it which rows only moved since the last frame.
     */
    private void draw(TerminalScreen target, boolean scrolling) {
        Painter painter = new Painter(target.newTextGraphics(), settings.theme(), settings.repertoire());
        Deque<Page> visible = new ArrayDeque<>();
        for (Iterator<Page> it = pages.iterator(); it.hasNext(); ) {
            Page page = it.next();
            visible.push(page);
            if (!page.isOverlay()) {
                break;
            }
        }
        Page.Scroll scroll = visible.size() == 1 && scrolling ? visible.peek().scrollBeforeDrawing(painter.size()) : null;
        if (scroll != null) {
            // The terminal may scroll what it already shows (fewer bytes over a slow link); the
            // screen decides when it sends the frame, which is drawn whole below.
            target.scrollLines(scroll.firstRow(), scroll.lastRow(), scroll.distance());
        }
        for (Page page : visible) {
            page.draw(painter);
        }
    }

    /** Tests: the quiet of the keyboard timed by their own clock, from now. */
    synchronized void timeKeysBy(LongSupplier nanoClock) {
        keyboard = new QuietKeyboard(nanoClock);
    }

    /**
     * True when the loop should draw a frame of {@link #warmUp} now: it is not over, nothing is
     * under way, and the keyboard has been quiet long enough since the first frame and the last key.
     */
    public synchronized boolean warmUpDue() {
        return warmingUp() && !busy() && keyboard.quietLongEnough();
    }

    /** How long the loop may wait for keys before {@link #warmUpDue()} can become true, in ms. */
    public synchronized long millisUntilWarmUp() {
        return keyboard.millisLeft();
    }

    /** Off-screen frames drawn so far (tests). */
    synchronized int warmUpFramesDrawn() {
        return warmUpFrames;
    }

    /** True until the frames of {@link #warmUp} are drawn. */
    public synchronized boolean warmingUp() {
        return !finished() && !warmUpOver;
    }

    /**
     * Draws one frame of the screen off screen (see {@link WarmUp}); the loop calls it between
     * keys while the first screen is read. The pages draw what they show, so their state and
     * the real screen are left as they were. Whatever goes wrong there ends the warm-up, not the
     * reading.
     */
    public synchronized void warmUp() {
        if (!warmingUp()) {
            return;
        }
        try {
            if (warmUp == null || !warmUp.size().equals(screen.getTerminalSize())) {
                if (warmUp != null) {
                    warmUp.close();
                }
                warmUp = WarmUp.of(screen.getTerminalSize());
            }
            warmUp.frame(offscreen -> draw(offscreen, true));
            warmUpFrames++;
            warmUpOver = warmUp.done();
        } catch (IOException | RuntimeException e) {
            warmUpOver = true;
            try {
                if (warmUp != null) {
                    warmUp.close();
                }
            } catch (IOException | RuntimeException ignored) {
                // nothing of it was ever shown
            }
        }
    }
}
