package dev.lectern.doc;

import java.util.Locale;

/** A number of bytes as a reader reads it: "812 B", "240 KB", "3.4 MB". */
public final class ByteSize {
    private ByteSize() {
    }

    public static String of(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return bytes / 1024 + " KB";
        }
        double megabytes = bytes / (1024.0 * 1024.0);
        return megabytes < 10 && bytes % (1024 * 1024) != 0
                ? String.format(Locale.ROOT, "%.1f MB", megabytes) : Math.round(megabytes) + " MB";
    }
}
