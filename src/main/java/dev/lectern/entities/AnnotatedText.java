package dev.lectern.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A text annotated with names, one {@code token TAG} a line, as the NER evaluation sets give it
 * (IOB1 or IOB2 tags: B-PER, I-LOC, O...; a blank line between sentences where there are
 * sentences). Only PER, LOC and ORG are kept; MISC and anything else counts as outside.
 * Where the file has no blank lines, a sentence ends after . ! or ?.
 */
record AnnotatedText(String name, List<String> tokens, List<Integer> sentenceStarts, List<Span> names) {
    static final Set<String> TYPES = Set.of("PER", "LOC", "ORG");

    /** Tokens {@code [start, end)} of the text; {@code type} is PER, LOC, ORG (or OTHER for a guess). */
    record Span(int start, int end, String type) {
        Span untyped() {
            return new Span(start, end, "");
        }
    }

    static AnnotatedText read(Path file) throws IOException {
        List<String> tokens = new ArrayList<>();
        List<Integer> sentenceStarts = new ArrayList<>();
        List<Span> names = new ArrayList<>();
        boolean blankLines = false;
        boolean newSentence = true;
        String openType = null;
        int openStart = -1;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                blankLines = true;
                newSentence = true;
                continue;
            }
            int space = line.lastIndexOf(' ') >= 0 ? line.lastIndexOf(' ') : line.lastIndexOf('\t');
            String token = space > 0 ? line.substring(0, space).strip() : line.strip();
            String tag = space > 0 ? line.substring(space + 1).strip() : "O";
            int index = tokens.size();
            if (newSentence) {
                sentenceStarts.add(index);
                newSentence = false;
            }
            String type = tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-")) ? tag.substring(2) : null;
            type = type != null && TYPES.contains(type) ? type : null;
            boolean continues = type != null && tag.startsWith("I-") && type.equals(openType)
                    && !(sentenceStarts.get(sentenceStarts.size() - 1) == index && blankLines);
            if (!continues && openType != null) {
                names.add(new Span(openStart, index, openType));
                openType = null;
            }
            if (type != null && !continues) {
                openType = type;
                openStart = index;
            }
            tokens.add(token);
            if (!blankLines && (token.equals(".") || token.equals("!") || token.equals("?"))) {
                newSentence = true;
            }
        }
        if (openType != null) {
            names.add(new Span(openStart, tokens.size(), openType));
        }
        return new AnnotatedText(file.getFileName().toString(), List.copyOf(tokens), List.copyOf(sentenceStarts),
                List.copyOf(names));
    }

    /** Which part of a file to score: rules are tuned on the first half, the second is held out. */
    enum Part {
        TUNING, HELD_OUT, ALL;

        static Part named(String name) {
            return switch (name) {
                case "tuning" -> TUNING;
                case "held-out" -> HELD_OUT;
                case "all" -> ALL;
                default -> throw new IllegalArgumentException("--part is tuning, held-out or all, not " + name);
            };
        }

        String label() {
            return this == HELD_OUT ? "held-out" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The first or second half of the text by position, cut at the sentence start nearest to
     * the middle token; a name is kept with the half it lies in.
     */
    AnnotatedText part(Part part) {
        if (part == Part.ALL) {
            return this;
        }
        int middle = tokens.size() / 2;
        int cut = sentenceStarts.get(0);
        for (int start : sentenceStarts) {
            if (Math.abs(start - middle) < Math.abs(cut - middle)) {
                cut = start;
            }
        }
        int from = part == Part.TUNING ? 0 : cut;
        int to = part == Part.TUNING ? cut : tokens.size();
        List<Integer> starts = new ArrayList<>();
        for (int start : sentenceStarts) {
            if (start >= from && start < to) {
                starts.add(start - from);
            }
        }
        List<Span> kept = new ArrayList<>();
        for (Span span : names) {
            if (span.start() >= from && span.end() <= to) {
                kept.add(new Span(span.start() - from, span.end() - from, span.type()));
            }
        }
        return new AnnotatedText(name, tokens.subList(from, to), List.copyOf(starts), List.copyOf(kept));
    }
}
