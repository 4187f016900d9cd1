package dev.lectern.bench;

import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.doc.Opening;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Opening a very large EPUB: time to the first screen's document, resident memory then, and the
 * same once the whole book has been scanned. Two runs, so that making the book does not count:
 * <pre>
 *   java -cp ... dev.lectern.bench.EpubOpening make /tmp/big.epub 200 ../shared/bench/les-trois-mousquetaires.fr.txt
 *   java -cp ... dev.lectern.bench.EpubOpening open /tmp/big.epub
 * </pre>
 * The book's chapters are paragraphs of the novel's words in a seeded random order: text that
 * packs about as well as prose, never copied whole into the book. Prints figures; asserts nothing.
 */
public final class EpubOpening {
    private EpubOpening() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("make")) {
            make(Path.of(args[1]), Long.parseLong(args[2]) * 1024 * 1024, Path.of(args.length > 3 ? args[3] : "../shared/bench/les-trois-mousquetaires.fr.txt"));
        } else if (args.length == 2 && args[0].equals("open")) {
            open(Path.of(args[1]));
        } else {
            System.err.println("usage: EpubOpening make FILE MEGABYTES [NOVEL] | open FILE");
            System.exit(2);
        }
    }

    private static void open(Path file) throws Exception {
        long begin = System.nanoTime();
        Opening opening = DocumentLoader.open(file);
        Document start = opening.start();
        String first = start.paragraph(1).text(); // what the first screen draws
        long firstScreen = System.nanoTime() - begin;
        System.out.printf("first screen: %d ms (%d paragraphs of %d chapters' start, complete=%s, first %d chars)%n",
                firstScreen / 1_000_000, start.size(), start.sections().size(), opening.isComplete(), first.length());
        report("at first screen");

        long scan = System.nanoTime();
        Document whole = opening.whole();
        System.out.printf("whole book scanned: %d ms (%d paragraphs, %d sections, %d M characters)%n",
                (System.nanoTime() - scan) / 1_000_000, whole.size(), whole.sections().size(),
                whole.charsBefore(whole.size() + 1) / 1_000_000);
        report("after the scan");

        long jump = System.nanoTime();
        String middle = whole.paragraph(whole.size() / 2).text();
        String last = whole.paragraph(whole.size()).text();
        System.out.printf("jump to the middle and the end: %d ms (%d + %d chars)%n",
                (System.nanoTime() - jump) / 1_000_000, middle.length(), last.length());
        report("after the jumps");
    }

    private static void report(String when) throws IOException {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmRSS:") || l.startsWith("VmHWM:")).map(l -> l.replaceAll("\\s+", " "))
                .reduce((a, b) -> a + ", " + b).orElse("?");
        System.out.printf("  %s: live heap %d MB; %s%n", when, heap >> 20, rss);
    }

    private static void make(Path file, long bytes, Path novel) throws IOException {
        List<String> words = new ArrayList<>();
        for (String word : Files.readString(novel, StandardCharsets.UTF_8).split("\\s+")) {
            if (!word.isBlank()) {
                words.add(word.replace("&", "et").replace("<", "").replace(">", ""));
            }
        }
        Random random = new Random(42);
        CountingOutput counted = new CountingOutput(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20));
        long inflated = 0;
        int chapters = 0;
        try (ZipOutputStream zip = new ZipOutputStream(counted)) {
            byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            put(zip, "META-INF/container.xml", "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
                    + "<rootfiles><rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>");
            while (counted.count < bytes) {
                chapters++;
                StringBuilder chapter = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Chapitre ")
                        .append(chapters).append("</title></head><body><h1>Chapitre ").append(chapters).append("</h1>\n");
                for (int p = 0; p < 400; p++) {
                    chapter.append("<p>");
                    int length = 40 + random.nextInt(120);
                    for (int w = 0; w < length; w++) {
                        chapter.append(w == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
                    }
                    chapter.append(".</p>\n");
                }
                chapter.append("</body></html>");
                inflated += put(zip, "OEBPS/c" + chapters + ".xhtml", chapter.toString());
            }
            StringBuilder manifest = new StringBuilder();
            StringBuilder spine = new StringBuilder();
            StringBuilder nav = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" "
                    + "xmlns:epub=\"http://www.idpf.org/2007/ops\"><head><title>Table</title></head><body><nav epub:type=\"toc\"><ol>\n");
            for (int c = 1; c <= chapters; c++) {
                manifest.append("<item id=\"c").append(c).append("\" href=\"c").append(c).append(".xhtml\" media-type=\"application/xhtml+xml\"/>\n");
                spine.append("<itemref idref=\"c").append(c).append("\"/>\n");
                nav.append("<li><a href=\"c").append(c).append(".xhtml\">Chapitre ").append(c).append("</a></li>\n");
            }
            manifest.append("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n");
            put(zip, "OEBPS/nav.xhtml", nav.append("</ol></nav></body></html>").toString());
            put(zip, "OEBPS/content.opf", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
                    + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Un très long livre</dc:title>"
                    + "<dc:creator>Lectern</dc:creator><dc:language>fr</dc:language></metadata><manifest>" + manifest
                    + "</manifest><spine>" + spine + "</spine></package>");
        }
        System.out.printf("made %s: %d MB packed, %d chapters, %d MB of chapters inflated%n",
                file, Files.size(file) >> 20, chapters, inflated >> 20);
    }

    private static long put(ZipOutputStream zip, String name, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
        return bytes.length;
    }

    private static final class CountingOutput extends java.io.FilterOutputStream {
        long count;

        CountingOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
