package dev.lectern.doc;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A web page's title and credits, from what the page says about itself: JSON-LD, {@code <meta>}
 * tags (Open Graph, Dublin Core, Twitter, Parse.ly), {@code <title>}, {@code <h1>},
 * {@code <html lang>} and {@code <link rel=canonical>}; the byline also from the page's own
 * author line ({@code rel=author}, {@code itemprop=author}, a "byline" block), which is then
 * {@code bylineElement} so that it is not read twice.
 */
record PageMetadata(String title, Metadata metadata, Element bylineElement) {
    /** Between a title and its site's name: "Article – Site", "Site | Article". */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·»/\\\\]\\s+|\\s+::\\s+|\\s*[_|]\\s*(?=\\S)");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?");
    /** Longer metadata than this is not a byline or a name: it is cut (a hostile page may put a megabyte there). */
    private static final int MOST_CHARS = 300;

    static PageMetadata read(org.jsoup.nodes.Document page) {
        Map<String, String> meta = metaTags(page);
        LinkedData linked = linkedData(page);

        String siteName = first(meta.get("og:site_name"), linked == null ? null : linked.publisher(),
                meta.get("application-name"));
        Element bylineElement = null;
        String byline = first(linked == null ? null : linked.author(), notAddress(meta.get("author")),
                notAddress(meta.get("dc:creator")), notAddress(meta.get("dcterms.creator")),
                notAddress(meta.get("article:author")), notAddress(meta.get("parsely-author")),
                notAddress(meta.get("sailthru.author")));
        if (byline == null) {
            Element author = bylineInPage(page);
            if (author != null) {
                byline = author.text();
                bylineElement = bylineBlock(author);
            }
        }
        String published = date(first(linked == null ? null : linked.published(), meta.get("article:published_time"),
                meta.get("og:published_time"), meta.get("datepublished"), meta.get("pubdate"),
                meta.get("publishdate"), meta.get("date"), meta.get("dc:date"), meta.get("dcterms.date"),
                meta.get("dcterms.created"), meta.get("parsely-pub-date"), meta.get("sailthru.date"),
                publishedInPage(page)));
        String language = languageTag(first(page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang"),
                meta.get("og:locale"), meta.get("content-language"), linked == null ? null : linked.language()));
        String canonical = first(address(attribute(page.selectFirst("link[rel~=(?i)^canonical$][href]"), "href")),
                address(meta.get("og:url")));

        String documentTitle = one(page.title());
        String named = first(linked == null ? null : closer(documentTitle, linked.headline(), linked.name()),
                meta.get("dc:title"), meta.get("dcterms.title"), meta.get("og:title"), meta.get("twitter:title"),
                meta.get("parsely-title"), meta.get("title"));
        String title = title(named, documentTitle, siteName, page);
        return new PageMetadata(title, new Metadata(one(byline), one(siteName), published, language, null, canonical),
                bylineElement);
    }

    /**
     * The article's title. A title the page names in its metadata is taken as it is, less its
     * site's name; so is {@code <title>}, unless it is only site and section names ("Site |
     * News"), when the page's {@code <h1>} is the better guess.
     */
    static String title(String named, String documentTitle, String siteName, org.jsoup.nodes.Document page) {
        List<String> headings = new ArrayList<>();
        for (Element h1 : page.select("h1")) {
            String text = one(h1.text());
            if (text != null) {
                headings.add(text);
            }
            if (headings.size() == 10) {
                break;
            }
        }
        String title = named != null ? named : documentTitle;
        if (title == null) {
            return headings.isEmpty() ? null : headings.get(0);
        }
        String cut = withoutSiteName(title, siteName, headings);
        // A one-word <title> ("Blog", "Home") names the site; the page's longer heading names the article.
        if (cut != null && !(named == null && words(cut) < 2 && !headings.isEmpty()
                && headings.get(0).length() > cut.length())) {
            return cut;
        }
        return named == null && !headings.isEmpty() ? headings.get(0) : title;
    }

    /**
     * The title less its site's name: the part that is the page's heading, or that is left once
     * the site's name (or a short part at either end) is cut off. Null when the title has parts
     * but none is a title by itself (fewer than three words).
     */
    private static String withoutSiteName(String title, String siteName, List<String> headings) {
        List<String> parts = new ArrayList<>(List.of(SEPARATOR.split(title)));
        parts.removeIf(String::isBlank);
        if (parts.size() <= 1) {
            return title;
        }
        String folded = fold(title);
        for (String heading : headings) {
            if (fold(heading).equals(folded)) {
                return title;
            }
        }
        for (String heading : headings) {
            String h = fold(heading);
            if (parts.stream().anyMatch(p -> fold(p).equals(h)) && isTitleSized(heading)) {
                return heading;
            }
        }
        if (siteName != null) {
            String site = fold(siteName);
            if (fold(parts.get(parts.size() - 1)).equals(site)) {
                parts.remove(parts.size() - 1);
            } else if (fold(parts.get(0)).equals(site)) {
                parts.remove(0);
            }
        }
        while (parts.size() > 1) {
            String last = parts.get(parts.size() - 1);
            String head = parts.get(0);
            if (words(last) <= words(head) && words(last) <= 3) {
                parts.remove(parts.size() - 1);
            } else if (words(head) < words(last) && words(head) <= 3) {
                parts.remove(0);
            } else {
                break;
            }
        }
        String kept = parts.size() == 1 ? parts.get(0).strip() : null;
        if (kept != null && isTitleSized(kept)) {
            return kept;
        }
        // Several long parts ("Chapter 1 - A Story - Its Author"): the whole is the title.
        return parts.size() > 1 ? title : null;
    }

    /**
     * Of an article's headline and name (in JSON-LD one is sometimes a description, "Wikimedia
     * list article"), the one sharing more words with {@code <title>}; the headline on a tie.
     */
    private static String closer(String documentTitle, String headline, String name) {
        if (headline == null || name == null || documentTitle == null) {
            return first(headline, name);
        }
        Set<String> titleWords = new HashSet<>(Arrays.asList(fold(documentTitle).split(" ")));
        return sharedWords(name, titleWords) > sharedWords(headline, titleWords) ? name : headline;
    }

    private static long sharedWords(String text, Set<String> words) {
        return Arrays.stream(fold(text).split(" ")).distinct().filter(words::contains).count();
    }

    /** Three words, or for writing without spaces (Chinese, Japanese) a dozen characters. */
    private static boolean isTitleSized(String text) {
        return words(text) >= 3 || text.strip().codePointCount(0, text.strip().length()) >= 12 && words(text) == 1
                && !text.strip().chars().allMatch(c -> c < 0x2E80);
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Every {@code <meta>} by its lower-case name, property or itemprop (each of several), the first one kept. */
    private static Map<String, String> metaTags(org.jsoup.nodes.Document page) {
        Map<String, String> tags = new HashMap<>();
        for (Element meta : page.select("meta[content]")) {
            String content = one(meta.attr("content"));
            if (content == null) {
                continue;
            }
            String keys = meta.attr("name") + " " + meta.attr("property") + " " + meta.attr("itemprop") + " "
                    + meta.attr("http-equiv");
            for (String key : keys.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
                if (!key.isEmpty() && key.length() < 64) {
                    tags.putIfAbsent(key.replace("dcterm:", "dcterms."), content);
                }
            }
        }
        return tags;
    }

    private static LinkedData linkedData(org.jsoup.nodes.Document page) {
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().strip();
            for (String[] wrapper : new String[][] {{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"//<![CDATA[", "//]]>"}}) {
                if (json.startsWith(wrapper[0]) && json.endsWith(wrapper[1])) {
                    json = json.substring(wrapper[0].length(), json.length() - wrapper[1].length()).strip();
                }
            }
            var found = LinkedData.read(json);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }

    /**
     * The page's own author line: the author's name from {@code rel=author} or
     * {@code itemprop=author} (or a "byline" block's text), and the block to leave out of the
     * text, the whole short byline ("By Ann Reporter") around the name.
     */
    private static Element bylineInPage(org.jsoup.nodes.Document page) {
        Element author = null;
        for (Element candidate : page.select("[rel=author], [itemprop~=\\bauthor\\b]")) {
            Element named = candidate.selectFirst("[itemprop=name]");
            String text = one((named != null ? named : candidate).text());
            if (text != null && text.length() < 100) {
                author = named != null ? named : candidate;
                break;
            }
        }
        if (author == null) {
            for (Element candidate : page.select("[class~=(?i)byline], [id~=(?i)byline]")) {
                String text = one(candidate.text());
                if (text != null && text.length() < 100) {
                    return candidate;
                }
            }
        }
        return author;
    }

    /** The short author line around the author's name (looked for three levels up), or the name alone. */
    private static Element bylineBlock(Element author) {
        Element block = author;
        Element up = author.parent();
        for (int level = 0; level < 3 && up != null && up.text().length() < 100; level++, up = up.parent()) {
            if (ClassHints.saysByline(up)) {
                block = up;
                break;
            }
        }
        return block;
    }

    private static String publishedInPage(org.jsoup.nodes.Document page) {
        Element time = page.selectFirst("[itemprop=datePublished], time[pubdate]");
        if (time == null) {
            return null;
        }
        return first(time.attr("datetime"), time.attr("content"), time.text());
    }

    /** An ISO date as its day ("2015-07-24"), anything else as written when short. */
    private static String date(String value) {
        if (value == null) {
            return null;
        }
        if (ISO_DATE.matcher(value).matches()) {
            return value.substring(0, 10);
        }
        return value.length() <= 40 ? value : null;
    }

    private static String languageTag(String value) {
        if (value == null || !LANGUAGE_TAG.matcher(value).matches()) {
            return null;
        }
        return value.replace('_', '-');
    }

    private static String address(String value) {
        value = one(value);
        return value != null && (value.startsWith("https://") || value.startsWith("http://")) && !value.contains(" ")
                ? value : null;
    }

    /** Null for a web address: {@code article:author} is often the author's page, not their name. */
    private static String notAddress(String value) {
        return value == null || value.startsWith("http://") || value.startsWith("https://") ? null : value;
    }

    private static String attribute(Element element, String name) {
        return element == null ? null : element.attr(name);
    }

    private static String first(String... values) {
        for (String value : values) {
            String one = one(value);
            if (one != null) {
                return one;
            }
        }
        return null;
    }

    /** Sanitised, on one line, cut to {@link #MOST_CHARS}; null when nothing is left. */
    static String one(String value) {
        if (value == null) {
            return null;
        }
        String text = value.length() > MOST_CHARS * 4 ? value.substring(0, MOST_CHARS * 4) : value;
        text = TextSanitizer.clean(text).replaceAll("\\s+", " ").strip();
        if (text.length() > MOST_CHARS) {
            text = text.substring(0, MOST_CHARS).strip() + "…";
        }
        return text.isEmpty() ? null : text;
    }
}
