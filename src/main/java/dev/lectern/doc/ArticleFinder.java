package dev.lectern.doc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article in a web page, as a reader-mode view does. Every run of text long enough to
 * be a paragraph adds points to the blocks around it, most to its own container (more for
 * commas and length); a block's points are cut by the share of its text that is links, and
 * its class names and tag (an {@code <article>}, "story-body" or "sidebar") move it up or down.
 * The best block is the article; its siblings that score nearly as well, or are plain prose,
 * join it. Inside, what is not prose (link lists, galleries, forms, share bars, blocks named
 * like page furniture) is left out.
 * <p>
 * The page is never changed: left-out elements are returned in a set for the reader to skip.
 * When the article found is short, the search runs again with fewer rules (class names are not
 * trusted, then nothing is left out), as a page's names can be misleading. Every pass is one
 * walk of the tree without recursion, so a page nested 100,000 deep costs what a flat one does.
 */
final class ArticleFinder {
    /** An article this long is taken at once; a shorter one makes the search try fewer rules. */
    static final int ENOUGH_CHARS = 500;
    /** A run of text shorter than this is a label or a link, not a paragraph. */
    private static final int PARAGRAPH_CHARS = 25;
    /** How many levels of containers a paragraph gives points to. */
    private static final int LEVELS = 5;

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "caption", "ul", "legend", "html", "img", "picture", "video", "audio");
    /** Blocks whose text, when it holds no other block, is one paragraph. */
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "div", "section",
            "article", "main", "center");
    /** Containers that are weighed whole once the article is found, and left out if they are not prose. */
    private static final Set<String> CLEANABLE_TAGS = Set.of("form", "fieldset", "table", "ul", "ol", "dl", "div",
            "section", "header", "figure", "details");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Roles that are never the article, whatever else the page says. */
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "menu", "menubar", "dialog",
            "alertdialog", "banner", "contentinfo", "search");
    /** Roles that are not the article unless the first search finds nothing better. */
    private static final Set<String> UNLIKELY_ROLES = Set.of("complementary", "alert");
    /** Elements never read: code, media, navigation, page furniture, hidden things. */
    private static final Set<String> NEVER_READ = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "frame", "frameset", "object", "embed", "applet", "nav", "aside", "footer", "button", "select",
            "textarea", "input", "option", "datalist", "link", "meta", "head", "title", "map", "audio",
            "video", "source", "track", "dialog");
    private static final Set<String> INPUTS = Set.of("input", "select", "textarea", "button");
    private static final String COMMAS = ",،，﹐︐︑、";
    private static final Pattern PLACED_TOP = Pattern.compile("(?i)(^|;)\\s*top\\s*:");
    private static final Pattern PLACED_SIDE = Pattern.compile("(?i)(^|;)\\s*(left|right)\\s*:");

    /** The article: the nodes to read in page order, the elements inside them to skip, and its data tables. */
    record Article(List<Node> roots, Set<Element> leftOut, Set<Element> dataTables) {
        boolean skips(Element element) {
            return leftOut.contains(element);
        }
    }

    /** How hard a search is on the page: the first trusts class names most. */
    private enum Rules {
        ALL(true, true, true), NAMES_WEIGHED(false, true, true), CLEANING_ONLY(false, false, true), NONE(false, false, false);

        final boolean dropUnlikely;
        final boolean weighNames;
        final boolean clean;

        Rules(boolean dropUnlikely, boolean weighNames, boolean clean) {
            this.dropUnlikely = dropUnlikely;
            this.weighNames = weighNames;
            this.clean = clean;
        }
    }

    private ArticleFinder() {
    }

    static Article find(org.jsoup.nodes.Document page) {
        Element body = page.body();
        Set<Element> neverRead = neverRead(page);
        Attempt best = null;
        for (Rules rules : Rules.values()) {
            Attempt attempt = new Search(body, neverRead, rules).run();
            // A search with fewer rules lets more chrome in: it is taken only when it finds clearly more.
            if (best == null || attempt.chars > best.chars * 2 + 100) {
                best = attempt;
            }
            if (best.chars >= ENOUGH_CHARS) {
                break;
            }
        }
        return best.article;
    }

    private record Attempt(Article article, int chars) {
    }

    /** Elements no search reads: scripts, media, navigation, forms' controls, hidden ones. */
    private static Set<Element> neverRead(org.jsoup.nodes.Document page) {
        Set<Element> never = identitySet();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && element != page.body() && element.parent() != null
                        && !(element.parent() instanceof org.jsoup.nodes.Document) && isNeverRead(element)) {
                    never.add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, page);
        return never;
    }

    private static boolean isNeverRead(Element element) {
        String tag = element.normalName();
        if (NEVER_READ.contains(tag) || element.hasAttr("hidden") || element.attr("aria-hidden").equalsIgnoreCase("true")
                || FURNITURE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT).strip())) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.length() > 1000 ? style.substring(0, 1000) : style;
        compact = compact.toLowerCase(Locale.ROOT).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    static <T> Set<T> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** What a block holds, counted once from its children: text, links, commas, paragraphs, images, controls. */
    private static final class Count {
        int chars;
        int linkChars;
        int commas;
        int headingChars;
        /** Characters inside {@code <ul>} and {@code <ol>} lists. */
        int listChars;
        /** Blocks placed by coordinates in their style, and their characters: the labels of a chart. */
        int placed;
        int placedChars;
        int paragraphs;
        int images;
        int inputs;
        int rows;
        int columns;
        int headerCells;
        boolean nestedTable;
        /** Holds (or is) a block-level element: then it is not one paragraph. */
        boolean block;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    /** One search with one set of rules. */
    private static final class Search {
        private final Element body;
        private final Set<Element> neverRead;
        private final Rules rules;
        private final Map<Element, Count> counts = new IdentityHashMap<>();
        private final Map<Element, double[]> scores = new IdentityHashMap<>();
        private final Set<Element> unlikely = identitySet();

        Search(Element body, Set<Element> neverRead, Rules rules) {
            this.body = body;
            this.neverRead = neverRead;
            this.rules = rules;
        }

        Attempt run() {
            if (body == null) {
                return new Attempt(new Article(List.of(), identitySet(), identitySet()), 0);
            }
            count(body, true);
            Element top = topCandidate();
            List<Node> roots = top == null ? List.of(fallbackRoot()) : withCousins(top, withSiblings(top));
            Set<Element> leftOut = identitySet();
            leftOut.addAll(neverRead);
            leftOut.addAll(unlikely);
            Set<Element> dataTables = identitySet();
            int chars = 0;
            for (Node root : roots) {
                if (root instanceof Element element) {
                    chars += clean(element, leftOut, dataTables);
                } else if (root instanceof TextNode text) {
                    chars += textChars(text.getWholeText());
                }
            }
            return new Attempt(new Article(roots, leftOut, dataTables), chars);
        }

        // ---- counting and scoring ----

        /**
         * Counts every element under {@code root} from its children, bottom up. With {@code score},
         * each paragraph found gives its points to the containers above it.
         */
        private void count(Element root, boolean score) {
            int[] tableDepth = {0};
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (!(node instanceof Element element)) {
                        return FilterResult.CONTINUE;
                    }
                    if (neverRead.contains(element) && !INPUTS.contains(element.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (rules.dropUnlikely && element != root && isUnlikely(element, tableDepth[0] > 0)) {
                        unlikely.add(element);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (element.normalName().equals("table") || element.normalName().equals("code")) {
                        tableDepth[0]++;
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element element) {
                        if (element.normalName().equals("table") || element.normalName().equals("code")) {
                            tableDepth[0]--;
                        }
                        Count count = countChildren(element, score);
                        counts.put(element, count);
                        if (score && isParagraph(element, count)) {
                            award(element.parent(), count.chars, count.commas);
                        }
                    }
                    return FilterResult.CONTINUE;
                }
            }, root);
        }

        private boolean isUnlikely(Element element, boolean inTableOrCode) {
            String tag = element.normalName();
            if (tag.equals("body") || tag.equals("a") || tag.equals("article") || tag.equals("main")
                    || element.attr("itemprop").contains("articleBody")) {
                return false;
            }
            if (UNLIKELY_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT).strip())) {
                return true;
            }
            return !inTableOrCode && ClassHints.looksLikeFurniture(element);
        }

        private Count countChildren(Element element, boolean score) {
            Count count = new Count();
            String tag = element.normalName();
            count.block = BLOCK_TAGS.contains(tag);
            boolean link = tag.equals("a");
            // The run of inline text since the last block child or double line break: a paragraph without a <p>.
            int runChars = 0;
            int runCommas = 0;
            boolean lastWasBreak = false;
            boolean loose = score && !PARAGRAPH_TAGS.contains(tag) || score && hasBlockChild(element);
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode text) {
                    String whole = text.getWholeText();
                    int chars = textChars(whole);
                    int commas = commas(whole);
                    count.chars += chars;
                    count.commas += commas;
                    if (link) {
                        count.linkChars += chars;
                    }
                    runChars += chars;
                    runCommas += commas;
                    if (chars > 0 && !whole.isBlank()) {
                        lastWasBreak = false;
                    }
                    continue;
                }
                if (!(child instanceof Element e)) {
                    continue;
                }
                String childTag = e.normalName();
                if (INPUTS.contains(childTag)) {
                    count.inputs++;
                    continue;
                }
                Count c = counts.get(e);
                if (c == null) {
                    continue; // left out
                }
                count.chars += c.chars;
                count.linkChars += link ? c.chars : c.linkChars;
                count.commas += c.commas;
                count.headingChars += HEADINGS.contains(childTag) ? c.chars : c.headingChars;
                count.listChars += childTag.equals("ul") || childTag.equals("ol") ? c.chars : c.listChars;
                boolean placed = isPlaced(e);
                count.placed += c.placed + (placed ? 1 : 0);
                count.placedChars += placed ? c.chars : c.placedChars;
                count.paragraphs += c.paragraphs + (childTag.equals("p") ? 1 : 0);
                count.images += c.images + (childTag.equals("img") ? 1 : 0);
                count.inputs += c.inputs;
                count.headerCells += c.headerCells + (childTag.equals("th") || childTag.equals("caption")
                        || childTag.equals("thead") ? 1 : 0);
                count.block |= c.block;
                if (childTag.equals("table")) {
                    count.nestedTable = true;
                } else {
                    count.nestedTable |= c.nestedTable;
                    count.rows += c.rows;
                    count.columns = Math.max(count.columns, c.columns);
                }
                if (childTag.equals("tr")) {
                    count.rows++;
                    int cells = 0;
                    for (Node cell : e.childNodes()) {
                        if (cell instanceof Element && (cell.normalName().equals("td") || cell.normalName().equals("th"))) {
                            cells++;
                        }
                    }
                    count.columns = Math.max(count.columns, cells);
                }
                boolean breaks = childTag.equals("br");
                if (c.block || breaks && lastWasBreak) {
                    if (loose && runChars >= PARAGRAPH_CHARS) {
                        award(element, runChars, runCommas);
                    }
                    runChars = 0;
                    runCommas = 0;
                } else {
                    runChars += c.chars;
                    runCommas += c.commas;
                }
                lastWasBreak = breaks;
            }
            if (loose && runChars >= PARAGRAPH_CHARS && runChars < count.chars) {
                award(element, runChars, runCommas);
            }
            return count;
        }

        /** Placed at coordinates ({@code style="top:40%;left:5%"}): a label laid over a picture, not text read in turn. */
        private static boolean isPlaced(Element element) {
            String style = element.attr("style");
            if (style.isEmpty() || style.length() > 1000) {
                return false;
            }
            return PLACED_TOP.matcher(style).find() && PLACED_SIDE.matcher(style).find();
        }

        private boolean hasBlockChild(Element element) {
            for (Node child : element.childNodes()) {
                Count c = child instanceof Element e ? counts.get(e) : null;
                if (c != null && c.block) {
                    return true;
                }
            }
            return false;
        }

        /** A block of text holding no other block: one paragraph, whose container gets its points. */
        private boolean isParagraph(Element element, Count count) {
            String tag = element.normalName();
            if (!PARAGRAPH_TAGS.contains(tag) || count.chars < PARAGRAPH_CHARS) {
                return false;
            }
            return tag.equals("p") || tag.equals("pre") || !hasBlockChild(element);
        }

        /** A paragraph's points: two, one per comma, one per hundred characters up to three; less the higher up. */
        private void award(Element container, int chars, int commas) {
            double points = 2 + commas + Math.min(chars / 100, 3);
            Element at = container;
            for (int level = 0; level < LEVELS && at != null && !(at instanceof org.jsoup.nodes.Document); level++) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                score(at)[0] += points * share;
                at = at.parent();
            }
        }

        /** The block's points, started from its tag and its names when first met. */
        private double[] score(Element element) {
            return scores.computeIfAbsent(element, e -> new double[] {startingScore(e)});
        }

        private double startingScore(Element element) {
            double score = switch (element.normalName()) {
                case "div" -> 5;
                case "article" -> 8;
                case "pre", "td", "blockquote" -> 3;
                case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
                case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
                default -> 0;
            };
            if (element.attr("itemprop").contains("articleBody")) {
                score += 15;
            }
            return rules.weighNames ? score + ClassHints.weight(element) : score;
        }

        private double finalScore(Element element) {
            double[] score = scores.get(element);
            Count count = counts.get(element);
            return score == null || count == null ? 0 : score[0] * (1 - count.linkDensity());
        }

        // ---- choosing ----

        private Element topCandidate() {
            List<Element> ranked = new ArrayList<>();
            for (Element element : scores.keySet()) {
                if (counts.containsKey(element) && !element.normalName().equals("html")) {
                    ranked.add(element);
                }
            }
            if (ranked.isEmpty()) {
                return null;
            }
            Map<Element, Double> finals = new IdentityHashMap<>();
            for (Element element : ranked) {
                finals.put(element, finalScore(element));
            }
            ranked.sort(Comparator.comparingDouble((Element e) -> finals.get(e)).reversed());
            Element top = ranked.get(0);
            double topScore = finals.get(top);
            if (top == body || topScore <= 0) {
                return top == body ? body : null;
            }
            top = commonAncestorOfRivals(top, topScore, ranked.subList(1, Math.min(5, ranked.size())), finals);
            top = climbWhileBetter(top, finals);
            // A block alone in its parent is its parent: its siblings are then found one level up.
            while (top != body && top.parent() != null && top.parent() != body && onlyChild(top)) {
                top = top.parent();
            }
            return top;
        }

        /**
         * True when no other element shares the block's parent. (jsoup's {@code children()} keeps
         * a list per element, which on markup nested 100,000 deep costs the collector seconds.)
         */
        private static boolean onlyChild(Element element) {
            for (Node sibling : element.parent().childNodes()) {
                if (sibling instanceof Element && sibling != element) {
                    return false;
                }
            }
            return true;
        }

        /** When three or more near-equal blocks share an ancestor, the article is that ancestor (its parts). */
        private Element commonAncestorOfRivals(Element top, double topScore, List<Element> others,
                                               Map<Element, Double> finals) {
            List<Set<Element>> rivalAncestors = new ArrayList<>();
            for (Element other : others) {
                if (finals.get(other) >= 0.75 * topScore) {
                    Set<Element> ancestors = identitySet();
                    for (Element up = other.parent(); up != null; up = up.parent()) {
                        ancestors.add(up);
                    }
                    rivalAncestors.add(ancestors);
                }
            }
            if (rivalAncestors.size() < 3) {
                return top;
            }
            for (Element up = top.parent(); up != null && up != body; up = up.parent()) {
                int sharing = 0;
                for (Set<Element> ancestors : rivalAncestors) {
                    if (ancestors.contains(up)) {
                        sharing++;
                    }
                }
                if (sharing >= 3) {
                    return up;
                }
            }
            return top;
        }

        /** Goes up while a parent scores better than what it holds: the article was cut in parts. */
        private Element climbWhileBetter(Element top, Map<Element, Double> finals) {
            double last = finalScore(top);
            double floor = last / 3;
            for (Element up = top.parent(); up != null && up != body; up = up.parent()) {
                Double score = finals.get(up);
                if (score == null) {
                    continue;
                }
                if (score < floor) {
                    break;
                }
                if (score > last) {
                    return up;
                }
                last = score;
            }
            return top;
        }

        /**
         * The article with the blocks beside its parent that are named as its parent and hold
         * prose: a page that cut its story into parts with an ad between them, each part wrapped.
         */
        private List<Node> withCousins(Element top, List<Node> roots) {
            Element parent = top.parent();
            if (top == body || parent == null || parent == body || parent.parent() == null
                    || parent.className().isEmpty()) {
                return roots;
            }
            List<Node> all = new ArrayList<>();
            for (Node node : parent.parent().childNodes()) {
                if (node == parent) {
                    all.addAll(roots);
                } else if (node instanceof Element uncle && uncle.className().equals(parent.className())
                        && counts.containsKey(uncle) && isMoreOfIt(counts.get(uncle))) {
                    all.add(uncle);
                }
            }
            return all;
        }

        /** The article's block with those of its siblings that belong to it, in page order. */
        private List<Node> withSiblings(Element top) {
            Element parent = top.parent();
            if (top == body || parent == null) {
                return List.of(top);
            }
            double topScore = finalScore(top);
            double threshold = Math.max(10, topScore * 0.2);
            List<Node> roots = new ArrayList<>();
            List<Node> run = new ArrayList<>();
            for (Node child : parent.childNodes()) {
                if (child == top) {
                    flushRun(run, roots);
                    roots.add(top);
                    continue;
                }
                if (child instanceof TextNode) {
                    run.add(child);
                    continue;
                }
                if (!(child instanceof Element sibling) || !counts.containsKey(sibling)) {
                    continue;
                }
                Count c = counts.get(sibling);
                if (!c.block) {
                    run.add(sibling);
                    continue;
                }
                flushRun(run, roots);
                boolean sameClass = !top.className().isEmpty() && top.className().equals(sibling.className());
                double bonus = sameClass ? topScore * 0.2 : 0;
                if (scores.containsKey(sibling) && finalScore(sibling) + bonus >= threshold
                        || isProse(sibling, c) || isNextSection(top, sibling, c) || sameClass && isMoreOfIt(c)) {
                    roots.add(sibling);
                }
            }
            flushRun(run, roots);
            return roots;
        }

        /**
         * A block of the article's own class holding prose: the rest of an article a page cut into
         * blocks alike, whose paragraphs sit too deep in it to have given it points.
         */
        private static boolean isMoreOfIt(Count c) {
            return c.chars >= 200 && c.linkDensity() < 0.25;
        }

        /** A {@code <section>} beside the article's own section, not named like furniture nor mostly links. */
        private boolean isNextSection(Element top, Element sibling, Count c) {
            return top.normalName().equals("section") && sibling.normalName().equals("section")
                    && c.linkDensity() < 0.5 && (!rules.weighNames || ClassHints.weight(sibling) >= 0);
        }

        /** Loose inline text beside the article's block joins it when it reads as prose. */
        private void flushRun(List<Node> run, List<Node> roots) {
            int chars = 0;
            int linkChars = 0;
            StringBuilder text = new StringBuilder();
            for (Node node : run) {
                if (node instanceof TextNode t) {
                    chars += textChars(t.getWholeText());
                    text.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    Count c = counts.get(e);
                    chars += c.chars;
                    linkChars += e.normalName().equals("a") ? c.chars : c.linkChars;
                    if (text.length() < 2000) {
                        text.append(e.text());
                    }
                }
            }
            if (chars > 0 && proseLike(chars, linkChars, text.toString())) {
                roots.addAll(run);
            }
            run.clear();
        }

        /** A paragraph beside the article: long with few links, or a short sentence with none. */
        private boolean isProse(Element sibling, Count c) {
            if (!PARAGRAPH_TAGS.contains(sibling.normalName()) || hasBlockChild(sibling) && !sibling.normalName().equals("p")) {
                return false;
            }
            if (rules.weighNames && ClassHints.weight(sibling) < 0) {
                return false;
            }
            return proseLike(c.chars, c.linkChars, c.chars < 300 ? sibling.text() : "");
        }

        private static boolean proseLike(int chars, int linkChars, String text) {
            double linkDensity = chars == 0 ? 0 : (double) linkChars / chars;
            if (chars > 80) {
                return linkDensity < 0.25;
            }
            String stripped = text.strip();
            return linkChars == 0 && (stripped.contains(". ") || stripped.endsWith("."));
        }

        /** Without any paragraph long enough to score, the page's article element, or the whole body. */
        private Element fallbackRoot() {
            for (String candidate : List.of("article", "[itemprop~=articleBody]", "main", "[role=main]")) {
                Element found = body.selectFirst(candidate);
                if (found != null && !neverRead.contains(found) && !unlikely.contains(found)) {
                    return found;
                }
            }
            return body;
        }

        // ---- cleaning the article ----

        /**
         * Counts the article's blocks again bottom up, leaving out those that are not prose as it
         * goes, so that a container is judged on what is left in it. Returns the characters kept.
         */
        private int clean(Element root, Set<Element> leftOut, Set<Element> dataTables) {
            int[] kept = {0};
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof Element element && leftOut.contains(element)
                            && !INPUTS.contains(element.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (!(node instanceof Element element)) {
                        return FilterResult.CONTINUE;
                    }
                    Count count = countChildren(element, false);
                    counts.put(element, count);
                    if (element.normalName().equals("table") && isDataTable(element, count)) {
                        dataTables.add(element);
                    } else if (rules.clean && element != root && isNotProse(element, count)) {
                        leftOut.add(element);
                        counts.remove(element);
                    }
                    if (element == root) {
                        kept[0] = count.chars;
                    }
                    return FilterResult.CONTINUE;
                }
            }, root);
            return kept[0];
        }

        private boolean isNotProse(Element element, Count c) {
            String tag = element.normalName();
            if (HEADINGS.contains(tag)) {
                return rules.weighNames && ClassHints.weight(element) < 0;
            }
            if (!CLEANABLE_TAGS.contains(tag)) {
                return false;
            }
            int weight = rules.weighNames ? ClassHints.weight(element) : 0;
            double[] score = scores.get(element);
            if (weight < 0 && weight + (score == null ? 0 : score[0]) < 0) {
                return true; // named like furniture, and not outweighed by its paragraphs
            }
            if (c.commas >= 10) {
                return false;
            }
            double linkDensity = c.linkDensity();
            // A block that is nearly all list (a heading over a list of blurbs) is weighed as the list,
            // unless it is mostly links ("Related" over a list of headlines).
            boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl")
                    || c.listChars > 0.9 * c.chars && linkDensity <= 0.5;
            boolean figure = tag.equals("figure");
            if (c.placed >= 3 && c.placedChars >= 0.8 * c.chars && c.placedChars < 40 * c.placed) {
                return true; // the labels of a chart, placed over its picture: numbers without their lines
            }
            if (!figure && c.images > 1 && c.paragraphs * 2 < c.images) {
                return true; // a gallery or a row of thumbnails
            }
            if (c.inputs > c.paragraphs / 3) {
                return true; // a form: search, sign-up, comment box
            }
            if (!list && !figure && c.chars < PARAGRAPH_CHARS && (c.images == 0 || c.images > 2) && c.linkChars > 0
                    && c.headingChars < 0.9 * c.chars) {
                return true; // a few links: tags, "next", share buttons
            }
            if (!list && weight < 25 && linkDensity > 0.2) {
                return true;
            }
            if (weight >= 25 && linkDensity > 0.5) {
                return true;
            }
            return c.images == 0 && c.chars == 0 && !tag.equals("table");
        }

        /** A table of data (read row by row) rather than one that lays the page out. */
        private static boolean isDataTable(Element table, Count c) {
            String role = table.attr("role").toLowerCase(Locale.ROOT);
            if (role.equals("presentation") || role.equals("none") || table.attr("datatable").equals("0")) {
                return false;
            }
            if (c.nestedTable) {
                return false;
            }
            if (!table.attr("summary").isBlank() || c.headerCells > 0) {
                return true;
            }
            if (c.rows <= 1 || c.columns <= 1) {
                return false;
            }
            return c.rows >= 10 || c.columns > 4 || c.rows * c.columns > 10;
        }
    }

    /** Characters as read: each run of spaces counts one. */
    static int textChars(String text) {
        int chars = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            boolean isSpace = Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0';
            if (!isSpace) {
                chars++;
            } else if (!space) {
                chars++;
            }
            space = isSpace;
        }
        return chars;
    }

    private static int commas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            if (COMMAS.indexOf(text.charAt(i)) >= 0) {
                commas++;
            }
        }
        return commas;
    }
}
