package dev.lectern.doc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * An article kept in the reading list: a clean HTML file (the extracted text only, no page
 * chrome) that any browser opens too, with its metadata in the head, in the standard tags
 * (author, og:site_name, article:published_time, canonical link, lang) and two of Lectern's own:
 * where it was fetched from and when it was saved.
 */
public final class SavedArticle {
    private static final String SOURCE = "lectern:source-url";
    private static final String SAVED_AT = "lectern:saved-at";

    private SavedArticle() {
    }

    /** The article as a standalone page; every text is escaped, so nothing in it is markup. */
    public static String toHtml(Document document, Instant savedAt) {
        Metadata meta = document.metadata();
        StringBuilder html = new StringBuilder(4096 + (int) Math.min(Integer.MAX_VALUE / 2, document.charsBefore(document.size() + 1) * 11 / 10));
        html.append("<!DOCTYPE html>\n<html");
        String lang = meta.languageTag() != null ? meta.languageTag() : document.language().code();
        if (lang != null && !lang.isBlank() && !"other".equals(lang)) {
            html.append(" lang=\"").append(attribute(lang)).append('"');
        }
        html.append(">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(text(document.title())).append("</title>\n");
        meta(html, "name", "author", meta.byline());
        meta(html, "property", "og:site_name", meta.siteName());
        meta(html, "property", "article:published_time", meta.published());
        if (meta.canonicalUrl() != null) {
            html.append("<link rel=\"canonical\" href=\"").append(attribute(meta.canonicalUrl())).append("\">\n");
        }
        meta(html, "name", SOURCE, meta.sourceUrl() != null ? meta.sourceUrl() : localSource(document));
        meta(html, "name", SAVED_AT, savedAt.toString());
        html.append("</head>\n<body>\n<article>\n<h1>").append(text(document.title())).append("</h1>\n");
        for (Paragraph paragraph : document.paragraphs()) {
            if (paragraph.heading() != null) {
                for (String heading : paragraph.heading().split("\n")) {
                    html.append("<h2>").append(text(heading)).append("</h2>\n");
                }
            }
            String body = paragraph.text();
            if (body.indexOf('\n') >= 0) {
                html.append("<pre>").append(text(body)).append("</pre>\n");
            } else {
                html.append("<p>").append(text(body)).append("</p>\n");
            }
        }
        return html.append("</article>\n</body>\n</html>\n").toString();
    }

    /** A saved article with the metadata its file keeps (the extractor reads the text). */
    public record Loaded(Document document, Instant savedAt) {
    }

    /**
     * Reads a saved article back: the text through the HTML reader like any page, the metadata
     * from the head exactly as it was written.
     */
    public static Loaded load(Path file) throws UnreadableDocumentException {
        Document document = DocumentLoader.load(file);
        org.jsoup.nodes.Document head;
        try {
            head = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("Cannot read " + file + ": " + e.getMessage() + ".");
        }
        String lang = head.selectFirst("html") == null ? null : blankToNull(head.selectFirst("html").attr("lang"));
        Element canonical = head.selectFirst("link[rel=canonical]");
        String source = content(head, "name", SOURCE);
        Metadata meta = new Metadata(content(head, "name", "author"), content(head, "property", "og:site_name"),
                content(head, "property", "article:published_time"), lang,
                source != null && isWebAddress(source) ? source : null,
                canonical == null ? null : blankToNull(canonical.attr("href")));
        Instant savedAt = null;
        String saved = content(head, "name", SAVED_AT);
        if (saved != null) {
            try {
                savedAt = Instant.parse(saved);
            } catch (DateTimeParseException notADate) {
                // a file edited by hand: listed without a date
            }
        }
        return new Loaded(document.withMetadata(meta), savedAt);
    }

    /** Where a local file came from, so that saving it again replaces the copy instead of adding one. */
    public static String localSource(Document document) {
        return document.source() == null ? null : document.source().toAbsolutePath().normalize().toUri().toString();
    }

    /** The address a saved copy is kept under: its web address, or its file's, so one source is saved once. */
    public static String identity(Document document) {
        String web = document.metadata().webAddress();
        return web != null ? web : localSource(document);
    }

    /** The address a saved file came from, as written in it; null when it has none. */
    public static String savedSource(Path file) throws IOException {
        return content(Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8)), "name", SOURCE);
    }

    static boolean isWebAddress(String address) {
        String lower = address.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static void meta(StringBuilder html, String kind, String name, String value) {
        if (value != null && !value.isBlank()) {
            html.append("<meta ").append(kind).append("=\"").append(name).append("\" content=\"")
                    .append(attribute(value)).append("\">\n");
        }
    }

    private static String content(org.jsoup.nodes.Document page, String kind, String name) {
        Element found = page.selectFirst("meta[" + kind + "=" + name + "]");
        return found == null ? null : blankToNull(found.attr("content"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(String value) {
        return Entities.escape(value);
    }

    private static String attribute(String value) {
        return Entities.escape(value).replace("\"", "&quot;");
    }
}
