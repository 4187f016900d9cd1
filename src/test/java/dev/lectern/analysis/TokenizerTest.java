package dev.lectern.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    static List<String> texts(String text) {
        return Tokenizer.tokens(text, Language.FRENCH).stream().map(Token::text).toList();
    }

    @Test
    void elisionsAreSplitOffWithTheirApostrophe() {
        assertThat(texts("l’OTSC d’Almaty qu’il l'alliance jusqu’au"))
                .containsExactly("l’", "OTSC", "d’", "Almaty", "qu’", "il", "l'", "alliance", "jusqu’", "au");
        List<Token> tokens = Tokenizer.tokens("l’OTSC", Language.FRENCH);
        assertThat(tokens.get(0).kind()).isEqualTo(Token.Kind.ELISION);
        assertThat(tokens.get(0).form()).isEqualTo("l'");
        assertThat(tokens.get(1).kind()).isEqualTo(Token.Kind.WORD);
    }

    @Test
    void otherApostrophesStayInTheWord() {
        assertThat(texts("aujourd’hui")).containsExactly("aujourd’hui");
        assertThat(Tokenizer.tokens("don't O'Brien's l'", Language.ENGLISH).stream().map(Token::text))
                .containsExactly("don't", "O'Brien's", "l");
    }

    @Test
    void hyphenatedNamesStayWhole() {
        assertThat(texts("Kassym-Jomart Tokayev, les États-Unis, peut-être, celui-ci, rendez-vous"))
                .containsExactly("Kassym-Jomart", "Tokayev", "les", "États-Unis", "peut-être", "celui-ci", "rendez-vous");
    }

    @Test
    void aVerbAndItsInvertedPronounAreTwoTokens() {
        List<Token> tokens = Tokenizer.tokens("a-t-il dit-elle va-t-en donne-le-moi", Language.FRENCH);
        assertThat(tokens.stream().map(Token::text))
                .containsExactly("a", "-t-il", "dit", "-elle", "va", "-t-en", "donne", "-le-moi");
        assertThat(tokens.get(1).kind()).isEqualTo(Token.Kind.CLITIC);
    }

    @Test
    void numbersStayOneTokenWithSeparatorsNormalised() {
        List<Token> tokens = Tokenizer.tokens("2 500 hommes, 1\u00A0000\u00A0000 euros, 3\u202F400 km, 12,5 % et 3.5", Language.FRENCH);
        assertThat(tokens.stream().filter(t -> t.kind() == Token.Kind.NUMBER).map(Token::form))
                .containsExactly("2500", "1000000", "3400", "12,5", "3.5");
        assertThat(tokens.get(0).text()).isEqualTo("2 500");
    }

    @Test
    void aYearAndAFollowingNumberStayApart() {
        assertThat(texts("en 2019 500 personnes")).containsExactly("en", "2019", "500", "personnes");
        assertThat(texts("12 policiers et 353 autres")).containsExactly("12", "policiers", "et", "353", "autres");
    }

    @Test
    void offsetsAreTheOriginalOnes() {
        String text = "« Le président du Kazakhstan, Kassym-Jomart Tokaïev, l’a dit. »";
        for (Token token : Tokenizer.tokens(text, Language.FRENCH)) {
            assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
        }
    }

    @Test
    void punctuationIsNotAToken() {
        assertThat(texts("« ! » … — (…) : ;")).isEmpty();
    }

    @Test
    void wordCharactersAreLettersDigitsAndCombiningMarksWithOrWithoutTheAsciiShortCut() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean expected = Character.isLetterOrDigit((char) c) || Character.getType((char) c) == Character.NON_SPACING_MARK;
            assertThat(Tokenizer.isWordChar((char) c)).as("U+%04X", c).isEqualTo(expected);
        }
    }

    @Test
    void aPoolGivesTheSameTokensWithOneCopyOfEachWord() {
        String text = "La paix, dit-elle, l’OTSC et la paix : 2 500 soldats, 2 500 soldats d’Almaty.";
        WordPool pool = new WordPool();
        List<Token> pooled = Tokenizer.tokens(text, Language.FRENCH, pool);
        assertThat(pooled).isEqualTo(Tokenizer.tokens(text, Language.FRENCH));
        assertThat(pooled.get(1).text()).isSameAs(pooled.get(8).text()); // paix
        assertThat(pooled.get(9).form()).isSameAs(pooled.get(11).form()); // 2500
        assertThat(Tokenizer.tokens("Paix d’Almaty", Language.FRENCH, pool).get(2).text()).isSameAs(pooled.get(14).text());
    }
}
