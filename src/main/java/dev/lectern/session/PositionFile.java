package dev.lectern.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The format of a position file ({@link FileReaderState}'s, for the local reader and for
 * lectern serve's readers): the file name a reading key gets, "paragraph:offset" positions, and
 * move times (epoch milliseconds, or ISO instants where finer, both read).
 */
final class PositionFile {
    private PositionFile() {
    }

    /** The file name for a reading key: the start of its SHA-256, so any key makes a safe name. */
    static String nameFor(String readingKey) {
        return digest(readingKey, 16) + ".properties";
    }

    /** The first {@code bytes} bytes of the text's SHA-256, in hex. */
    static String digest(String text, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static Position parse(String value) {
        String[] parts = value.split(":");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a position: " + value);
        }
        return new Position(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    }

    static String format(Position position) {
        return position.paragraph() + ":" + position.offset();
    }

    /**
     * A time as written: epoch milliseconds, as the local reader always has, unless it has a
     * finer part (a served reader's, kept to the microsecond), then an ISO instant.
     */
    static String formatTime(Instant time) {
        return time.getNano() % 1_000_000 == 0 ? Long.toString(time.toEpochMilli()) : time.toString();
    }

    /**
     * A move's time as either store writes it: epoch milliseconds (PositionStore) or an ISO
     * instant (FileReaderState, to the microsecond); null when the file has none.
     */
    static Instant movedAt(String value) {
        if (value == null) {
            return null;
        }
        String time = value.strip();
        return time.chars().allMatch(Character::isDigit) ? Instant.ofEpochMilli(Long.parseLong(time)) : Instant.parse(time);
    }
}
