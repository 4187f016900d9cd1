package dev.lectern.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The chapter headings of a plain-text book, which has no markup to say them: a short paragraph
 * of its own such as "CHAPITRE I", "Chapitre 12 : Le retour", "Chapter 2", "BOOK ONE",
 * "Deuxième partie", or a Roman numeral alone ("IV", "XII."). A book has several chapters, so
 * fewer than two such paragraphs count as none (a lone "I" is more likely a word than a heading).
 */
public final class ChapterHeadings {
    /** Longer than this, a paragraph is text that happens to start with "Chapter 2". */
    static final int MOST_CHARACTERS = 100;
    private static final String ORDINAL = "(?:premier|première|second|seconde|deuxième|troisième|quatrième|"
            + "cinquième|sixième|septième|huitième|neuvième|dixième|dernier|dernière|first|second|third|fourth|fifth|"
            + "sixth|seventh|eighth|ninth|tenth|last|final)";
    private static final String NUMBER = "(?:[IVXLCDM]+|\\d{1,4}|" + ORDINAL.substring(3, ORDINAL.length() - 1)
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|un|une|deux|trois|quatre|cinq|sept|huit|"
            + "neuf|dix)";
    private static final Pattern HEADING = Pattern.compile("(?iu)"
            // Chapitre I, CHAPTER 12: Title, Livre premier, Book One - Title, Prologue
            + "(?:chapitre|chapter|chap\\.|livre|book|partie|part|tome|volume|épilogue|epilogue|prologue)"
            + "(?:\\s+" + NUMBER + ")?\\b\\.?(?:\\s*[-—–:.]?\\s+.*)?"
            // Deuxième partie, First Book
            + "|" + ORDINAL + "\\s+(?:partie|part|livre|book)\\b.*"
            // a well-formed Roman numeral below 400 alone, upper case only ("i", "mix" and "MIX" are words)
            + "|(?-i)(?=[IVXLC])(?:CC?C?|CD)?(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\\.?");
    // A heading word must be followed by a number, unless it is one that stands alone (Prologue).
    private static final Pattern NEEDS_NUMBER = Pattern.compile(
            "(?iu)(?:chapitre|chapter|chap\\.|livre|book|partie|part|tome|volume)(?!\\s+" + NUMBER + "\\b).*");

    private ChapterHeadings() {
    }

    /** The headings among {@code paragraphs}, in order, each as the section it opens; empty when fewer than two. */
    public static List<Section> find(List<Paragraph> paragraphs) {
        List<Section> found = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            if (isHeading(paragraph.text())) {
                found.add(new Section(paragraph.number(), paragraph.text().strip()));
            }
        }
        return found.size() < 2 ? List.of() : List.copyOf(found);
    }

    /** Whether a paragraph's whole text is a chapter or part heading. */
    public static boolean isHeading(String text) {
        String line = text.strip();
        if (line.isEmpty() || line.length() > MOST_CHARACTERS || line.indexOf('\n') >= 0) {
            return false;
        }
        return HEADING.matcher(line).matches() && !NEEDS_NUMBER.matcher(line).matches();
    }
}
