package dev.lectern.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
    private static final String FRENCH = "Le président a dit que la ville est prête pour les élections. "
            + "Les électeurs sont appelés aux urnes dans une ambiance calme, mais il y a des craintes. ";
    private static final String ENGLISH = "The president said that the city was ready for the election. "
            + "Voters have been called to the polls in a calm mood, but there are fears of unrest. ";

    @Test
    void frenchText() {
        assertThat(LanguageGuesser.guess(FRENCH)).isEqualTo(Language.FRENCH);
    }

    @Test
    void englishText() {
        assertThat(LanguageGuesser.guess(ENGLISH)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void caseDoesNotMatter() {
        assertThat(LanguageGuesser.guess(FRENCH.toUpperCase())).isEqualTo(Language.FRENCH);
        assertThat(LanguageGuesser.guess(ENGLISH.toUpperCase())).isEqualTo(Language.ENGLISH);
    }

    @Test
    void elidedArticlesAreWords() {
        // l’, d’ and qu’ are cut off by the apostrophe; the words after them still count.
        assertThat(LanguageGuesser.guess("L’Organisation du traité de sécurité collective et la Russie"))
                .isEqualTo(Language.FRENCH);
    }

    @Test
    void tooFewFunctionWordsIsOther() {
        assertThat(LanguageGuesser.guess("")).isEqualTo(Language.OTHER);
        assertThat(LanguageGuesser.guess("Kazakhstan Almaty Tokayev")).isEqualTo(Language.OTHER);
        assertThat(LanguageGuesser.guess("the of")).isEqualTo(Language.OTHER);
    }

    @Test
    void otherLanguageIsOther() {
        assertThat(LanguageGuesser.guess("Der Präsident sagte, die Stadt sei bereit für die Wahl. "
                + "Die Wähler wurden an die Urnen gerufen.")).isEqualTo(Language.OTHER);
        assertThat(LanguageGuesser.guess("東京は日本の首都です。大阪は大きな都市です。")).isEqualTo(Language.OTHER);
    }

    @Test
    void evenMixIsOtherButAClearMajorityWins() {
        assertThat(LanguageGuesser.guess(FRENCH + ENGLISH)).isEqualTo(Language.OTHER);
        assertThat(LanguageGuesser.guess(FRENCH + FRENCH + FRENCH + ENGLISH)).isEqualTo(Language.FRENCH);
        assertThat(LanguageGuesser.guess(ENGLISH + ENGLISH + ENGLISH + FRENCH)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void wordsOnlyCountWhole() {
        // "there" holds "the", "leather" holds "the": only whole words count.
        assertThat(LanguageGuesser.guess("leathers ontology inland theory")).isEqualTo(Language.OTHER);
    }

    @Test
    void onlyTheStartOfALongTextIsRead() {
        StringBuilder text = new StringBuilder();
        while (text.length() < LanguageGuesser.SAMPLE_CHARS) {
            text.append(FRENCH);
        }
        for (int i = 0; i < 5000; i++) {
            text.append(ENGLISH);
        }

        assertThat(LanguageGuesser.guess(text)).isEqualTo(Language.FRENCH);
    }

    @Test
    void codes() {
        assertThat(Language.FRENCH.code()).isEqualTo("fr");
        assertThat(Language.ENGLISH.code()).isEqualTo("en");
        assertThat(Language.OTHER.code()).isEqualTo("other");
    }
}
