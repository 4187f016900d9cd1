package dev.lectern.glossary;

/** Where a glossary entry comes from; {@link #label()} is the name shown and printed in JSON. */
public enum GlossarySource {
    /** The reader's own glossary file, {@code glossary.conf} beside the article. */
    USER("user"),
    /** An acronym the text itself expands: OTSC next to "Organisation du traité…". */
    ACRONYM("acronym"),
    /** A word of another language left inside the text: "cupboard" in a French article. */
    LANGUAGE_NOTE("language-note");

    private final String label;

    GlossarySource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
