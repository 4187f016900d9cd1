package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class QuietKeyboardTest {
    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final QuietKeyboard keyboard = new QuietKeyboard(now::get);

    private void after(long millis) {
        now.addAndGet(millis * 1_000_000);
    }

    @Test
    void quietOnlyOnceTheWholeQuietTimeHasPassedSinceTheLastTouch() {
        keyboard.touched();
        assertThat(keyboard.quietLongEnough()).isFalse();
        assertThat(keyboard.millisLeft()).isEqualTo(400);
        after(399);
        assertThat(keyboard.quietLongEnough()).isFalse();
        assertThat(keyboard.millisLeft()).isEqualTo(1);
        after(1);
        assertThat(keyboard.quietLongEnough()).isTrue();
        assertThat(keyboard.millisLeft()).isZero();
    }

    @Test
    void eachKeyStartsTheQuietAgain() {
        keyboard.touched();
        after(300);
        keyboard.touched();
        after(300);
        assertThat(keyboard.quietLongEnough()).isFalse();
        assertThat(keyboard.millisLeft()).isEqualTo(100);
        after(100);
        assertThat(keyboard.quietLongEnough()).isTrue();
    }

    @Test
    void aKeyboardQuietAlreadyIsQuietUntilTouched() {
        QuietKeyboard untouched = QuietKeyboard.quietAlready(now::get);
        assertThat(untouched.quietLongEnough()).isTrue();
        assertThat(untouched.millisLeft()).isZero();
        untouched.touched();
        assertThat(untouched.quietLongEnough()).isFalse();
        assertThat(untouched.millisLeft()).isEqualTo(400);
    }

    @Test
    void aClockThatWrapsStillCounts() {
        now.set(Long.MAX_VALUE - 100_000_000L);
        keyboard.touched();
        after(500);
        assertThat(keyboard.quietLongEnough()).isTrue();
    }
}
