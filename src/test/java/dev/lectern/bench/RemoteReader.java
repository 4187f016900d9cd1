package dev.lectern.bench;

import dev.lectern.ssh.Utf8Pieces;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.jline.builtins.ScreenTerminal;

/**
 * One reader of bench/ssh-load: {@code open ARTICLE} on a 120x40 PTY, what the server writes fed
 * to JLine's VT emulator, each output's arrival time kept, so a key's frame can be timed.
 */
final class RemoteReader {
    private static final Pattern PARAGRAPH = Pattern.compile("¶ (\\d+)/(\\d+)");
    private static final long GIVE_UP = TimeUnit.SECONDS.toNanos(10);

    private final ClientSession session;
    private final ChannelExec channel;
    private final OutputStream keys;
    private final long quietNanos;
    private final ScreenTerminal screen = new ScreenTerminal(120, 40);

    // Guarded by this.
    private long lastOutput;
    private String sightBefore;
    private long sightChanged;

    RemoteReader(ClientSession session, String article, long quietNanos) throws IOException {
        this.session = session;
        this.quietNanos = quietNanos;
        channel = session.createExecChannel("open " + article);
        channel.setUsePty(true);
        channel.setPtyType("xterm-256color");
        channel.setPtyColumns(120);
        channel.setPtyLines(40);
        channel.setEnv("LANG", "C.UTF-8");
        channel.setOut(new Feed());
        channel.setErr(new Feed());
        channel.open().verify(60, TimeUnit.SECONDS);
        keys = channel.getInvertedIn();
    }

    record Steps(List<Long> frames, List<Long> sightChanges, int missed) {
    }

    /** Waits for the article's first page, then for the output to be quiet so long (its analysis repainting). */
    synchronized void awaitFirstPage(Duration quietFor) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        long quiet = quietFor.toNanos();
        while (true) {
            long now = System.nanoTime();
            if (paragraph() != null && now - lastOutput >= quiet) {
                return;
            }
            if (now > deadline) {
                throw new IllegalStateException("no first page in 240 s; the screen shows:\n" + screen);
            }
            wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(quiet - (now - lastOutput))));
        }
    }

    /** {@code count} keys, one every 100-200 ms (or when the last frame ended, if later). */
    Steps step(int count) throws IOException, InterruptedException {
        List<Long> frames = new ArrayList<>();
        List<Long> sightChanges = new ArrayList<>();
        int missed = 0;
        for (int i = 0; i < count; i++) {
            long sent;
            synchronized (this) {
                Matcher at = paragraph();
                boolean last = at != null && at.group(1).equals(at.group(2));
                String key = last ? "g" : i % 4 == 3 ? " " : "j";
                sightBefore = sight();
                sightChanged = 0;
                sent = System.nanoTime();
                keys.write(key.getBytes(StandardCharsets.US_ASCII));
                keys.flush();
                // The frame: output after the key, then quiet for quietNanos.
                while (true) {
                    long now = System.nanoTime();
                    if (lastOutput > sent && now - lastOutput >= quietNanos) {
                        frames.add(lastOutput - sent);
                        break;
                    }
                    if (now - sent > GIVE_UP) {
                        missed++;
                        break;
                    }
                    long left = lastOutput > sent ? quietNanos - (now - lastOutput) : TimeUnit.MILLISECONDS.toNanos(50);
                    TimeUnit.NANOSECONDS.timedWait(this, Math.max(100_000, left));
                }
                // Every key sent changes the first row or the status bar; under load a frame can
                // pause longer than the quiet time, so the next key waits for that change too.
                long sightDeadline = sent + GIVE_UP;
                while (sightChanged == 0 && System.nanoTime() < sightDeadline) {
                    TimeUnit.NANOSECONDS.timedWait(this, Math.max(1, sightDeadline - System.nanoTime()));
                }
                if (sightChanged != 0) {
                    sightChanges.add(sightChanged - sent);
                }
                sightBefore = null;
            }
            SshLoad.pace(sent);
        }
        return new Steps(frames, sightChanges, missed);
    }

    /** {@code q}, then the channel closes (the server saves the place), then the connection. */
    void quit() throws IOException {
        keys.write('q');
        keys.flush();
        channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(10));
        session.close(false).await(10, TimeUnit.SECONDS);
    }

    /** Leaves as a reader whose quit is not timed: q, and the connection closed at once. */
    void leave() {
        try {
            quit();
        } catch (IOException e) {
            session.close(true);
        }
    }

    private Matcher paragraph() {
        Matcher m = PARAGRAPH.matcher(statusBar());
        return m.find() ? m : null;
    }

    /** The first row and the status bar: a step moves one or the other (a tall paragraph scrolls first). */
    private String sight() {
        String all = screen.toString();
        return all.substring(0, Math.max(0, all.indexOf('\n'))) + "\n" + statusBar(all);
    }

    private String statusBar() {
        return statusBar(screen.toString());
    }

    private static String statusBar(String all) {
        String[] rows = all.split("\n");
        for (int i = rows.length - 1; i >= 0; i--) {
            if (!rows[i].isBlank()) {
                return rows[i];
            }
        }
        return "";
    }

    /** Decodes UTF-8 across writes and feeds the emulator, noting when output came. */
    private final class Feed extends OutputStream {
        private final Utf8Pieces pieces = new Utf8Pieces();

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            long now = System.nanoTime();
            CharBuffer out = pieces.next(bytes, offset, length);
            synchronized (RemoteReader.this) {
                screen.write(out);
                lastOutput = now;
                if (sightBefore != null && sightChanged == 0) {
                    if (!sight().equals(sightBefore)) {
                        sightChanged = now;
                    }
                }
                RemoteReader.this.notifyAll();
            }
        }
    }
}
