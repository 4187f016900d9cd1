package dev.lectern.doc;

/** One reader per file format: it turns decoded, sanitised text into a document's parts. */
interface DocumentFormat {
    /** True when this format reads files with that (lower-case) file name. */
    boolean reads(String fileName);

    /** Builds the document body from decoded text; {@code fallbackTitle} comes from the file name. */
    Body parse(String text, String fallbackTitle);

    /** The title and paragraphs a format found, before numbering. */
    record Body(String title, java.util.List<Block> blocks, Metadata metadata) {
        Body(String title, java.util.List<Block> blocks) {
            this(title, blocks, Metadata.NONE);
        }
    }

    /** A paragraph before numbering, with the section heading that opens it, if any. */
    record Block(String text, String heading) {
    }
}
