package dev.lectern.analysis;

/** The languages Lectern can tell apart; anything else is OTHER. */
public enum Language {
    FRENCH("fr"), ENGLISH("en"), OTHER("other");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The short code shown to readers: fr, en or other. */
    public String code() {
        return code;
    }
}
