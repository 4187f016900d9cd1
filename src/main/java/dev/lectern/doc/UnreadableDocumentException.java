package dev.lectern.doc;

/** A file Lectern cannot show; the message is one plain sentence for the reader. */
public class UnreadableDocumentException extends Exception {
    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
