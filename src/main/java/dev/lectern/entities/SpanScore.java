package dev.lectern.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Exact-span precision, recall and F1 of guessed names against the gold ones. */
record SpanScore(int guessed, int gold, int correct) {

    /** Untyped when {@code type} is null: a span counts if its tokens match, whatever its type. */
    static SpanScore of(List<AnnotatedText.Span> guesses, List<AnnotatedText.Span> golds, String type) {
        Set<AnnotatedText.Span> guessed = select(guesses, type);
        Set<AnnotatedText.Span> gold = select(golds, type);
        int correct = 0;
        for (AnnotatedText.Span span : guessed) {
            if (gold.contains(span)) {
                correct++;
            }
        }
        return new SpanScore(guessed.size(), gold.size(), correct);
    }

    private static Set<AnnotatedText.Span> select(List<AnnotatedText.Span> spans, String type) {
        Set<AnnotatedText.Span> selected = new HashSet<>();
        for (AnnotatedText.Span span : spans) {
            if (type == null) {
                selected.add(span.untyped());
            } else if (type.equals(span.type())) {
                selected.add(span);
            }
        }
        return selected;
    }

    double precision() {
        return guessed == 0 ? 0 : (double) correct / guessed;
    }

    double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
