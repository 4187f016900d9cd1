package dev.lectern.glossary;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.TermNormaliser;
import dev.lectern.analysis.Token;
import dev.lectern.analysis.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where the text uses the terms and aliases of the reader's glossary: the same words in
 * the same order, case and accents ignored, with only spaces between them ("Garde nationale",
 * "l’OTSC"). The longest form wins where two start on the same word.
 */
final class TermFinder {
    /** One form of an entry, cut into the keys of its words. */
    private record Form(String[] words, GlossaryEntry entry) {
    }

    private final Map<String, List<Form>> byFirstWord = new HashMap<>();
    private final Map<GlossaryEntry, List<TermOccurrence>> found = new LinkedHashMap<>();

    TermFinder(UserGlossary user, Language language) {
        for (GlossaryEntry entry : user.entries()) {
            List<String> names = new ArrayList<>(entry.aliases());
            names.add(0, entry.term());
            for (String name : names) {
                String[] words = Tokenizer.tokens(name, language).stream().map(t -> TermNormaliser.key(t.form())).toArray(String[]::new);
                if (words.length > 0) {
                    byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Form(words, entry));
                }
            }
        }
        byFirstWord.values().forEach(forms -> forms.sort(Comparator.comparingInt((Form f) -> f.words().length).reversed()));
    }

    /** Reads one paragraph; its uses are added to those already found. */
    void read(int paragraph, String text, List<Token> tokens) {
        if (byFirstWord.isEmpty()) {
            return;
        }
        int i = 0;
        while (i < tokens.size()) {
            Form match = null;
            List<Form> forms = byFirstWord.get(TermNormaliser.key(tokens.get(i).form()));
            if (forms != null) {
                for (Form form : forms) {
                    if (matches(form, text, tokens, i)) {
                        match = form;
                        break;
                    }
                }
            }
            if (match == null) {
                i++;
                continue;
            }
            int end = i + match.words().length;
            found.computeIfAbsent(match.entry(), e -> new ArrayList<>())
                    .add(new TermOccurrence(paragraph, tokens.get(i).start(), tokens.get(end - 1).end()));
            i = end;
        }
    }

    /** The entries used, each with its uses in reading order. */
    Map<GlossaryEntry, List<TermOccurrence>> found() {
        return found;
    }

    private static boolean matches(Form form, String text, List<Token> tokens, int at) {
        String[] words = form.words();
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            Token previous = tokens.get(at + k - 1);
            Token token = tokens.get(at + k);
            if (!text.substring(previous.end(), token.start()).isBlank() || !TermNormaliser.key(token.form()).equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
