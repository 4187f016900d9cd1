package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScrollingTextTest {
    /** A frame of 10 rows showing paragraph {@code from}'s lines and on, {@code linesEach} lines per paragraph and a blank row between. */
    private static void frame(ScrollingText text, int from, int linesEach, int width) {
        text.startFrame(10, width);
        int row = 0;
        for (int p = from; row < 10; p++) {
            for (int line = 0; line < linesEach && row < 10; line++) {
                text.showsLine(row++, p, line);
            }
            row++;
        }
    }

    @Test
    void aStepDownIsAScrollUpByTheRowsTheParagraphTook() {
        ScrollingText text = new ScrollingText();
        frame(text, 1, 3, 60);
        frame(text, 2, 3, 60);
        assertThat(text.scroll()).isEqualTo(new Page.Scroll(0, 9, 4));
        frame(text, 1, 3, 60);
        assertThat(text.scroll()).isEqualTo(new Page.Scroll(0, 9, -4));
    }

    @Test
    void theSameFrameAJumpOrARewrapIsNoScroll() {
        ScrollingText text = new ScrollingText();
        frame(text, 1, 3, 60);
        frame(text, 1, 3, 60);
        assertThat(text.scroll()).isNull();
        frame(text, 40, 3, 60);
        assertThat(text.scroll()).isNull();
        frame(text, 41, 3, 72);
        assertThat(text.scroll()).as("lines wrapped at another width are other lines").isNull();
    }

    @Test
    void tooLittleKeptIsNotWorthAScroll() {
        ScrollingText text = new ScrollingText();
        frame(text, 1, 9, 60);
        frame(text, 2, 9, 60); // paragraph 1 filled the screen: nothing on it stays
        assertThat(text.scroll()).isNull();
    }
}
