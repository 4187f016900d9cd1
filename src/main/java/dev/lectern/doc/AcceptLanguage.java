package dev.lectern.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Accept-Language header from the reader's locale, as gettext picks the language of
 * messages: LANGUAGE (a colon list, "fr:en"), else LC_ALL, else LC_MESSAGES, else LANG.
 * fr_FR.UTF-8 gives "fr-FR, fr;q=0.9, en;q=0.5": the region, the language, then English.
 */
final class AcceptLanguage {
    private AcceptLanguage() {
    }

    static String from(Map<String, String> environment) {
        String locale = null;
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                locale = value.strip();
                break;
            }
        }
        // gettext ignores LANGUAGE when the locale is C, and so does this.
        String language = environment.get("LANGUAGE");
        String list = language != null && !language.isBlank() && !isPosix(locale) ? language : locale;
        List<String> tags = new ArrayList<>();
        if (list != null) {
            for (String entry : list.split(":")) {
                String tag = tag(entry);
                if (tag == null) {
                    continue;
                }
                add(tags, tag);
                int dash = tag.indexOf('-');
                if (dash > 0) {
                    add(tags, tag.substring(0, dash));
                }
            }
        }
        if (tags.isEmpty()) {
            return "en";
        }
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < tags.size(); i++) {
            // Each choice a little below the one before, all above the English fallback.
            header.append(i == 0 ? "" : ", ").append(tags.get(i)).append(i == 0 ? "" : ";q=" + quality(i));
        }
        if (tags.stream().noneMatch(t -> t.equals("en") || t.startsWith("en-"))) {
            header.append(", en;q=0.5");
        }
        return header.toString();
    }

    private static String quality(int index) {
        int tenths = Math.max(6, 10 - index);
        return "0." + tenths;
    }

    private static void add(List<String> tags, String tag) {
        if (!tags.contains(tag)) {
            tags.add(tag);
        }
    }

    private static boolean isPosix(String locale) {
        return locale == null || locale.equals("C") || locale.startsWith("C.") || locale.equals("POSIX");
    }

    /** "fr_FR.UTF-8@euro" as "fr-FR"; null for C, POSIX or anything not a language. */
    static String tag(String locale) {
        String bare = locale.strip();
        int cut = bare.length();
        for (char c : new char[] {'.', '@'}) {
            int at = bare.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        bare = bare.substring(0, cut);
        String[] parts = bare.split("[_-]");
        String language = parts[0].toLowerCase(Locale.ROOT);
        if (!language.matches("[a-z]{2,3}")) {
            return null;
        }
        if (parts.length > 1 && parts[1].matches("[A-Za-z]{2}|[0-9]{3}")) {
            return language + "-" + parts[1].toUpperCase(Locale.ROOT);
        }
        return language;
    }
}
