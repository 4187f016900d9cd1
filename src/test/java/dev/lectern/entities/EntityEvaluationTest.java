package dev.lectern.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityEvaluationTest {
    private static final Path NER = Path.of("../shared/eval/ner");

    @Test
    void readsIob2WithSentences(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tiny.conll");
        Files.writeString(file, "Georges B-PER\nDuroy I-PER\nsortit O\n. O\n\nMadame B-PER\nForestier I-PER\n"
                + "et O\nParis B-LOC\nB-MISC O\n");
        AnnotatedText text = AnnotatedText.read(file);
        assertThat(text.sentenceStarts()).containsExactly(0, 4);
        assertThat(text.names()).containsExactly(new AnnotatedText.Span(0, 2, "PER"),
                new AnnotatedText.Span(4, 6, "PER"), new AnnotatedText.Span(7, 8, "LOC"));
    }

    @Test
    void readsIob1WhereITagsStartNames(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tiny.bio");
        Files.writeString(file, "à O\nRue I-LOC\ndu I-LOC\nPré I-LOC\nB-LOC B-LOC\nEmmanuel I-PER\n. O\nIl O\n");
        AnnotatedText text = AnnotatedText.read(file);
        assertThat(text.names()).containsExactly(new AnnotatedText.Span(1, 4, "LOC"),
                new AnnotatedText.Span(4, 5, "LOC"), new AnnotatedText.Span(5, 6, "PER"));
        assertThat(text.sentenceStarts()).containsExactly(0, 7);
    }

    @Test
    void theSecondFigureLeavesLeadingArticlesAndTitlesAside(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tiny.conll");
        Files.writeString(file, "M. B-PER\nWalter I-PER\nvit O\nla B-LOC\nSeine I-LOC\n. O\n");
        AnnotatedText text = AnnotatedText.read(file);
        List<AnnotatedText.Span> guesses = List.of(new AnnotatedText.Span(1, 2, "PER"), new AnnotatedText.Span(4, 5, "LOC"));
        assertThat(SpanScore.of(guesses, text.names(), null).f1()).isZero();
        assertThat(SpanScore.of(EntityEvaluation.withoutLeadingArticles(text, guesses),
                EntityEvaluation.withoutLeadingArticles(text, text.names()), null).f1()).isEqualTo(1.0);
    }

    @Test
    void splitsAFileInTwoHalvesAtTheSentenceNearestTheMiddle(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tiny.conll");
        Files.writeString(file, "Emma B-PER\nrit O\n. O\n\nIl O\nva O\n. O\n\nà O\nParis B-LOC\n. O\n\nLéon B-PER\n. O\n");
        AnnotatedText text = AnnotatedText.read(file);
        AnnotatedText tuning = text.part(AnnotatedText.Part.TUNING);
        AnnotatedText heldOut = text.part(AnnotatedText.Part.HELD_OUT);
        assertThat(tuning.tokens()).containsExactly("Emma", "rit", ".", "Il", "va", ".");
        assertThat(tuning.names()).containsExactly(new AnnotatedText.Span(0, 1, "PER"));
        assertThat(heldOut.tokens()).containsExactly("à", "Paris", ".", "Léon", ".");
        assertThat(heldOut.sentenceStarts()).containsExactly(0, 3);
        assertThat(heldOut.names()).containsExactly(new AnnotatedText.Span(1, 2, "LOC"), new AnnotatedText.Span(3, 4, "PER"));
        assertThat(text.part(AnnotatedText.Part.ALL)).isSameAs(text);
    }

    @Test
    void aFrenchElisionIsReadOnItsWordAsItIsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tiny.conll");
        Files.writeString(file, "Le O\nConseil B-ORG\nd I-ORG\n' I-ORG\nEtat I-ORG\na O\njugé O\nhier O\n. O\n");
        AnnotatedText text = AnnotatedText.read(file);
        assertThat(EntityEvaluation.recognise(text)).containsExactly(new AnnotatedText.Span(1, 5, "ORG"));
    }

    @Test
    void rewritesGuessesToOneSpanConventionBothWays(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tiny.conll");
        // tokens: 0 M . 2 Walter 3 vit 4 à 5 l 6 ' 7 Opéra 8 avec 9 Mme 10 et 11 la 12 Seine 13 coule 14 à 15 La 16 Rochelle
        Files.writeString(file, "M O\n. O\nWalter O\nvit O\nà O\nl O\n' O\nOpéra O\navec O\nMme O\net O\nla O\nSeine O\n"
                + "coule O\nà O\nLa O\nRochelle O\n");
        AnnotatedText text = AnnotatedText.read(file);
        List<AnnotatedText.Span> inside = List.of(new AnnotatedText.Span(0, 3, "PER"), new AnnotatedText.Span(5, 8, "LOC"),
                new AnnotatedText.Span(9, 10, "PER"), new AnnotatedText.Span(11, 13, "LOC"), new AnnotatedText.Span(15, 17, "LOC"));
        List<AnnotatedText.Span> outside = List.of(new AnnotatedText.Span(2, 3, "PER"), new AnnotatedText.Span(7, 8, "LOC"),
                new AnnotatedText.Span(12, 13, "LOC"), new AnnotatedText.Span(15, 17, "LOC"));
        // the guess that is only a title (Mme) is dropped; La Rochelle keeps its capitalised article
        assertThat(EntityEvaluation.toConvention(text, inside, EntityEvaluation.Convention.OUTSIDE)).isEqualTo(outside);
        assertThat(EntityEvaluation.toConvention(text, outside, EntityEvaluation.Convention.INSIDE))
                .isEqualTo(List.of(inside.get(0), inside.get(1), inside.get(3), inside.get(4)));
        assertThat(EntityEvaluation.toConvention(text, inside, EntityEvaluation.Convention.AS_IS)).isSameAs(inside);
    }

    @Test
    void anElisionWrittenOnItsArticleAndAnAppellationAreTakenInOrCutOff(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tiny.bio");
        Files.writeString(file, "vers O\nl' O\nAlgérie O\net O\nle O\npère O\nGrandet O\nme O\nParis O\n");
        AnnotatedText text = AnnotatedText.read(file);
        List<AnnotatedText.Span> bare = List.of(new AnnotatedText.Span(2, 3, "LOC"), new AnnotatedText.Span(6, 7, "PER"),
                new AnnotatedText.Span(8, 9, "LOC"));
        List<AnnotatedText.Span> full = List.of(new AnnotatedText.Span(1, 3, "LOC"), new AnnotatedText.Span(4, 7, "PER"),
                new AnnotatedText.Span(8, 9, "LOC"));
        // "me" in lower case is a pronoun, not Maître: Paris is not extended over it
        assertThat(EntityEvaluation.toConvention(text, bare, EntityEvaluation.Convention.INSIDE)).isEqualTo(full);
        assertThat(EntityEvaluation.toConvention(text, full, EntityEvaluation.Convention.OUTSIDE)).isEqualTo(bare);
    }

    @Test
    void scoresExactSpans() {
        List<AnnotatedText.Span> gold = List.of(new AnnotatedText.Span(0, 2, "PER"), new AnnotatedText.Span(5, 6, "LOC"));
        List<AnnotatedText.Span> guesses = List.of(new AnnotatedText.Span(0, 2, "LOC"), new AnnotatedText.Span(5, 7, "LOC"));
        SpanScore untyped = SpanScore.of(guesses, gold, null);
        assertThat(untyped.precision()).isEqualTo(0.5);
        assertThat(untyped.recall()).isEqualTo(0.5);
        assertThat(SpanScore.of(guesses, gold, "LOC").f1()).isZero();
    }

    @Test
    void beatsTheCapitalisationBarOnTheSharedSets() throws Exception {
        assumeTrue(Files.isDirectory(NER), "no shared NER data at " + NER);
        for (String name : List.of("BelAmi.conll", "europeana_fr_1906.bio")) {
            Path file = NER.resolve(name);
            assumeTrue(Files.isReadable(file), "missing " + file);
            AnnotatedText text = AnnotatedText.read(file);
            double ours = SpanScore.of(EntityEvaluation.recognise(text), text.names(), null).f1();
            double baseline = SpanScore.of(EntityEvaluation.capitalisedRuns(text), text.names(), null).f1();
            assertThat(ours).as(name).isGreaterThan(baseline)
                    .isGreaterThan(name.startsWith("BelAmi") ? 0.64 : 0.52);
        }
    }
}
