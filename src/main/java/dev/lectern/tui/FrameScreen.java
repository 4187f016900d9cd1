package dev.lectern.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.Scrollable;
import com.googlecode.lanterna.screen.ScreenBuffer;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;

/**
 * Lanterna's screen with a cheaper delta refresh, the one every key press makes. Lanterna's own
 * puts each changed cell in a sorted map and asks every cell of both buffers for its width
 * (Unicode block look-ups): on a 120x40 screen that was most of a step's time. Here the rows are
 * walked in order, a cell that is the very same object as before is skipped at once (the
 * theme's cells are shared), and the output is what Lanterna's would be, in fewer bytes. A
 * scroll is sent when it saves more than it costs (see {@link #scrollLines}). A complete refresh
 * clears the screen and sends the frame the same way.
 */
final class FrameScreen extends TerminalScreen {
    /** Bytes of the scroll itself (region, scroll, region back), counted as cells. */
    private static final int SCROLL_COST = 24;
    private boolean started;
    /** The scroll the frame being drawn asked for, or null. */
    private Page.Scroll scroll;

    FrameScreen(Terminal terminal) throws IOException {
        super(terminal);
    }

    @Override
    public synchronized void startScreen() throws IOException {
        super.startScreen();
        started = true;
    }

    @Override
    public synchronized void stopScreen(boolean flushInput) throws IOException {
        super.stopScreen(flushInput);
        started = false;
    }

    /**
     * Notes that the frame about to be drawn shows rows {@code firstLine} to {@code lastLine}
     * moved up by {@code distance} (down when negative). Unlike Lanterna's, it leaves the back
     * buffer alone: the frame is drawn whole after it. The next delta refresh has the terminal
     * scroll when that leaves less to send than drawing the changes in place: a side pane
     * scrolls along with the text and must then be drawn again.
     */
    @Override
    public synchronized void scrollLines(int firstLine, int lastLine, int distance) {
        scroll = distance == 0 || firstLine > lastLine ? null : new Page.Scroll(firstLine, lastLine, distance);
    }

    @Override
    public synchronized void refresh(RefreshType refreshType) throws IOException {
        if (!started) {
            super.refresh(refreshType);
            return;
        }
        if (refreshType == RefreshType.DELTA && scroll != null && scrollSendsLess(scroll)) {
            scrollTerminal(scroll);
        }
        scroll = null;
        if (refreshType != RefreshType.DELTA) {
            // Everything again (Ctrl-L, a resize, after the command line): on a cleared screen,
            // which is what the front buffer then says, the delta sends all but the blanks.
            getTerminal().resetColorAndSGR();
            getTerminal().clearScreen();
            getFrontBuffer().setAll(TextCharacter.DEFAULT_CHARACTER);
        }
        sendChanges();
        getBackBuffer().copyTo(getFrontBuffer());
        TerminalPosition cursor = getCursorPosition();
        Terminal terminal = getTerminal();
        if (cursor == null) {
            terminal.setCursorVisible(false);
        } else {
            terminal.setCursorVisible(true);
            boolean onPadding = cursor.getColumn() > 0
                    && getFrontBuffer().getCharacterAt(cursor.withRelativeColumn(-1)).isDoubleWidth();
            terminal.setCursorPosition(cursor.getColumn() - (onPadding ? 1 : 0), cursor.getRow());
        }
        terminal.flush();
    }

    /**
     * Whether scrolling first leaves fewer cells to send: the cells that differ from what the
     * terminal shows, counted as it is and as it would be scrolled (rows scrolled in are blank).
     */
    private boolean scrollSendsLess(Page.Scroll scroll) {
        int first = scroll.firstRow();
        int last = scroll.lastRow();
        if (!(getTerminal() instanceof Scrollable)) {
            return false;
        }
        ScreenBuffer back = getBackBuffer();
        ScreenBuffer front = getFrontBuffer();
        int columns = getTerminalSize().getColumns();
        int inPlace = 0;
        int scrolled = SCROLL_COST;
        for (int row = first; row <= last; row++) {
            int from = row + scroll.distance();
            for (int column = 0; column < columns; column++) {
                TextCharacter wanted = back.getCharacterAt(column, row);
                TextCharacter shown = front.getCharacterAt(column, row);
                if (differ(wanted, shown)) {
                    inPlace++;
                }
                TextCharacter afterScroll = from >= first && from <= last ? front.getCharacterAt(column, from) : TextCharacter.DEFAULT_CHARACTER;
                if (differ(wanted, afterScroll)) {
                    scrolled++;
                }
            }
        }
        return scrolled < inPlace;
    }

