package dev.lectern.doc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small EPUBs made in memory for tests: a container, a package file, chapters and a table of
 * contents (EPUB 3 nav or EPUB 2 NCX), any of which a test may leave out or spoil.
 */
public final class EpubBuilder {
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final List<String[]> chapters = new ArrayList<>(); // path, label (null: not in the contents), xhtml
    private String title = "A Test Book";
    private String creator = "Ann Author";
    private String language = "en";
    private boolean nav = true;
    private boolean ncx;
    private boolean container = true;
    private boolean opf = true;

    public static EpubBuilder epub3() {
        return new EpubBuilder();
    }

    public static EpubBuilder epub2() {
        EpubBuilder book = new EpubBuilder();
        book.nav = false;
        book.ncx = true;
        return book;
    }

    public EpubBuilder title(String title) {
        this.title = title;
        return this;
    }

    public EpubBuilder creator(String creator) {
        this.creator = creator;
        return this;
    }

    public EpubBuilder language(String language) {
        this.language = language;
        return this;
    }

    /** A chapter at OEBPS/{@code file}; {@code label} is its line in the contents (null: none). */
    public EpubBuilder chapter(String file, String label, String bodyXhtml) {
        chapters.add(new String[] {file, label, bodyXhtml});
        return this;
    }

    /** A chapter of {@code paragraphs} paragraphs of text, titled {@code label}. */
    public EpubBuilder textChapter(String file, String label, int paragraphs) {
        StringBuilder body = new StringBuilder("<h1>" + label + "</h1>\n");
        for (int i = 1; i <= paragraphs; i++) {
            body.append("<p>").append(label).append(", paragraph ").append(i).append(": the river ran slow and brown.</p>\n");
        }
        return chapter(file, label, body.toString());
    }

    /** Any other file, or one that replaces a generated one. */
    public EpubBuilder entry(String name, String content) {
        entries.put(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public EpubBuilder entry(String name, byte[] content) {
        entries.put(name, content);
        return this;
    }

    public EpubBuilder withoutContainer() {
        container = false;
        return this;
    }

    public EpubBuilder withoutPackage() {
        opf = false;
        return this;
    }

    public EpubBuilder withoutChapterFile(String file) {
        entries.put("OEBPS/" + file, null);
        return this;
    }

    public byte[] bytes() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
        if (container) {
            all.put("META-INF/container.xml", utf8("""
                    <?xml version="1.0"?>
                    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                      <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                    </container>"""));
        }
        if (opf) {
            all.put("OEBPS/content.opf", utf8(packageFile()));
        }
        if (nav) {
            all.put("OEBPS/nav.xhtml", utf8(navFile()));
        }
        if (ncx) {
            all.put("OEBPS/toc.ncx", utf8(ncxFile()));
        }
        for (String[] chapter : chapters) {
            all.put("OEBPS/" + chapter[0], utf8("""
                    <?xml version="1.0" encoding="utf-8"?>
                    <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
                    <head><title>%s</title><style>p { margin: 0 }</style></head>
                    <body>
                    %s
                    </body></html>""".formatted(chapter[1] == null ? "" : chapter[1], chapter[2])));
        }
        all.putAll(entries);
        all.values().removeIf(v -> v == null);
        return zip(all);
    }

    public Path writeTo(Path file) throws IOException {
        Files.write(file, bytes());
        return file;
    }

    private String packageFile() {
        StringBuilder manifest = new StringBuilder();
        StringBuilder spine = new StringBuilder();
        int n = 0;
        for (String[] chapter : chapters) {
            n++;
            manifest.append("<item id=\"c").append(n).append("\" href=\"").append(chapter[0])
                    .append("\" media-type=\"application/xhtml+xml\"/>\n");
            spine.append("<itemref idref=\"c").append(n).append("\"/>\n");
        }
        if (nav) {
            manifest.append("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n");
        }
        if (ncx) {
            manifest.append("<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="%s" unique-identifier="id">
                  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                    <dc:identifier id="id">urn:uuid:12345</dc:identifier>
                    <dc:title>%s</dc:title>
                    <dc:creator>%s</dc:creator>
                    <dc:language>%s</dc:language>
                  </metadata>
                  <manifest>
                %s  </manifest>
                  <spine%s>
                %s  </spine>
                </package>""".formatted(nav ? "3.0" : "2.0", title, creator, language, manifest,
                ncx ? " toc=\"ncx\"" : "", spine);
    }

    private String navFile() {
        StringBuilder items = new StringBuilder();
        for (String[] chapter : chapters) {
            if (chapter[1] != null) {
                items.append("<li><a href=\"").append(chapter[0]).append("\">").append(chapter[1]).append("</a></li>\n");
            }
        }
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
                <head><title>Contents</title></head>
                <body><nav epub:type="toc"><h1>Contents</h1><ol>
                %s</ol></nav></body></html>""".formatted(items);
    }

    private String ncxFile() {
        StringBuilder points = new StringBuilder();
        int n = 0;
        for (String[] chapter : chapters) {
            if (chapter[1] != null) {
                n++;
                points.append("<navPoint id=\"p").append(n).append("\" playOrder=\"").append(n).append("\">")
                        .append("<navLabel><text>").append(chapter[1]).append("</text></navLabel>")
                        .append("<content src=\"").append(chapter[0]).append("\"/></navPoint>\n");
            }
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
                <head/><docTitle><text>%s</text></docTitle>
                <navMap>
                %s</navMap></ncx>""".formatted(title, points);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The entries zipped, the mimetype first and stored, as EPUB wants; the rest deflated. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                if (entry.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(entry.getValue());
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.getValue().length);
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
