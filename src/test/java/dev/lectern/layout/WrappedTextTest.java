package dev.lectern.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WrappedTextTest {
    // "alpha beta gamma" at width 6: "alpha" [0,5), "beta" [6,10), "gamma" [11,16)
    private final WrappedText wrapped = LineWrapper.wrap("alpha beta gamma", 6);

    @Test
    void lineAtFindsTheLineHoldingAnOffset() {
        assertThat(wrapped.lineCount()).isEqualTo(3);
        assertThat(wrapped.lineAt(0)).isZero();
        assertThat(wrapped.lineAt(4)).isZero();
        assertThat(wrapped.lineAt(6)).isEqualTo(1);
        assertThat(wrapped.lineAt(9)).isEqualTo(1);
        assertThat(wrapped.lineAt(11)).isEqualTo(2);
        assertThat(wrapped.lineAt(15)).isEqualTo(2);
    }

    @Test
    void offsetInADroppedSpaceBelongsToTheLineBefore() {
        assertThat(wrapped.lineAt(5)).isZero();
        assertThat(wrapped.lineAt(10)).isEqualTo(1);
    }

    @Test
    void offsetsBeyondTheEndsAreClamped() {
        assertThat(wrapped.lineAt(-3)).isZero();
        assertThat(wrapped.lineAt(16)).isEqualTo(2);
        assertThat(wrapped.lineAt(1_000)).isEqualTo(2);
    }

    @Test
    void lineAtOfEachLineStartIsThatLine() {
        WrappedText many = LineWrapper.wrap("a b c d e f g h i j k l m n o p\n\nq r s", 3);
        for (int line = 0; line < many.lineCount(); line++) {
            assertThat(many.lineAt(many.start(line))).as("line %d", line).isEqualTo(line);
        }
    }

    @Test
    void lineAtOfEmptyText() {
        WrappedText empty = LineWrapper.wrap("", 10);

        assertThat(empty.lineAt(0)).isZero();
        assertThat(empty.lineAt(5)).isZero();
    }

    @Test
    void lineOutOfRangeIsAnError() {
        assertThatThrownBy(() -> wrapped.line(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> wrapped.start(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> wrapped.end(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
