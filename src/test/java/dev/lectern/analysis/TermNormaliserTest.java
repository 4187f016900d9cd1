package dev.lectern.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.junit.jupiter.api.Test;

class TermNormaliserTest {

    static List<String> forms(String text, Language language) {
        return TermNormaliser.terms(text, language).stream().map(Term::form).toList();
    }

    /** Folding looks characters up once folded; the result must be Lucene's over the whole text. */
    @Test
    void foldingGivesLucenesFoldingOfTheLowerCaseForEveryCharacter() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String one = String.valueOf((char) c);
            assertThat(TermNormaliser.fold(one)).as("U+%04X", c).isEqualTo(lucene(one));
            all.append((char) c);
        }
        String mixed = "Tokaïev, l’État et le CŒUR de Kassym-Jomart — « Zürich » ß";
        assertThat(TermNormaliser.fold(mixed)).isEqualTo(lucene(mixed));
        assertThat(TermNormaliser.fold(all.toString())).isEqualTo(lucene(all.toString()));
    }

    private static String lucene(String text) {
        char[] input = text.toLowerCase(Locale.ROOT).toCharArray();
        char[] output = new char[input.length * 4];
        return new String(output, 0, ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length));
    }

    @Test
    void foldingDropsCaseAccentsAndLigatures() {
        assertThat(TermNormaliser.fold("Tokaïev")).isEqualTo("tokaiev");
        assertThat(TermNormaliser.fold("cœur")).isEqualTo("coeur");
        assertThat(TermNormaliser.fold("ÉTATS-UNIS")).isEqualTo("etats-unis");
        assertThat(TermNormaliser.fold("l’État")).isEqualTo("l'etat");
    }

    @Test
    void variantsMeetOnOneTerm() {
        assertThat(TermNormaliser.stem("Tokaïev", Language.FRENCH)).isEqualTo(TermNormaliser.stem("tokaiev", Language.FRENCH));
        assertThat(TermNormaliser.stem("cœur", Language.FRENCH)).isEqualTo(TermNormaliser.stem("coeur", Language.FRENCH));
        assertThat(TermNormaliser.stem("manifestations", Language.FRENCH)).isEqualTo(TermNormaliser.stem("Manifestation", Language.FRENCH));
        assertThat(TermNormaliser.stem("élection", Language.FRENCH)).isNotEqualTo("elect");
        assertThat(TermNormaliser.stem("protests", Language.ENGLISH)).isEqualTo(TermNormaliser.stem("protest", Language.ENGLISH));
        assertThat(TermNormaliser.stem("Kazakhstan's", Language.ENGLISH)).isEqualTo("kazakhstan");
    }

    @Test
    void stopWordsElisionsAndPronounsAreNotTerms() {
        assertThat(forms("Le président a-t-il dit que l’OTSC est là ?", Language.FRENCH))
                .containsExactly(TermNormaliser.stem("président", Language.FRENCH), "dit", "otsc");
        assertThat(forms("The president of the United States", Language.ENGLISH))
                .containsExactly("president", "united", "state");
    }

    @Test
    void termsKeepTheOffsetsOfTheirWords() {
        String text = "Les manifestations d’Almaty : 2 500 blessés.";
        List<Term> terms = TermNormaliser.terms(text, Language.FRENCH);
        assertThat(terms).extracting(t -> text.substring(t.start(), t.end()))
                .containsExactly("manifestations", "Almaty", "2 500", "blessés");
        assertThat(terms.get(2).form()).isEqualTo("2500");
    }

    @Test
    void otherLanguagesAreFoldedOnly() {
        assertThat(forms("Straße Öffnungen", Language.OTHER)).containsExactly("strasse", "offnungen");
    }
}
