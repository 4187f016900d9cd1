package dev.lectern.cli;

/** JSON string literals for the --json outputs: UTF-8 text kept readable, only what must be escaped is. */
final class Json {
    private Json() {
    }

    /**
     * What the --json outputs say of the article: {"title", "byline", "site", "published",
     * "language", "url"}, null where unknown (a local file has no url, most have no byline).
     */
    static String article(dev.lectern.doc.Document document) {
        dev.lectern.doc.Metadata metadata = document.metadata();
        String language = metadata.languageTag() != null ? metadata.languageTag() : document.language().code();
        String url = metadata.sourceUrl() != null ? metadata.sourceUrl() : metadata.canonicalUrl();
        return "{\"title\": " + orNull(document.title()) + ", \"byline\": " + orNull(metadata.byline())
                + ", \"site\": " + orNull(metadata.siteName()) + ", \"published\": " + orNull(metadata.published())
                + ", \"language\": " + orNull(language) + ", \"url\": " + orNull(url) + "}";
    }

    private static String orNull(String text) {
        return text == null ? "null" : string(text);
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
