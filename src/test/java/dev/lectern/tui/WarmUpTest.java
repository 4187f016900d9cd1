package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Frames drawn off screen leave the real screen and the page as they were. */
class WarmUpTest {
    private static final Path SEED = Path.of("content/kazakhstan-otsc.fr.txt");

    @Test
    void warmingUpWritesNothingAndStepsShowWhatTheyWouldHaveShown() throws Exception {
        Document seed = DocumentLoader.load(SEED);
        VirtualScreen warmed = new VirtualScreen(120, 40, null, w -> new ReaderPage(seed, w));
        VirtualScreen cold = new VirtualScreen(120, 40, null, w -> new ReaderPage(seed, w));
        AtomicInteger flushes = new AtomicInteger();
        warmed.terminal.addVirtualTerminalListener(new VirtualTerminalListener() {
            @Override
            public void onFlush() {
                flushes.incrementAndGet();
            }

            @Override
            public void onBell() {
            }

            @Override
            public void onClose() {
            }

            @Override
            public void onResized(com.googlecode.lanterna.terminal.Terminal terminal, com.googlecode.lanterna.TerminalSize size) {
            }
        });
        List<TextCharacter> before = cells(warmed);

        int frames = 0;
        while (warmed.app.warmingUp()) {
            warmed.app.warmUp();
            frames++;
        }

        assertThat(frames).isEqualTo(WarmUp.FRAMES);
        assertThat(flushes).as("writes to the real terminal").hasValue(0);
        assertThat(cells(warmed)).isEqualTo(before);
        for (String keys : new String[] {"j", "j", "j", "k", "G", "g"}) {
            warmed.type(keys);
            cold.type(keys);
            assertThat(warmed.text()).as("after " + keys).isEqualTo(cold.text());
            assertThat(cells(warmed)).as("looks after " + keys).isEqualTo(cells(cold));
        }
    }

    @Test
    void aResizeDuringTheWarmUpStartsItAgainAtTheNewSize() throws Exception {
        Document seed = DocumentLoader.load(SEED);
        VirtualScreen screen = new VirtualScreen(120, 40, null, w -> new ReaderPage(seed, w));
        screen.app.warmUp();
        screen.resize(60, 20);
        int frames = 0;
        while (screen.app.warmingUp()) {
            screen.app.warmUp();
            frames++;
        }
        assertThat(frames).isEqualTo(WarmUp.FRAMES);
        assertThat(screen.statusBar()).contains("¶ 1/");
    }

    @Test
    void aKeyRightAfterTheFirstFrameIsAnsweredBeforeAnyWarmUpFrame() throws Exception {
        Document seed = DocumentLoader.load(SEED);
        AtomicLong now = new AtomicLong();
        VirtualScreen screen = new VirtualScreen(120, 40, null, w -> new ReaderPage(seed, w));
        screen.app.timeKeysBy(now::get);
        screen.app.invalidate();
        screen.app.render(); // the first frame the reader sees
        now.addAndGet(50_000_000);
        assertThat(screen.app.warmUpDue()).as("50 ms after the first frame").isFalse();

        screen.type("j"); // the key pressed at first sight, answered as the loop answers it
        assertThat(screen.statusBar()).contains("¶ 2/");
        assertThat(screen.app.warmUpFramesDrawn()).isZero();

        now.addAndGet(QuietKeyboard.QUIET_NANOS - 1);
        assertThat(screen.app.warmUpDue()).as("just short of the quiet after the key").isFalse();
        now.addAndGet(1);
        assertThat(screen.app.warmUpDue()).as("once the keyboard was quiet").isTrue();
        screen.app.warmUp();
        assertThat(screen.app.warmUpFramesDrawn()).isEqualTo(1);

        screen.type("j");
        assertThat(screen.app.warmUpDue()).as("a key puts the warm-up off again").isFalse();
        assertThat(screen.statusBar()).contains("¶ 3/");
    }

    private static List<TextCharacter> cells(VirtualScreen screen) {
        List<TextCharacter> cells = new ArrayList<>();
        for (int row = 0; row < screen.terminal.getTerminalSize().getRows(); row++) {
            for (int column = 0; column < screen.terminal.getTerminalSize().getColumns(); column++) {
                cells.add(screen.cell(column, row));
            }
        }
        return cells;
    }
}
