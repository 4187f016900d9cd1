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
import java.util.EnumSet;
import java.util.Objects;

/**
 * Lanterna's screen with a cheaper delta refresh, the one every key press makes. Lanterna's own
 * puts each changed cell in a sorted map and asks every cell of both buffers for its width
 * (Unicode block look-ups): on a 120x40 screen that was most of a step's time. Here the rows are
 * walked in order, a cell that is the very same object as before is skipped at once (the
 * theme's cells are shared), and the output is what Lanterna's would be. A scroll goes to the
 * terminal at once and both buffers follow, so that only the rows that came into view are sent.
 * A complete refresh is Lanterna's.
 */
final class FrameScreen extends TerminalScreen {
    private boolean started;

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

    @Override
    public synchronized void scrollLines(int firstLine, int lastLine, int distance) {
        if (distance == 0 || firstLine > lastLine) {
            return;
        }
        getBackBuffer().scrollLines(firstLine, lastLine, distance);
        if (started && getTerminal() instanceof Scrollable scrollable) {
            try {
                scrollable.scrollLines(firstLine, lastLine, distance);
                getFrontBuffer().scrollLines(firstLine, lastLine, distance);
            } catch (IOException | UnsupportedOperationException cannot) {
                // The terminal did not scroll: the delta then sends the moved rows as it would anyway.
            }
        }
    }

    @Override
    public synchronized void refresh(RefreshType refreshType) throws IOException {
        if (refreshType != RefreshType.DELTA || !started) {
            super.refresh(refreshType);
            return;
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

    /** Writes every cell of the back buffer that differs from the front buffer. */
    private void sendChanges() throws IOException {
        Terminal terminal = getTerminal();
        ScreenBuffer back = getBackBuffer();
        ScreenBuffer front = getFrontBuffer();
        TerminalSize size = getTerminalSize();
        int columns = size.getColumns();
        Pen pen = new Pen(terminal);
        for (int row = 0; row < size.getRows(); row++) {
            boolean redrawNext = false;
            for (int column = 0; column < columns; column++) {
                TextCharacter wanted = back.getCharacterAt(column, row);
                TextCharacter shown = front.getCharacterAt(column, row);
                boolean changed = wanted != shown && !looksSame(wanted, shown);
                if (changed || redrawNext) {
                    pen.write(column, row, wanted);
                }
                // A wide character that goes leaves its second column to be drawn again.
                redrawNext = changed && shown.isDoubleWidth() && !wanted.isDoubleWidth();
                if (wanted.isDoubleWidth()) {
                    column++;
                }
            }
        }
    }

    /** Lanterna's equality, without its same-class rule (a theme's cell and a blank Lanterna made are alike). */
    private static boolean looksSame(TextCharacter a, TextCharacter b) {
        return a.getCharacterString().equals(b.getCharacterString())
                && a.getForegroundColor().equals(b.getForegroundColor())
                && a.getBackgroundColor().equals(b.getBackgroundColor())
                && a.getModifiers().equals(b.getModifiers());
    }

    /**
     * Where the terminal's cursor is and what colours and modifiers it writes with, so that only
     * changes are sent. It starts unknown: the first cell written resets the attributes.
     */
    private static final class Pen {
        private final Terminal terminal;
        private int row = -1;
        private int column = -1;
        private TextColor foreground;
        private TextColor background;
        private EnumSet<SGR> modifiers;

        Pen(Terminal terminal) {
            this.terminal = terminal;
        }

        void write(int atColumn, int atRow, TextCharacter cell) throws IOException {
            if (atRow != row || atColumn != column) {
                terminal.setCursorPosition(atColumn, atRow);
            }
            if (modifiers == null) {
                terminal.resetColorAndSGR();
                modifiers = EnumSet.noneOf(SGR.class);
                foreground = TextColor.ANSI.DEFAULT;
                background = TextColor.ANSI.DEFAULT;
            }
            for (SGR sgr : SGR.values()) {
                boolean wanted = cell.getModifiers().contains(sgr);
                if (wanted != modifiers.contains(sgr)) {
                    if (wanted) {
                        terminal.enableSGR(sgr);
                        modifiers.add(sgr);
                    } else {
                        terminal.disableSGR(sgr);
                        modifiers.remove(sgr);
                    }
                }
            }
            if (!Objects.equals(foreground, cell.getForegroundColor())) {
                foreground = cell.getForegroundColor();
                terminal.setForegroundColor(foreground);
            }
            if (!Objects.equals(background, cell.getBackgroundColor())) {
                background = cell.getBackgroundColor();
                terminal.setBackgroundColor(background);
            }
            terminal.putString(cell.getCharacterString());
            row = atRow;
            column = atColumn + (cell.isDoubleWidth() ? 2 : 1);
        }
    }
}
