package dev.lectern.doc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** What the reader types to read from the web: an http or https address, checked once here. */
public final class WebAddress {
    /** "scheme:" at the start, as in http://, ftp: or file: (two letters at least: not a drive letter). */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*", Pattern.DOTALL);

    private WebAddress() {
    }

    /** True when {@code typed} starts with a scheme, so is meant as an address rather than a file name. */
    public static boolean looksLikeOne(String typed) {
        return SCHEME.matcher(typed).matches();
    }

    /** The address as a URI, or a one-line reason it is not one Lectern can read. */
    public static URI parse(String typed) throws UnreadableDocumentException {
        String scheme = typed.substring(0, Math.max(0, typed.indexOf(':'))).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new UnreadableDocumentException(typed + " is not a web address Lectern reads: only http:// and https:// are.");
        }
        try {
            URI uri = new URI(typed.strip());
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new UnreadableDocumentException(typed + " has no host name.");
            }
            return uri.normalize();
        } catch (URISyntaxException e) {
            throw new UnreadableDocumentException(typed + " is not a valid web address: " + e.getReason() + ".");
        }
    }

    /**
     * The name the format readers are given: the address's last path segment, with the extension
     * of the kind of text it holds ({@code article} + ".html"); the host when the path is empty.
     */
    static String fileName(URI address, String extension) {
        String path = address.getPath() == null ? "" : address.getPath();
        int end = path.endsWith("/") ? path.length() - 1 : path.length();
        String segment = path.substring(path.lastIndexOf('/', end - 1) + 1, Math.max(end, 0));
        if (segment.isEmpty() || segment.startsWith(".")) {
            segment = address.getHost();
        }
        segment = segment.replaceAll("[\\p{Cntrl}/\\\\]", "_");
        return segment.toLowerCase(Locale.ROOT).endsWith(extension) ? segment : segment + extension;
    }

    /** The title of a page that names none: its host and path ("example.org/news/article"), never "index". */
    static String fallbackTitle(URI address) {
        String path = address.getPath() == null ? "" : address.getPath();
        path = path.replaceFirst("/(index|default)\\.[a-z]+$", "/");
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return address.getHost() + path;
    }

    /** The address for messages: short enough for one line, host and path kept. */
    static String shown(URI address) {
        String text = address.toString();
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }
}
