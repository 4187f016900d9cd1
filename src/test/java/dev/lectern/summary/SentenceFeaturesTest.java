package dev.lectern.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.analysis.Language;
import dev.lectern.doc.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceFeaturesTest {
    @Test
    void aSentenceOpeningWithAConnectiveOrAPronounLeansBack() {
        assertThat(SentenceFeatures.leansBack("Mais le gouvernement a reculé.")).isTrue();
        assertThat(SentenceFeatures.leansBack("En effet, la loi l'interdit.")).isTrue();
        assertThat(SentenceFeatures.leansBack("Pourtant, rien n'a changé.")).isTrue();
        assertThat(SentenceFeatures.leansBack("Cette décision a surpris.")).isTrue();
        assertThat(SentenceFeatures.leansBack("C’est la première fois.")).isTrue();
        assertThat(SentenceFeatures.leansBack("However, the union said no.")).isTrue();
        assertThat(SentenceFeatures.leansBack("« Elle est partie », dit-il.")).isTrue();
        assertThat(SentenceFeatures.leansBack("Le gouvernement a reculé mardi.")).isFalse();
        assertThat(SentenceFeatures.leansBack("En janvier, l'animateur a parlé.")).isFalse();
        assertThat(SentenceFeatures.leansBack("Maisons et jardins ont brûlé.")).isFalse();
        assertThat(SentenceFeatures.leansBack("The union said no.")).isFalse();
    }

    @Test
    void namesAndFiguresAreCountedAfterTheFirstWord() {
        assertThat(SentenceFeatures.namesAndFigures("Le Canard enchaîné révèle 126 noms.")).isEqualTo(2.0 / 6);
        assertThat(SentenceFeatures.namesAndFigures("Il pleut.")).isZero();
        assertThat(SentenceFeatures.namesAndFigures("")).isZero();
    }

    @Test
    void eachSentenceGetsItsFeatures() {
        String text = "Le gouvernement a annoncé mardi 9 juin la fin de l'état d'urgence sanitaire. "
                + "\"Ce sont des citoyens comme vous et moi\", a-t-il commenté. "
                + "Mais la situation reste fragile selon le ministère de la santéPas de reconfinement pour autant.";
        List<Summariser.Candidate> candidates = Summariser.candidates(List.of(new Paragraph(1, text)), Language.FRENCH);
        double[][] rows = SentenceFeatures.of(candidates, Summariser.tfIdf(candidates));
        assertThat(rows).hasNumberOfRows(3);
        assertThat(rows[0][SentenceFeatures.OPENS_WITH_QUOTE]).isZero();
        assertThat(rows[1][SentenceFeatures.OPENS_WITH_QUOTE]).isOne();
        assertThat(rows[2][SentenceFeatures.LEANS_BACK]).isOne();
        assertThat(rows[0][SentenceFeatures.LEANS_BACK]).isZero();
        // A sub-heading glued to the sentence before it, without a full stop between them.
        assertThat(rows[2][SentenceFeatures.GLUED]).isOne();
        assertThat(rows[0][SentenceFeatures.GLUED]).isZero();
        assertThat(rows[0][SentenceFeatures.NAMES_AND_FIGURES]).isGreaterThan(0);
        assertThat(rows[1][SentenceFeatures.NAMES_AND_FIGURES]).isZero();
    }

    @Test
    void gluedWordsAreNotNamesWithACapitalInside() {
        List<Summariser.Candidate> candidates = Summariser.candidates(List.of(new Paragraph(1,
                "Le site YouTube et la société McDonald ont signé un accord à Paris.")), Language.FRENCH);
        assertThat(SentenceFeatures.of(candidates, Summariser.tfIdf(candidates))[0][SentenceFeatures.GLUED]).isZero();
    }
}
