package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.Scrollable;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The delta refresh must leave the terminal showing what a complete redraw of the same frame shows. */
class FrameScreenTest {
    private static final int COLUMNS = 60;
    private static final int ROWS = 16;
    private static final int PANE = 44;
    private final Theme theme = Theme.colour();

    @Test
    void stepsThatScrollShowWhatACompleteRedrawShows() throws IOException {
        Random random = new Random(7);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            lines.add(line(random, i));
        }
        ScrollingTerminal terminal = new ScrollingTerminal();
        FrameScreen screen = new FrameScreen(terminal);
        screen.startScreen();
        int top = 0;
        draw(screen, lines, top, 0);
        screen.refresh(Screen.RefreshType.COMPLETE);
        int[] moves = {3, 1, 5, -2, 4, 7, -6, 2, 9, 1};
        for (int frame = 0; frame < moves.length; frame++) {
            top += moves[frame];
            screen.scrollLines(0, ROWS - 2, moves[frame]);
            draw(screen, lines, top, frame + 1);
            screen.refresh(Screen.RefreshType.DELTA);
            assertThat(shown(terminal)).as("frame %d", frame).isEqualTo(redrawn(lines, top, frame + 1));
        }
        assertThat(terminal.scrolls).as("the terminal was asked to scroll").isPositive();
    }

    @Test
    void aCompleteRefreshShowsWhatLanternasDoes() throws IOException {
        List<String> lines = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 40; i++) {
            lines.add(line(random, i));
        }
        ScrollingTerminal terminal = new ScrollingTerminal();
        FrameScreen screen = new FrameScreen(terminal);
        screen.startScreen();
        draw(screen, lines, 5, 0);
        screen.refresh(Screen.RefreshType.DELTA);
        draw(screen, lines, 9, 1);
        screen.refresh(Screen.RefreshType.COMPLETE);
        assertThat(shown(terminal)).isEqualTo(redrawn(lines, 9, 1));
    }

    @Test
    void aWideCharacterReplacedByNarrowOnesLeavesNoHalf() throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(20, 3));
        FrameScreen screen = new FrameScreen(terminal);
        screen.startScreen();
        Painter painter = new Painter(screen.newTextGraphics(), theme);
        painter.put(0, 0, "ab漢字cd", Theme.Style.TEXT, 20);
        screen.refresh(Screen.RefreshType.DELTA);
        painter.put(0, 0, "abxyzwcd", Theme.Style.TEXT, 20);
        screen.refresh(Screen.RefreshType.DELTA);
        StringBuilder row = new StringBuilder();
        for (int column = 0; column < 8; column++) {
            row.append(terminal.getCharacter(column, 0).getCharacterString());
        }
        assertThat(row.toString()).isEqualTo("abxyzwcd");
    }

    /** A text area of numbered lines, some words highlighted, and a pane that changes with the frame. */
    private void draw(TerminalScreen screen, List<String> lines, int top, int frame) {
        Painter painter = new Painter(screen.newTextGraphics(), theme);
        painter.fill(0, 0, COLUMNS, ROWS, Theme.Style.CURRENT_TEXT);
        for (int row = 0; row < ROWS - 1; row++) {
            String text = lines.get(top + row);
            painter.put(0, row, text, row < 4 ? Theme.Style.CURRENT_TEXT : Theme.Style.TEXT, PANE - 1);
            int match = text.indexOf("zz");
            if (match >= 0) {
                painter.put(match, row, "zz", Theme.Style.MATCH, 2);
            }
            painter.put(PANE - 1, row, "│", Theme.Style.BORDER, 1);
        }
        painter.put(PANE + 1, 0, "Here, ¶" + (top + 1), Theme.Style.PANE_TITLE, COLUMNS - PANE - 1);
        for (int row = 2; row < ROWS - 1; row++) {
            String entry = (row + frame) % 3 == 0 ? "Tokaïev" : "Almaty";
            painter.put(PANE + 1, row, entry + " " + row, Theme.Style.CURRENT_TEXT, COLUMNS - PANE - 1);
        }
        painter.fill(0, ROWS - 1, COLUMNS, 1, Theme.Style.STATUS);
        painter.put(1, ROWS - 1, "¶ " + (top + 1) + "/200", Theme.Style.STATUS, 20);
    }

    /** The same frame drawn whole by Lanterna's own screen: the reference. */
    private String redrawn(List<String> lines, int top, int frame) throws IOException {
        ScrollingTerminal terminal = new ScrollingTerminal();
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        draw(screen, lines, top, frame);
        screen.refresh(Screen.RefreshType.COMPLETE);
        return shown(terminal);
    }

    /** What a person sees: each cell's character and, but for a blank's foreground, its look. */
    private static String shown(DefaultVirtualTerminal terminal) {
        StringBuilder out = new StringBuilder();
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS; column++) {
                TextCharacter cell = terminal.getCharacter(column, row);
                out.append(cell.getCharacterString()).append('[');
                if (!cell.getCharacterString().equals(" ")) {
                    out.append(cell.getForegroundColor()).append(',');
                }
                out.append(cell.getBackgroundColor()).append(',').append(cell.getModifiers()).append(']');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String line(Random random, int number) {
        StringBuilder text = new StringBuilder(number + " ");
        String[] words = {"le", "traité", "zz", "Almaty", "sécurité", "de", "l’OTSC", "a", "dit"};
        while (text.length() < 30 + random.nextInt(10)) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        return text.toString().strip();
    }

    /** A virtual terminal that scrolls as a real one does: rows move, rows scrolled in are blank. */
    private static final class ScrollingTerminal extends DefaultVirtualTerminal implements Scrollable {
        int scrolls;

        ScrollingTerminal() {
            super(new TerminalSize(COLUMNS, ROWS));
        }

        @Override
        public void scrollLines(int firstLine, int lastLine, int distance) {
            scrolls++;
            int height = lastLine - firstLine + 1;
            TextCharacter[][] before = new TextCharacter[height][COLUMNS];
            for (int row = firstLine; row <= lastLine; row++) {
                for (int column = 0; column < COLUMNS; column++) {
                    before[row - firstLine][column] = getCharacter(column, row);
                }
            }
            for (int row = firstLine; row <= lastLine; row++) {
                int from = row + distance;
                for (int column = 0; column < COLUMNS; column++) {
                    TextCharacter cell = from >= firstLine && from <= lastLine
                            ? before[from - firstLine][column] : TextCharacter.DEFAULT_CHARACTER;
                    put(column, row, cell);
                }
            }
        }

        private void put(int column, int row, TextCharacter cell) {
            setCursorPosition(column, row);
            resetColorAndSGR();
            setForegroundColor(cell.getForegroundColor());
            setBackgroundColor(cell.getBackgroundColor());
            for (SGR sgr : cell.getModifiers()) {
                enableSGR(sgr);
            }
            putString(cell.getCharacterString());
        }
    }
}
