package dev.lectern.doc;

/**
 * What a document says about itself besides its text. Every field may be null: a plain-text
 * file has none of them. {@code sourceUrl} is where a web article was fetched from (or, for an
 * article saved in the reading list, where it was first fetched from); {@code canonicalUrl} is
 * the address the page itself names as its own.
 */
public record Metadata(String byline, String siteName, String published, String languageTag,
                       String sourceUrl, String canonicalUrl) {
    public static final Metadata NONE = new Metadata(null, null, null, null, null, null);

    /** The address that names this article on the web, the canonical one first; null for a local file. */
    public String webAddress() {
        return canonicalUrl != null ? canonicalUrl : sourceUrl;
    }

    public Metadata withSourceUrl(String url) {
        return new Metadata(byline, siteName, published, languageTag, url, canonicalUrl);
    }

    /** "Byline · Site · Date", the parts that are known; empty when none is. */
    public String credits() {
        StringBuilder line = new StringBuilder();
        for (String part : new String[] {byline, siteName, published}) {
            if (part != null && !part.isBlank()) {
                if (line.length() > 0) {
                    line.append(" · ");
                }
                line.append(part.strip());
            }
        }
        return line.toString();
    }
}
