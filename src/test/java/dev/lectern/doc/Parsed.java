package dev.lectern.doc;

/** Parsing bytes as a reader would get them: a document safe to draw, or one clear refusal. */
public final class Parsed {
    private Parsed() {
    }

    /**
     * The document {@code bytes} make as file {@code name}, checked safe to draw; null when it
     * was refused with an {@link UnreadableDocumentException}, whose message is checked too. Any
     * other exception is a bug and escapes.
     */
    public static Document outcome(byte[] bytes, String name) {
        try {
            Document document = DocumentLoader.parse(bytes, name, null);
            ScreenText.assertSafe(document);
            return document;
        } catch (UnreadableDocumentException refused) {
            ScreenText.assertSafeMessage("refusal", refused.getMessage());
            return null;
        }
    }
}
