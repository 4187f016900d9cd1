package dev.lectern.doc;

/**
 * A web address whose page could not be fetched: no such host, no connection, too slow, a TLS
 * error, an HTTP error status, too big, too many redirects, or stopped by the reader. The
 * message is one line; the faces exit with their own code for it.
 */
public class FetchException extends UnreadableDocumentException {
    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
