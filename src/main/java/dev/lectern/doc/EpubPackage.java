package dev.lectern.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What an EPUB says about itself: its package file (OPF) found through
 * {@code META-INF/container.xml}, with the title, authors and language, the reading order (spine)
 * and the table of contents (the EPUB 3 navigation document, else the EPUB 2 NCX). Every path is
 * resolved to a name inside the archive; one that would climb out of it is refused.
 */
record EpubPackage(String title, String byline, String languageTag, List<String> spine, List<TocEntry> toc) {
    static final String CONTAINER = "META-INF/container.xml";

    /** One line of the book's table of contents: the chapter file, an anchor in it (or null), its label. */
    record TocEntry(String path, String fragment, String label) {
    }

    static EpubPackage read(EpubArchive archive, String bookName) throws UnreadableDocumentException {
        if (!archive.has(CONTAINER)) {
            throw broken(bookName, CONTAINER + " is missing");
        }
        Document container = xml(archive.read(CONTAINER));
        Element rootfile = container.selectFirst("rootfile[full-path][media-type=application/oebps-package+xml]");
        if (rootfile == null) {
            rootfile = container.selectFirst("rootfile[full-path]");
        }
        if (rootfile == null || rootfile.attr("full-path").isBlank()) {
            throw broken(bookName, CONTAINER + " names no package file");
        }
        String opfPath = resolve("", rootfile.attr("full-path"), bookName);
        if (!archive.has(opfPath)) {
            throw broken(bookName, "its package file " + opfPath + " is missing");
        }
        Document opf = xml(archive.read(opfPath));
        Element packageElement = opf.selectFirst("package");
        if (packageElement == null) {
            throw broken(bookName, "its package file " + opfPath + " is not an OPF package");
        }
        String base = folderOf(opfPath);

        Map<String, Element> manifest = new HashMap<>();
        for (Element item : opf.select("manifest > item[id][href]")) {
            manifest.putIfAbsent(item.attr("id"), item);
        }
        List<String> spine = new ArrayList<>();
        for (Element itemref : opf.select("spine > itemref[idref]")) {
            Element item = manifest.get(itemref.attr("idref"));
            if (item == null) {
                throw broken(bookName, "its reading order names " + itemref.attr("idref") + ", which the manifest lacks");
            }
            String path = resolve(base, item.attr("href"), bookName);
            if (!archive.has(path)) {
                throw broken(bookName, "its chapter " + path + " is missing");
            }
            spine.add(path);
        }
        if (spine.isEmpty()) {
            throw broken(bookName, "its package file has no reading order (spine)");
        }

        List<TocEntry> toc = List.of();
        Element nav = opf.select("manifest > item[href]").stream()
                .filter(i -> List.of(i.attr("properties").split("\\s+")).contains("nav")).findFirst().orElse(null);
        if (nav != null && archive.has(resolve(base, nav.attr("href"), bookName))) {
            String navPath = resolve(base, nav.attr("href"), bookName);
            toc = navToc(archive.read(navPath), navPath, bookName);
        }
        if (toc.isEmpty()) {
            Element spineElement = opf.selectFirst("spine");
            Element ncx = spineElement == null ? null : manifest.get(spineElement.attr("toc"));
            if (ncx == null) {
                ncx = opf.selectFirst("manifest > item[media-type=application/x-dtbncx+xml][href]");
            }
            if (ncx != null && archive.has(resolve(base, ncx.attr("href"), bookName))) {
                String ncxPath = resolve(base, ncx.attr("href"), bookName);
                toc = ncxToc(archive.read(ncxPath), ncxPath, bookName);
            }
        }

        Element metadata = opf.selectFirst("metadata");
        String title = metadata == null ? "" : firstText(metadata, "dc|title, title");
        List<String> creators = new ArrayList<>();
        if (metadata != null) {
            for (Element creator : metadata.select("dc|creator, creator")) {
                String name = creator.text().strip();
                if (!name.isEmpty() && !creators.contains(name)) {
                    creators.add(name);
                }
            }
        }
        String language = metadata == null ? "" : firstText(metadata, "dc|language, language");
        return new EpubPackage(title, creators.isEmpty() ? null : String.join(", ", creators),
                language.isEmpty() ? null : language, List.copyOf(spine), toc);
    }

    private static String firstText(Element metadata, String query) {
        Element found = metadata.selectFirst(query);
        return found == null ? "" : found.text().strip();
    }

    /** EPUB 3: the {@code <nav epub:type="toc">} list, nested lists read in order. */
    private static List<TocEntry> navToc(byte[] bytes, String navPath, String bookName) throws UnreadableDocumentException {
        Document nav = xml(bytes);
        Element toc = nav.select("nav").stream().filter(n -> n.attr("epub:type").contains("toc")).findFirst()
                .orElse(nav.selectFirst("nav"));
        List<TocEntry> entries = new ArrayList<>();
        if (toc != null) {
            for (Element link : toc.select("li > a[href]")) {
                entry(entries, folderOf(navPath), link.attr("href"), link.text(), bookName);
            }
        }
        return entries;
    }

    /** EPUB 2: the NCX's navigation points, nested ones in document order. */
    private static List<TocEntry> ncxToc(byte[] bytes, String ncxPath, String bookName) throws UnreadableDocumentException {
        Document ncx = xml(bytes);
        List<TocEntry> entries = new ArrayList<>();
        for (Element point : ncx.select("navPoint")) {
            Element content = point.selectFirst("> content[src]");
            Element label = point.selectFirst("> navLabel");
            if (content != null && label != null) {
                entry(entries, folderOf(ncxPath), content.attr("src"), label.text(), bookName);
            }
        }
        return entries;
    }

    private static void entry(List<TocEntry> entries, String base, String href, String label, String bookName) throws UnreadableDocumentException {
        String text = label.replaceAll("\\s+", " ").strip();
        if (text.isEmpty() || href.isBlank() || href.contains(":")) {
            return; // an empty label or a link out of the book is no section
        }
        int hash = href.indexOf('#');
        String fragment = hash < 0 || hash == href.length() - 1 ? null : href.substring(hash + 1);
        String file = hash < 0 ? href : href.substring(0, hash);
        entries.add(new TocEntry(file.isEmpty() ? null : resolve(base, file, bookName), fragment, text));
    }

    /**
     * The archive name {@code href} (relative, percent-encoded) names from the folder {@code base}.
     * A reference out of the book is refused, which is also how a traversal name is met.
     */
    static String resolve(String base, String href, String bookName) throws UnreadableDocumentException {
        String decoded;
        try {
            decoded = URLDecoder.decode(href.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = href;
        }
        if (decoded.startsWith("/") || decoded.contains("\\") || decoded.contains(":")) {
            throw new UnreadableDocumentException(bookName + " is refused: it refers to " + href + ", outside the book.");
        }
        List<String> parts = new ArrayList<>();
        for (String part : (base + decoded).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    throw new UnreadableDocumentException(bookName + " is refused: it refers to " + href + ", outside the book.");
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    private static UnreadableDocumentException broken(String bookName, String what) {
        return new UnreadableDocumentException(bookName + " is not a readable EPUB book: " + what + ".");
    }

    /** XML read leniently by jsoup, which resolves no external entity: a hostile DTD reaches nothing. */
    static Document xml(byte[] bytes) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.xmlParser());
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory cannot fail", e);
        }
    }
}
