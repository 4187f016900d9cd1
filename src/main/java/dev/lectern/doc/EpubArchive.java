package dev.lectern.doc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The files inside an EPUB, read into memory one at a time and never written anywhere. Every
 * read counts the bytes actually inflated, not the sizes the archive declares, so a zip bomb is
 * stopped after at most {@link #TOTAL_LIMIT} bytes. Entries whose names climb out of the archive
 * ({@code ../x}) or start at the root ({@code /x}, {@code C:x}) are not listed at all.
 */
abstract class EpubArchive implements AutoCloseable {
    /** Everything a book may inflate to. */
    static final long TOTAL_LIMIT = 512L * 1024 * 1024;
    /** One file of the book at most: a chapter is decoded whole each time it is shown. */
    static final long ENTRY_LIMIT = 64L * 1024 * 1024;
    /** Above this size an entry must not inflate to more than {@link #RATIO_LIMIT} times its packed size. */
    static final long RATIO_FLOOR = 1024 * 1024;
    static final long RATIO_LIMIT = 100;

    protected final String bookName;
    private final long archiveBytes;
    private final long totalLimit;
    /** The inflated size of each entry read so far: re-reading a chapter costs the total nothing. */
    private final Map<String, Long> inflated = new HashMap<>();
    private long total;

    private EpubArchive(String bookName, long archiveBytes, long totalLimit) {
        this.bookName = bookName;
        this.archiveBytes = archiveBytes;
        this.totalLimit = totalLimit;
    }

    /** The book file, read in place: each entry is inflated when asked for. */
    static EpubArchive open(Path file, String bookName) throws UnreadableDocumentException, IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw notAZip(bookName);
        }
        return new OnDisk(zip, bookName, file.toFile().length(), TOTAL_LIMIT);
    }

    /** A book already in memory (downloaded): its text files are inflated now, within the same limits. */
    static EpubArchive of(byte[] bytes, String bookName) throws UnreadableDocumentException {
        return of(bytes, bookName, TOTAL_LIMIT);
    }

    /** As {@link #of(byte[], String)}, with another limit to the whole (tests use a small one). */
    static EpubArchive of(byte[] bytes, String bookName, long totalLimit) throws UnreadableDocumentException {
        return InMemory.read(bytes, bookName, totalLimit);
    }

    /** True when the archive has a file of that name (as the book refers to it, with '/' separators). */
    abstract boolean has(String name);

    /** The bytes of one file, inflated within the limits. */
    final byte[] read(String name) throws UnreadableDocumentException {
        if (!has(name)) {
            throw new UnreadableDocumentException(bookName + " is damaged: " + name + " is missing from it.");
        }
        try (InputStream in = inflate(name)) {
            return readCapped(in, name, packedSize(name));
        } catch (ZipException e) {
            throw new UnreadableDocumentException(bookName + " is damaged: " + name + " cannot be unpacked.");
        } catch (IOException e) {
            throw new UnreadableDocumentException("Cannot read " + bookName + ": " + e.getMessage() + ".", e);
        }
    }

    /** The packed size the archive declares for an entry, or -1 when it does not say. */
    abstract long packedSize(String name);

    abstract InputStream inflate(String name) throws IOException;

    @Override
    public void close() throws IOException {
    }

    /** Reads one entry, counting what is inflated as it comes, never trusting the declared sizes. */
    protected final byte[] readCapped(InputStream in, String name, long declaredPacked) throws UnreadableDocumentException, IOException {
        // A lying header cannot claim more packed bytes than the archive has.
        long packed = declaredPacked < 0 ? archiveBytes : Math.min(declaredPacked, archiveBytes);
        long counted;
        synchronized (this) {
            Long before = inflated.get(name);
            counted = before == null ? total : total - before;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            size += n;
            if (size > RATIO_FLOOR && size > RATIO_LIMIT * Math.max(1, packed)) {
                throw new UnreadableDocumentException(bookName + " looks like a zip bomb: " + name
                        + " inflates to over " + RATIO_LIMIT + " times its packed size.");
            }
            if (counted + size > totalLimit) {
                throw new UnreadableDocumentException(bookName + " unpacks to more than " + megabytes(totalLimit)
                        + ": it looks like a zip bomb and is not opened.");
            }
            if (size > ENTRY_LIMIT) {
                throw new UnreadableDocumentException(bookName + " has a part larger than " + megabytes(ENTRY_LIMIT)
                        + " (" + name + "): it is not opened.");
            }
            out.write(buffer, 0, n);
        }
        synchronized (this) {
            Long before = inflated.put(name, size);
            total += size - (before == null ? 0 : before);
        }
        return out.toByteArray();
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }

    static UnreadableDocumentException notAZip(String bookName) {
        return new UnreadableDocumentException(bookName + " is not an EPUB book: it is not a zip archive.");
    }

    /**
     * The name an entry is listed under, or null for one that climbs out of the archive or starts
     * at a root: such a name is never used, so nothing can be read or written through it.
     */
    static String safeName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0
                || (name.length() > 1 && name.charAt(1) == ':')) {
            return null;
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..")) {
                return null;
            }
        }
        return name;
    }

    private static final class OnDisk extends EpubArchive {
        private final ZipFile zip;
        private final Map<String, ZipEntry> entries = new LinkedHashMap<>();

        OnDisk(ZipFile zip, String bookName, long archiveBytes, long totalLimit) {
            super(bookName, archiveBytes, totalLimit);
            this.zip = zip;
            zip.stream().forEach(entry -> {
                String safe = safeName(entry.getName());
                if (safe != null && !entry.isDirectory()) {
                    entries.putIfAbsent(safe, entry);
                }
            });
        }

        @Override
        boolean has(String name) {
            return entries.containsKey(name);
        }

        @Override
        long packedSize(String name) {
            return entries.get(name).getCompressedSize();
        }

        @Override
        InputStream inflate(String name) throws IOException {
            return zip.getInputStream(entries.get(name));
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    /** Keeps only the text files a book is read from; images and fonts are inflated (and counted), then dropped. */
    private static final class InMemory extends EpubArchive {
        private final Map<String, byte[]> texts = new HashMap<>();

        private InMemory(String bookName, long archiveBytes, long totalLimit) {
            super(bookName, archiveBytes, totalLimit);
        }

        static InMemory read(byte[] bytes, String bookName, long totalLimit) throws UnreadableDocumentException {
            InMemory archive = new InMemory(bookName, bytes.length, totalLimit);
            boolean any = false;
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    any = true;
                    String safe = safeName(entry.getName());
                    byte[] content = archive.readCapped(zip, entry.getName(), entry.getCompressedSize());
                    if (safe != null && !entry.isDirectory() && isText(safe)) {
                        archive.texts.putIfAbsent(safe, content);
                    }
                }
            } catch (ZipException e) {
                throw any ? new UnreadableDocumentException(bookName + " is damaged: " + e.getMessage() + ".") : notAZip(bookName);
            } catch (IOException e) {
                throw new UnreadableDocumentException("Cannot read " + bookName + ": " + e.getMessage() + ".", e);
            }
            if (!any) {
                throw notAZip(bookName);
            }
            return archive;
        }

        private static boolean isText(String name) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            return lower.endsWith(".xml") || lower.endsWith(".opf") || lower.endsWith(".ncx") || lower.endsWith(".xhtml")
                    || lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xht");
        }

        @Override
        boolean has(String name) {
            return texts.containsKey(name);
        }

        @Override
        long packedSize(String name) {
            return -1;
        }

        @Override
        InputStream inflate(String name) {
            return new ByteArrayInputStream(texts.get(name));
        }
    }
}
