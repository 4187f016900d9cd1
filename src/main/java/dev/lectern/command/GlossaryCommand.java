package dev.lectern.command;

import dev.lectern.analysis.TermNormaliser;
import dev.lectern.glossary.Glossary;
import dev.lectern.glossary.GlossaryEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * {@code glossary [TERM]}: every term of the article that has an entry, or TERM's whole entry.
 * TERM is matched with case and accents ignored, then as the start of one term ("garde" finds
 * Garde nationale); failing both, the closest term is offered.
 */
final class GlossaryCommand implements Command {
    private static final double SUGGESTION = 0.8;

    @Override
    public String name() {
        return "glossary";
    }

    @Override
    public String usage() {
        return "glossary [TERM]";
    }

    @Override
    public String summary() {
        return "the article's glossary terms, or one term's whole entry";
    }

    @Override
    public String run(String arguments, ReaderContext reader) throws CommandException {
        Glossary glossary = reader.glossary();
        String term = ReaderCommands.unquote(arguments.strip());
        if (term.isEmpty()) {
            if (glossary.entries().isEmpty()) {
                return "No glossary terms in this article.";
            }
            reader.showGlossary("Glossary", glossary.entries(), false);
            return null;
        }
        GlossaryEntry entry = lookUp(glossary, term)
                .orElseThrow(() -> new CommandException("No glossary entry for '" + term + "'." + suggestion(glossary, term)));
        reader.showGlossary(entry.term(), List.of(entry), true);
        return null;
    }

    private static Optional<GlossaryEntry> lookUp(Glossary glossary, String term) {
        Optional<GlossaryEntry> exact = glossary.find(term);
        if (exact.isPresent()) {
            return exact;
        }
        String prefix = TermNormaliser.fold(term);
        List<GlossaryEntry> starting = glossary.entries().stream()
                .filter(e -> forms(e).stream().anyMatch(f -> TermNormaliser.fold(f).startsWith(prefix))).toList();
        return starting.size() == 1 ? Optional.of(starting.get(0)) : Optional.empty();
    }

    private static String suggestion(Glossary glossary, String term) {
        JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
        String folded = TermNormaliser.fold(term);
        String best = null;
        double bestScore = SUGGESTION;
        for (GlossaryEntry entry : glossary.entries()) {
            for (String form : forms(entry)) {
                double score = similarity.apply(folded, TermNormaliser.fold(form));
                if (score > bestScore) {
                    best = form;
                    bestScore = score;
                }
            }
        }
        return best == null ? " The glossary command alone lists them all." : " Did you mean " + best + "?";
    }

    private static List<String> forms(GlossaryEntry entry) {
        List<String> forms = new ArrayList<>();
        forms.add(entry.term());
        forms.addAll(entry.aliases());
        return forms;
    }

    /** Completes a term word by word, so that no candidate needs quoting: "Garde" then "nationale". */
    @Override
    public List<String> complete(List<String> previousWords, String word, ReaderContext reader) {
        String typed = TermNormaliser.fold(String.join(" ", previousWords) + (previousWords.isEmpty() ? "" : " ") + word);
        Map<String, String> candidates = new LinkedHashMap<>(); // one per folded form: Netblocks, not NetBlocks too
        for (GlossaryEntry entry : reader.glossary().entries()) {
            for (String form : forms(entry)) {
                String[] words = form.strip().split("\\s+");
                if (words.length > previousWords.size() && TermNormaliser.fold(form).startsWith(typed)) {
                    String next = words[previousWords.size()];
                    candidates.putIfAbsent(TermNormaliser.fold(next), next);
                }
            }
        }
        return List.copyOf(candidates.values());
    }
}
