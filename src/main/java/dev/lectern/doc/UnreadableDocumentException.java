package dev.lectern.doc;

/**
 * A file Lectern cannot show; the message is one plain sentence for the reader, made safe to
 * draw here since it names the file, whose name may hold anything but a slash.
 */
public class UnreadableDocumentException extends Exception {
    public UnreadableDocumentException(String message) {
        super(DocumentLoader.oneLine(message));
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(DocumentLoader.oneLine(message), cause);
    }
}
