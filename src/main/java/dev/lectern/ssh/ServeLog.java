package dev.lectern.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * serve.log in the state directory: one line per reader's session start and end (key
 * fingerprint, address, duration) and per refusal or stop. It never fails the service: a line
 * that cannot be written is dropped.
 */
final class ServeLog {
    private final Path file;

    ServeLog(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    synchronized void write(String event) {
        String line = Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + event.replaceAll("[\\p{Cntrl}]", "?") + "\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException ignored) {
            // A full disk must not close the reading room.
        }
    }
}
