package dev.lectern.doc;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a page's class names and ids say about a block: "story-body" is likely the article,
 * "sidebar" or "share-tools" likely not. The words are the ones page templates use everywhere,
 * not any one site's.
 */
final class ClassHints {
    /** Blocks that are page furniture unless something else says they are the article. */
    private static final Pattern FURNITURE = Pattern.compile(
            "-ad-|\\bads?\\b|ad-?break|advert|agegate|banner|breadcrumb|combx|comment|community|consent|cookie|"
            + "cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|modal|most-?read|most-?popular|newsletter|"
            + "outbrain|pager|pagination|paywall|popup|promo|recirc|related|remark|replies|rss|share(?!d)|sharing|"
            + "shoutbox|sidebar|signup|skyscraper|social|sponsor|subscri|supplemental|taboola|trending");
    /** Words that keep a block in even when it also has a furniture word ("article-header"). */
    private static final Pattern MAYBE_ARTICLE = Pattern.compile("article|body|column|content|main|mathjax|shadow");
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|\\bads?\\b|advert|banner|breadcrumb|combx|comment|\\bcom-|contact|consent|cookie|disqus|foot|gdpr|"
            + "hidden|login|masthead|media|\\bmeta|modal|most-?read|most-?popular|newsletter|outbrain|paywall|"
            + "popular|popup|promo|recirc|recommend|related|remark|replies|rss|scroll|share(?!d)|sharing|shopping|"
            + "shoutbox|sidebar|signup|skyscraper|social|sponsor|subscri|taboola|\\btags?\\b|toolbar|trending|"
            + "widget|\\bnav|menu");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose");
    private static final Pattern SLUG = Pattern.compile("^[^-_\\s]+([-_][^-_\\s]+){3,}$");
    private static final Pattern BYLINE = Pattern.compile("byline|author|writtenby|p-author");
    /** Class and id beyond this are not read: a megabyte attribute costs no more than a short one. */
    private static final int MOST_CHARS = 500;

    private ClassHints() {
    }

    /**
     * The class names and the id, in lower case. An id of four words or more was made from a
     * heading ("sharing-with-a-team"): it names the text, not the block's role, so it is not read.
     */
    private static String names(Element element) {
        String id = element.id();
        if (SLUG.matcher(id).find()) {
            id = "";
        }
        String names = element.className() + " " + id;
        if (names.length() > MOST_CHARS) {
            names = names.substring(0, MOST_CHARS);
        }
        return names.toLowerCase(Locale.ROOT);
    }

    /** Named like page furniture (menus, comments, sharing, sidebars...) and not like the article. */
    static boolean looksLikeFurniture(Element element) {
        String names = names(element);
        return names.length() > 1 && FURNITURE.matcher(names).find() && !MAYBE_ARTICLE.matcher(names).find();
    }

    /** Named as the author line: "byline", "author", "article-author". */
    static boolean saysByline(Element element) {
        return BYLINE.matcher(names(element)).find();
    }

    /** +25 for a name that says "article", -25 for one that says "not the article", both or neither 0. */
    static int weight(Element element) {
        String names = names(element);
        if (names.length() <= 1) {
            return 0;
        }
        int weight = 0;
        if (NEGATIVE.matcher(names).find()) {
            weight -= 25;
        }
        if (POSITIVE.matcher(names).find()) {
            weight += 25;
        }
        return weight;
    }
}