    private void scrollTerminal(Page.Scroll scroll) {
        try {
            ((Scrollable) getTerminal()).scrollLines(scroll.firstRow(), scroll.lastRow(), scroll.distance());
            getFrontBuffer().scrollLines(scroll.firstRow(), scroll.lastRow(), scroll.distance());
        } catch (IOException | UnsupportedOperationException cannot) {
            // The terminal did not scroll: the changes are then sent in place.
        }
    }

    /** Writes every cell of the back buffer that differs from the front buffer. */
    private void sendChanges() throws IOException {
        ScreenBuffer back = getBackBuffer();
        ScreenBuffer front = getFrontBuffer();
        TerminalSize size = getTerminalSize();
        int columns = size.getColumns();
        Pen pen = new Pen(getTerminal(), columns);
        for (int row = 0; row < size.getRows(); row++) {
            for (int column = 0; column < columns; column++) {
                TextCharacter wanted = back.getCharacterAt(column, row);
                TextCharacter shown = front.getCharacterAt(column, row);
                // A wide character's second column is a blank in the buffers, compared like any cell.
                if (differ(wanted, shown)) {
                    pen.bridgeGap(back, column, row);
                    pen.write(column, row, wanted);
                }
                if (wanted.isDoubleWidth()) {
                    column++;
                }
            }
        }
        pen.finish();
    }

    /**
     * Lanterna's inequality, without its same-class rule (a theme's cell and a blank Lanterna made
     * are alike); the very same cell, the usual case for a theme's cells, is settled at once.
     */
    private static boolean differ(TextCharacter a, TextCharacter b) {
        return a != b && !looksSame(a, b);
    }

    private static boolean looksSame(TextCharacter a, TextCharacter b) {
        if (a instanceof Cell x && b instanceof Cell y) {
            return (x.look() == y.look() || x.look().equals(y.look())) && x.getCharacterString().equals(y.getCharacterString());
        }
        return a.getCharacterString().equals(b.getCharacterString())
                && a.getForegroundColor().equals(b.getForegroundColor())
                && a.getBackgroundColor().equals(b.getBackgroundColor())
                && a.getModifiers().equals(b.getModifiers());
    }

    /**
     * Where the terminal's cursor is and what colours and modifiers it writes with, so that only
     * changes are sent; characters that follow each other in one look go out as one string. It
     * starts unknown: the first cell written resets the attributes.
     */
    private static final class Pen {
        private static final SGR[] ALL_SGR = SGR.values();
        /** The SGR codes that set and reset each attribute, as Lanterna's ANSI terminal writes them. */
        private static final Map<SGR, int[]> SGR_CODES = new EnumMap<>(Map.of(SGR.BOLD, new int[] {1, 22},
                SGR.ITALIC, new int[] {3, 23}, SGR.UNDERLINE, new int[] {4, 24}, SGR.BLINK, new int[] {5, 25},
                SGR.REVERSE, new int[] {7, 27}, SGR.CROSSED_OUT, new int[] {9, 29}));
        private final Terminal terminal;
        /** The terminal again when it takes escape sequences as they are: moves and styles then take fewer bytes. */
        private final JLineTerminalBridge ansi;
        private final int columns;
        private final StringBuilder run = new StringBuilder();
        private int row = -1;
        private int column = -1;
        private TextColor foreground;
        private TextColor background;
        private EnumSet<SGR> modifiers;
        /** The look of the last cell written, when it was a theme's cell. */
        private Theme.Look look;

        Pen(Terminal terminal, int columns) {
            this.terminal = terminal;
            this.ansi = terminal instanceof JLineTerminalBridge bridge ? bridge : null;
            this.columns = columns;
        }

        void write(int atColumn, int atRow, TextCharacter cell) throws IOException {
            if (atRow != row || atColumn != column) {
                flushRun();
                moveTo(atColumn, atRow);
            }
            Theme.Look cellLook = cell instanceof Cell themed ? themed.look() : null;
            if (cellLook == null || cellLook != look) {
                flushRun();
                setStyle(cell);
                look = cellLook;
            }
            run.append(cell.getCharacterString());
            row = atRow;
            column = atColumn + (cell.isDoubleWidth() ? 2 : 1);
        }

        /**
         * Before a change at {@code toColumn}: when the pen stands a little to its left on the
         * same row, over unchanged cells that show the same in its look, writing those cells
         * again takes fewer bytes than moving the cursor over them (a step changes many cells
         * one or two apart).
         */
        void bridgeGap(ScreenBuffer back, int toColumn, int atRow) throws IOException {
            if (atRow != row || toColumn <= column || look == null) {
                return;
            }
            int moveCost = moveCost(toColumn, atRow);
            int cost = 0;
            for (int c = column; c < toColumn; c++) {
                if (!(back.getCharacterAt(c, atRow) instanceof Cell cell) || cell.isDoubleWidth() || !looksAlike(cell)) {
                    return;
                }
                char ch = cell.getCharacterString().charAt(0);
                cost += ch < 0x80 ? 1 : ch < 0x800 ? 2 : 3;
                if (cost > moveCost) {
                    return;
                }
            }
            for (int c = column; c < toColumn; c++) {
                run.append(back.getCharacterAt(c, atRow).getCharacterString());
            }
            column = toColumn;
        }

