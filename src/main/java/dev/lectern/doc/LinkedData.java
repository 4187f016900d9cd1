package dev.lectern.doc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a page's JSON-LD ({@code <script type="application/ld+json">}) says about its article:
 * the schema.org object whose type is an article or a blog post, with its headline and name, authors,
 * date, publisher and language. Anything that is not such JSON is ignored.
 */
record LinkedData(String headline, String name, String author, String published, String publisher, String language) {
    /** Deeper JSON than this is not an article's description; reading stops rather than recursing on. */
    private static final int MOST_DEPTH = 64;

    /** The first article described in {@code json}, if any. */
    static Optional<LinkedData> read(String json) {
        Object value;
        try {
            value = new Reader(json).document();
        } catch (IllegalArgumentException notJson) {
            return Optional.empty();
        }
        Deque<Object> pending = new ArrayDeque<>();
        pending.add(value);
        while (!pending.isEmpty()) {
            Object next = pending.removeFirst();
            if (next instanceof List<?> list) {
                list.forEach(pending::addLast);
            } else if (next instanceof Map<?, ?> object) {
                if (isArticle(object)) {
                    return Optional.of(new LinkedData(text(object.get("headline"), null), text(object.get("name"), null),
                            names(object.get("author")),
                            text(object.get("datePublished"), null), text(object.get("publisher"), "name"),
                            text(object.get("inLanguage"), null)));
                }
                Object graph = object.get("@graph");
                if (graph != null) {
                    pending.addLast(graph);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isArticle(Map<?, ?> object) {
        Object type = object.get("@type");
        List<?> types = type instanceof List<?> list ? list : List.of(type == null ? "" : type);
        for (Object each : types) {
            if (each instanceof String name && (name.endsWith("Article") || name.endsWith("Posting")
                    || name.equals("Report") || name.equals("Review") || name.equals("Recipe"))) {
                return true;
            }
        }
        return false;
    }

    /** A string, or the {@code field} of an object, or of the first object of a list. */
    private static String text(Object value, String field) {
        if (value instanceof List<?> list && !list.isEmpty()) {
            value = list.get(0);
        }
        if (value instanceof Map<?, ?> object && field != null) {
            value = object.get(field);
        }
        return value instanceof String s && !s.isBlank() ? s : null;
    }

    /** Authors as "A, B": strings or objects with a name. */
    private static String names(Object value) {
        List<?> all = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        List<String> names = new ArrayList<>();
        for (Object each : all) {
            String name = text(each, "name");
            if (name != null && !names.contains(name.strip())) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** A small JSON reader; it refuses input deeper than {@link #MOST_DEPTH} instead of overflowing the stack. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        Object document() {
            Object value = value(0);
            skipSpace();
            if (at != text.length()) {
                throw new IllegalArgumentException("text after the JSON value");
            }
            return value;
        }

        private Object value(int depth) {
            if (depth > MOST_DEPTH) {
                throw new IllegalArgumentException("too deep");
            }
            skipSpace();
            if (at >= text.length()) {
                throw new IllegalArgumentException("end of text");
            }
            char c = text.charAt(at);
            switch (c) {
                case '{':
                    return object(depth);
                case '[':
                    return array(depth);
                case '"':
                    return string();
                default:
                    return bare();
            }
        }

        private Map<String, Object> object(int depth) {
            Map<String, Object> object = new LinkedHashMap<>();
            at++;
            skipSpace();
            if (peek() == '}') {
                at++;
                return object;
            }
            while (true) {
                skipSpace();
                if (peek() != '"') {
                    throw new IllegalArgumentException("a name expected");
                }
                String name = string();
                skipSpace();
                expect(':');
                object.putIfAbsent(name, value(depth + 1));
                skipSpace();
                if (peek() == ',') {
                    at++;
                } else {
                    expect('}');
                    return object;
                }
            }
        }

        private List<Object> array(int depth) {
            List<Object> array = new ArrayList<>();
            at++;
            skipSpace();
            if (peek() == ']') {
                at++;
                return array;
            }
            while (true) {
                array.add(value(depth + 1));
                skipSpace();
                if (peek() == ',') {
                    at++;
                } else {
                    expect(']');
                    return array;
                }
            }
        }

        private String string() {
            at++;
            StringBuilder out = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (at >= text.length()) {
                    break;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b', 'f' -> out.append(' ');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw new IllegalArgumentException("short \\u escape");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("bad \\u escape");
                        }
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            }
            throw new IllegalArgumentException("unterminated string");
        }

        /** Numbers, true, false and null: only strings matter here, so their value is kept as text. */
        private Object bare() {
            int start = at;
            while (at < text.length() && "{}[],: \t\r\n\"".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            if (start == at) {
                throw new IllegalArgumentException("a value expected");
            }
            String word = text.substring(start, at);
            return word.equals("null") ? null : new Bare(word);
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private char peek() {
            return at < text.length() ? text.charAt(at) : '\0';
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("'" + c + "' expected");
            }
            at++;
        }
    }

    /** A number or boolean as written. */
    private record Bare(String word) {
    }
}
