package dev.lectern.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A hard French sample, each passage with its sentences as a reader would cut them, split by the
 * JDK's BreakIterator, by ICU4J alone (fr@ss=standard) and by {@link SentenceSplitter}. A passage
 * counts when every one of its sentences comes out exactly.
 */
class SentenceSplittingComparisonTest {
    static final List<List<String>> SAMPLE = List.of(
            List.of("M. Dupont et Mme Durand sont arrivés.", "Le Dr Martin les attendait."),
            List.of("Voir p. 12 et chap. 3 pour les détails.", "La suite est plus simple."),
            List.of("Le taux est passé de 12,5 % à 3.5 % en 2019.", "Il remonte depuis."),
            List.of("« Partez ! » a-t-il déclaré.", "Personne n’a bougé."),
            List.of("Il a dit : « Je pars. »", "Puis il est parti."),
            List.of("J. R. R. Tolkien a vécu à Oxford.", "Il y enseignait."),
            List.of("Ils étaient env. 300 au départ.", "Cf. art. 12 du règlement."),
            List.of("Il habite 4, av. Foch, à Paris.", "St. Louis est plus loin."),
            List.of("“Est-ce fini ?” demanda-t-elle.", "Le silence lui répondit."),
            List.of("Les forces de l’OTSC, env. 2 500 hommes, sont arrivées.", "Le n° 2 du parti a démissionné."),
            List.of("La plus grande ville du Kazakhstan. .", "Un état d’urgence a été déclaré."),
            List.of("Le U.S. Army Corps a publié un rapport.", "M. Smith l’a lu."));

    private static List<String> jdk(String text) {
        java.text.BreakIterator it = java.text.BreakIterator.getSentenceInstance(Locale.FRENCH);
        it.setText(text);
        List<String> out = new ArrayList<>();
        for (int s = it.first(), e = it.next(); e != java.text.BreakIterator.DONE; s = e, e = it.next()) {
            out.add(text.substring(s, e).strip());
        }
        return out;
    }

    private static List<String> icu(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(new ULocale("fr@ss=standard"));
        it.setText(text);
        List<String> out = new ArrayList<>();
        for (int s = it.first(), e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
            out.add(text.substring(s, e).strip());
        }
        return out;
    }

    private static List<String> ours(String text) {
        return SentenceSplitter.split(text, Language.FRENCH).stream().map(Sentence::text).toList();
    }

    static int exact(Function<String, List<String>> splitter) {
        int exact = 0;
        for (List<String> gold : SAMPLE) {
            if (splitter.apply(String.join(" ", gold)).equals(gold)) {
                exact++;
            }
        }
        return exact;
    }

    @Test
    void beatsTheJdkAndIcuAlone() {
        int jdk = exact(SentenceSplittingComparisonTest::jdk);
        int icu = exact(SentenceSplittingComparisonTest::icu);
        int ours = exact(SentenceSplittingComparisonTest::ours);
        System.out.printf("hard French sample, %d passages exact: JDK %d, ICU4J fr@ss=standard %d, SentenceSplitter %d%n",
                SAMPLE.size(), jdk, icu, ours);
        assertThat(ours).isGreaterThan(icu).isGreaterThan(jdk);
        assertThat(ours).isEqualTo(SAMPLE.size());
    }
}
