package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The property every parser's output must have, since it reaches the terminal: no escape, no
 * C0 or C1 control character, and a line break only where the screen expects one.
 */
public final class ScreenText {
    private ScreenText() {
    }

    /** True when {@code text} holds no ESC, C0 or C1 control; {@code \n} too only when {@code lineBreaks}. */
    public static boolean isSafe(String text, boolean lineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' ? !lineBreaks : c < 0x20 || c >= 0x7F && c <= 0x9F) {
                return false;
            }
        }
        return true;
    }

    public static void assertSafe(String what, String text, boolean lineBreaks) {
        assertThat(isSafe(text, lineBreaks)).as("%s is safe to draw: %s", what, escaped(text)).isTrue();
    }

    /** A one-line message (status bar, error): no control at all. */
    public static void assertSafeMessage(String what, String message) {
        assertThat(message).as(what).isNotBlank();
        assertSafe(what, message, false);
    }

    /**
     * Everything of {@code document} that is drawn: title, paragraphs (which may break lines),
     * headings (several in a row are joined by line breaks), notices and credits.
     */
    public static void assertSafe(Document document) {
        assertSafe("title", document.title(), false);
        assertThat(document.title()).as("title").isNotBlank();
        assertThat(document.size()).as("paragraphs").isPositive();
        for (Paragraph paragraph : document.paragraphs()) {
            assertSafe("paragraph " + paragraph.number(), paragraph.text(), true);
            if (paragraph.heading() != null) {
                assertSafe("heading of paragraph " + paragraph.number(), paragraph.heading(), true);
            }
        }
        document.notices().forEach(notice -> assertSafe("notice", notice, false));
        assertSafe("credits", document.metadata().credits(), false);
    }

    /** {@code text} with its controls written out, for a failure message; cut if long. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(text.length(), 200); i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c >= 0x7F && c <= 0x9F ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.length() > 200 ? out + "…" : out.toString();
    }
}
