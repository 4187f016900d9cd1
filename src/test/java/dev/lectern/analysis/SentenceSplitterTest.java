package dev.lectern.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    static List<String> french(String text) {
        return SentenceSplitter.split(text, Language.FRENCH).stream().map(Sentence::text).toList();
    }

    static List<String> english(String text) {
        return SentenceSplitter.split(text, Language.ENGLISH).stream().map(Sentence::text).toList();
    }

    @Test
    void frenchTitlesAreNotSentenceEnds() {
        assertThat(french("M. Dupont est arrivé hier. Mme Durand aussi, avec le Dr. Martin."))
                .containsExactly("M. Dupont est arrivé hier.", "Mme Durand aussi, avec le Dr. Martin.");
    }

    @Test
    void frenchAbbreviationsFromTheList() {
        assertThat(french("Voir p. 12 et chap. 3. Puis la suite."))
                .containsExactly("Voir p. 12 et chap. 3.", "Puis la suite.");
        assertThat(french("Il vit av. de la République. St. Louis est loin."))
                .containsExactly("Il vit av. de la République.", "St. Louis est loin.");
        assertThat(french("Ils étaient env. 300. Cf. art. 12 du code pénal."))
                .containsExactly("Ils étaient env. 300.", "Cf. art. 12 du code pénal.");
    }

    @Test
    void numbersDoNotEndSentences() {
        assertThat(french("Le taux est de 12,5 %. Il était de 3.5 en 2019. Ensuite il a baissé."))
                .containsExactly("Le taux est de 12,5 %.", "Il était de 3.5 en 2019.", "Ensuite il a baissé.");
    }

    @Test
    void initialsStayWithTheName() {
        assertThat(french("J. R. R. Tolkien est né en Afrique du Sud. Il a écrit des romans."))
                .containsExactly("J. R. R. Tolkien est né en Afrique du Sud.", "Il a écrit des romans.");
    }

    @Test
    void noBreakInsideAQuoteThatTheSentenceGoesOnAfter() {
        assertThat(french("« Partez ! » a-t-il déclaré. Puis il est sorti."))
                .containsExactly("« Partez ! » a-t-il déclaré.", "Puis il est sorti.");
        assertThat(french("“C’est fini ?” demanda-t-elle. Personne ne répondit."))
                .containsExactly("“C’est fini ?” demanda-t-elle.", "Personne ne répondit.");
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertThat(french("Il a dit : « Je pars. » Puis il est parti."))
                .containsExactly("Il a dit : « Je pars. »", "Puis il est parti.");
        assertThat(english("He said \"I am leaving.\" Then he left."))
                .containsExactly("He said \"I am leaving.\"", "Then he left.");
    }

    @Test
    void strayPeriodJoinsTheSentenceBefore() {
        assertThat(french("la plus grande ville du Kazakhstan. . Un état d’urgence a été déclaré."))
                .containsExactly("la plus grande ville du Kazakhstan. .", "Un état d’urgence a été déclaré.");
    }

    @Test
    void englishAbbreviations() {
        assertThat(english("The U.S. economy grew by 3.5 percent. Dr. Smith agreed with Mr. Jones."))
                .containsExactly("The U.S. economy grew by 3.5 percent.", "Dr. Smith agreed with Mr. Jones.");
        assertThat(english("\"Stop!\" he shouted. Nobody did."))
                .containsExactly("\"Stop!\" he shouted.", "Nobody did.");
    }

    @Test
    void offsetsPointIntoTheParagraph() {
        String text = "  Première phrase.  Deuxième phrase ! ";
        List<Sentence> sentences = SentenceSplitter.split(text, Language.FRENCH);
        assertThat(sentences).hasSize(2);
        for (Sentence s : sentences) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(sentences.get(0).start()).isEqualTo(2);
    }

    @Test
    void emptyAndBlankTextsHaveNoSentences() {
        assertThat(SentenceSplitter.split("", Language.FRENCH)).isEmpty();
        assertThat(SentenceSplitter.split("   ", Language.ENGLISH)).isEmpty();
    }

    @Test
    void aLineBreakEndsASentence() {
        assertThat(french("Les manifestants après avoir pénétré par effraction\nArmurerie du Comité"))
                .containsExactly("Les manifestants après avoir pénétré par effraction", "Armurerie du Comité");
    }

    @Test
    void seedArticle() throws IOException {
        Path seed = Path.of("content/kazakhstan-otsc.fr.txt");
        String text = Files.readString(seed);
        String paragraph = text.split("\n\n")[3];
        assertThat(french(paragraph)).containsExactly(
                "Le président du Kazakhstan, Kassym-Jomart Tokayev, avait appelé mercredi l’Organisation du "
                        + "Traité de sécurité collective à fournir un soutien contre ce qu’il appelle une “menace "
                        + "terroriste”, après que des manifestations à travers le pays aient entraîné la prise "
                        + "d’assaut et l’incendie de bâtiments gouvernementaux à Almaty, la plus grande ville du "
                        + "Kazakhstan. .",
                "Un état d’urgence nationwide a été déclaré, le chien de garde d’Web Netblocks signalant "
                        + "également un blocage nationwide de l’accès à Web.");
        assertThat(french(text.split("\n\n")[4])).hasSize(3)
                .last().isEqualTo("“Je pense qu’il est opportun et opportun de faire appel à nos partenaires de l’OTSC”.");
        int total = 0;
        for (String p : text.split("\n\n")) {
            total += french(p.strip()).size();
        }
        // 2 headlines, 3+2+3+2+2+3 in the body, the two-line caption, the closing sentence.
        assertThat(total).isEqualTo(20);
    }
}
