package dev.lectern.doc;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Text as an attacker or a broken file would write it, for property tests: pieces of markup,
 * escape sequences, controls, odd line ends and combining marks, among arbitrary characters.
 */
public final class HostileText {
    private static final List<String> PIECES = List.of(
            "\u001b[31m", "\u001b[0m", "\u001b]0;title\u0007", "\u001b]8;;http://x\u001b\\", "\u001bP", "\u001b(B",
            "\u001b", "\u009b2J", "\u009d", "\u009c", "\u0085", "\u0007", "\u0000", "\u007f", "\b", "\r", "\r\n", "\n",
            "\n\n", "\t", "\f", "\u2028", "\u2029", "\ufeff", "\ufffd", "\u200b", "\u034f", "e\u0301", "\u0316",
            "\ud800", "\udc00", "😀", "é", "ß", "ǅ", "İ", " ", "  ", "word", "Title",
            "<p>", "</p>", "<h1>", "</h1>", "<h2>", "<li>", "<ul>", "<pre>", "<article>", "<script>", "<title>",
            "<!--", "-->", "<![CDATA[", "&#27;", "&#x9b;", "&#0;", "&amp;", "&", "<", ">", "\"",
            "# ", "## ", "> ", "- ", "* ", "1. ", "```", "`", "*", "_", "**", "[", "]", "(", ")", "![", "\\",
            "    ", "---", "===", "|", "#", "bind", "unbind", "j", "C-x", "M-", "next-line", ":", "/", "mark.", "position=");

    private HostileText() {
    }

    /** Up to {@code pieces} pieces, each a known troublemaker or any character at all. */
    public static Arbitrary<String> text(int pieces) {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(PIECES)),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(8)));
        return piece.list().ofMaxSize(pieces).map(list -> String.join("", list));
    }
}
