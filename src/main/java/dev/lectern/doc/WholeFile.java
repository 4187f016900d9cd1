package dev.lectern.doc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A file written whole or not at all: a full disk or a crash leaves it as it was, and no reader finds half of it. */
public final class WholeFile {
    private WholeFile() {
    }

    /** Writes {@code text} beside {@code file}, then moves it over the file. */
    public static void write(Path file, String text) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), ".saving", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