        /** True when the cell shows the same in the pen's look: a blank shows no foreground colour. */
        private boolean looksAlike(Cell cell) {
            return cell.look() == look || cell.getCharacterString().equals(" ")
                    && cell.look().background().equals(look.background()) && cell.look().modifiers().equals(look.modifiers());
        }

        /**
         * Moves the cursor in the fewest bytes: along the row with CUF ({@code ESC [ n C}), to the
         * start of the next row with CR LF (there is a row below, and no scrolling region is left
         * set, so LF does not scroll), else with CUP. Not out of the last column, where the cursor
         * waits to wrap.
         */
        private void moveTo(int toColumn, int toRow) throws IOException {
            boolean known = movesRelatively();
            if (known && toRow == row && toColumn > column) {
                ansi.send("\u001b[" + (toColumn - column) + "C");
            } else if (known && toRow == row + 1 && toColumn == 0) {
                ansi.send("\r\n");
            } else {
                terminal.setCursorPosition(toColumn, toRow);
            }
        }

        private int moveCost(int toColumn, int toRow) {
            if (movesRelatively() && toRow == row) {
                return 3 + digits(toColumn - column);
            }
            return 4 + digits(toRow + 1) + digits(toColumn + 1);
        }

        /** True when the cursor can be moved from where it is: on the bridge, placed, and not waiting to wrap. */
        private boolean movesRelatively() {
            return ansi != null && row >= 0 && column < columns;
        }

        private static int digits(int n) {
            return n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : 4;
        }

        void finish() throws IOException {
            flushRun();
        }

        private void flushRun() throws IOException {
            if (run.length() > 0) {
                terminal.putString(run.toString());
                run.setLength(0);
            }
        }

        /**
         * Changes the pen to the cell's attributes and colours: on the JLine bridge in one SGR
         * sequence ({@code ESC [ 0;1;33 m}), where Lanterna writes one per attribute and colour
         * (a step changes style some hundred times); through Lanterna's calls otherwise.
         */
        private void setStyle(TextCharacter cell) throws IOException {
            boolean reset = modifiers == null;
            if (reset) {
                modifiers = EnumSet.noneOf(SGR.class);
                foreground = TextColor.ANSI.DEFAULT;
                background = TextColor.ANSI.DEFAULT;
            }
            EnumSet<SGR> wanted = cell.getModifiers();
            EnumSet<SGR> changed = EnumSet.noneOf(SGR.class);
            for (SGR sgr : ALL_SGR) {
                if (wanted.contains(sgr) != modifiers.contains(sgr)) {
                    changed.add(sgr);
                }
            }
            TextColor newForeground = Objects.equals(foreground, cell.getForegroundColor()) ? null : cell.getForegroundColor();
            TextColor newBackground = Objects.equals(background, cell.getBackgroundColor()) ? null : cell.getBackgroundColor();
            if (ansi != null && SGR_CODES.keySet().containsAll(changed)) {
                StringBuilder codes = new StringBuilder(reset ? "0" : "");
                for (SGR sgr : changed) {
                    append(codes, Integer.toString(SGR_CODES.get(sgr)[wanted.contains(sgr) ? 0 : 1]));
                }
                if (newForeground != null) {
                    append(codes, new String(newForeground.getForegroundSGRSequence(), StandardCharsets.US_ASCII));
                }
                if (newBackground != null) {
                    append(codes, new String(newBackground.getBackgroundSGRSequence(), StandardCharsets.US_ASCII));
                }
                if (codes.length() > 0) {
                    ansi.send("\u001b[" + codes + "m");
                }
            } else {
                if (reset) {
                    terminal.resetColorAndSGR();
                }
                for (SGR sgr : changed) {
                    if (wanted.contains(sgr)) {
                        terminal.enableSGR(sgr);
                    } else {
                        terminal.disableSGR(sgr);
                    }
                }
                if (newForeground != null) {
                    terminal.setForegroundColor(newForeground);
                }
                if (newBackground != null) {
                    terminal.setBackgroundColor(newBackground);
                }
            }
            modifiers = EnumSet.copyOf(wanted);
            foreground = cell.getForegroundColor();
            background = cell.getBackgroundColor();
        }

        private static void append(StringBuilder codes, String code) {
            if (codes.length() > 0) {
                codes.append(';');
            }
            codes.append(code);
        }
    }
}
