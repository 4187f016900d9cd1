package dev.lectern.doc;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fetched page as a {@link Document}: its Content-Type picks the format (HTML, Markdown, plain
 * text, EPUB), its charset comes from the HTTP header, else the page's {@code <meta>}, else the
 * bytes themselves (BOM, UTF-8 or Windows-1252), never the platform's. Anything else (a PDF, an
 * image) is refused in one line.
 */
final class WebArticle {
    /** Where browsers look for a {@code <meta>} charset (the standard says 1024 bytes; pages are sloppier). */
    private static final int META_SCAN_BYTES = 8192;
    /** {@code <meta charset="x">} and {@code <meta http-equiv="Content-Type" content="text/html; charset=x">}. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET_PARAMETER = Pattern.compile(
            ";\\s*charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /** The kinds of text Lectern reads, with the file extension that picks their format. */
    enum Kind {
        HTML(".html"), MARKDOWN(".md"), TEXT(".txt"), EPUB(".epub");

        final String extension;

        Kind(String extension) {
            this.extension = extension;
        }
    }

    private WebArticle() {
    }

    static Document read(WebFetcher.Page page) throws UnreadableDocumentException {
        URI address = page.address();
        String mediaType = mediaType(page.contentType());
        Kind kind = kindOf(mediaType, address, page.body());
        if (kind == null) {
            throw new UnreadableDocumentException(WebAddress.shown(address) + " is " + describe(mediaType)
                    + " (" + TextSanitizer.clean(mediaType) + "), not an article.");
        }
        String name = WebAddress.fileName(address, kind.extension);
        byte[] bytes = kind == Kind.EPUB ? page.body() : asUtf8(page.body(), page.contentType(), kind == Kind.HTML);
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(WebAddress.shown(address) + " is empty.");
        }
        Document document = DocumentLoader.parse(bytes, name, null);
        String title = document.title();
        if (title.equals(name) || title.equals(DocumentLoader.titleFromFileName(name))) {
            title = WebAddress.fallbackTitle(address); // "example.org/news", not "index" or "news.html"
        }
        return new Document(title, document.paragraphs(), document.language(), null, document.notices(),
                document.metadata().withSourceUrl(address.toString()));
    }

    /** "text/html" from "text/HTML; charset=UTF-8"; empty when there is none. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The reader for a media type, or null for what is not an article; a missing type is guessed. */
    static Kind kindOf(String mediaType, URI address, byte[] body) {
        String path = address.getPath() == null ? "" : address.getPath().toLowerCase(Locale.ROOT);
        boolean markdownName = path.endsWith(".md") || path.endsWith(".markdown");
        switch (mediaType) {
            case "text/html", "application/xhtml+xml" -> {
                return Kind.HTML;
            }
            case "text/markdown", "text/x-markdown" -> {
                return Kind.MARKDOWN;
            }
            case "application/epub+zip" -> {
                return Kind.EPUB;
            }
            case "text/plain" -> {
                return markdownName ? Kind.MARKDOWN : Kind.TEXT; // raw Markdown is often served as text/plain
            }
            case "" -> {
                return guess(path, markdownName, body);
            }
            default -> {
                return mediaType.startsWith("text/") && !mediaType.equals("text/css") && !mediaType.equals("text/javascript")
                        ? Kind.TEXT : null;
            }
        }
    }

    /** No Content-Type: the address's extension, else the bytes ("<" opens HTML; binary is refused). */
    private static Kind guess(String path, boolean markdownName, byte[] body) {
        if (markdownName) {
            return Kind.MARKDOWN;
        }
        if (path.endsWith(".epub")) {
            return Kind.EPUB;
        }
        if (path.endsWith(".txt")) {
            return Kind.TEXT;
        }
        if (TextDecoder.looksBinary(body)) {
            return null;
        }
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1).stripLeading();
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(3).stripLeading();
        }
        return head.startsWith("<") ? Kind.HTML : Kind.TEXT;
    }

    /** What a reader calls a file of that type: "a PDF document", "an image". */
    static String describe(String mediaType) {
        if (mediaType.isEmpty()) {
            return "binary data";
        }
        if (mediaType.startsWith("image/")) {
            return "an image";
        }
        if (mediaType.startsWith("audio/")) {
            return "a sound file";
        }
        if (mediaType.startsWith("video/")) {
            return "a video";
        }
        return switch (mediaType) {
            case "application/pdf" -> "a PDF document";
            case "application/octet-stream" -> "binary data";
            case "application/zip", "application/gzip", "application/x-tar" -> "an archive";
            case "application/json" -> "JSON data";
            case "application/xml", "text/xml" -> "XML data";
            case "text/css" -> "a style sheet";
            case "text/javascript", "application/javascript" -> "a script";
            default -> "a file of another kind";
        };
    }

    /**
     * The text as UTF-8 bytes for the format readers, when the page says how it is encoded: the
     * header's charset, else (HTML) a {@code <meta>} one. A BOM is trusted before both, as
     * browsers do: it cannot be there by accident. Otherwise the bytes are left as they are, for
     * {@link TextDecoder} to sniff.
     */
    static byte[] asUtf8(byte[] body, String contentType, boolean html) {
        if (hasBom(body)) {
            return body;
        }
        Charset charset = charsetNamed(headerCharset(contentType));
        if (charset == null && html) {
            String declared = metaCharset(body);
            // A page cannot declare itself UTF-16 in ASCII bytes: browsers read that as UTF-8.
            charset = declared != null && declared.toLowerCase(Locale.ROOT).startsWith("utf-16")
                    ? StandardCharsets.UTF_8 : charsetNamed(declared);
        }
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
            return body;
        }
        return new String(body, charset).getBytes(StandardCharsets.UTF_8);
    }

    static String headerCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET_PARAMETER.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    static String metaCharset(byte[] body) {
        // Every charset a page may declare itself in is ASCII-compatible, so its start reads as Latin-1.
        String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The charset for a declared name, or null when unknown. As in browsers, Latin-1 and ASCII
     * mean Windows-1252 (pages so labelled use its curly quotes).
     */
    static Charset charsetNamed(String name) {
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("l1") || lower.equals("iso8859-1")
                || lower.equals("us-ascii") || lower.equals("ascii") || lower.equals("windows-1252") || lower.equals("cp1252")) {
            return TextDecoder.WINDOWS_1252;
        }
        if (lower.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static boolean hasBom(byte[] body) {
        return body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF
                || body.length >= 2 && ((body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE
                || (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF);
    }
}
