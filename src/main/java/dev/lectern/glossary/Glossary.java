package dev.lectern.glossary;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.TermNormaliser;
import dev.lectern.analysis.Token;
import dev.lectern.doc.Document;
import dev.lectern.doc.Section;
import dev.lectern.entities.ArticleTokens;
import dev.lectern.entities.EntityIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The terms of one document that have an entry: from the reader's glossary file, acronyms the
 * text expands, and words of another language. Immutable and safe to share between threads.
 */
public final class Glossary {
    private static final Glossary EMPTY = new Glossary(List.of());

    private final List<GlossaryEntry> entries;
    /** Each paragraph's uses of a term, in reading order: the view asks for them at every line it draws. */
    private final Map<Integer, List<Use>> usesByParagraph = new HashMap<>();

    private record Use(TermOccurrence occurrence, GlossaryEntry entry) {
    }

    private Glossary(List<GlossaryEntry> entries) {
        this.entries = List.copyOf(entries);
        for (GlossaryEntry entry : this.entries) {
            for (TermOccurrence occurrence : entry.occurrences()) {
                usesByParagraph.computeIfAbsent(occurrence.paragraph(), p -> new ArrayList<>()).add(new Use(occurrence, entry));
            }
        }
        usesByParagraph.values().forEach(uses -> uses.sort(Comparator.comparingInt(use -> use.occurrence().start())));
    }

    public static Glossary of(List<GlossaryEntry> entries) {
        return new Glossary(entries);
    }

    public static Glossary empty() {
        return EMPTY;
    }

    /**
     * The glossary of {@code document}: the entries of {@code user} the text uses, the acronyms
     * it expands and its words of another language. Builds the entity index for the acronyms;
     * use {@link #build(Document, UserGlossary, EntityIndex)} when one is at hand.
     */
    public static Glossary build(Document document, UserGlossary user) {
        return build(document, user, EntityIndex.build(document));
    }

    /**
     * The same, reading acronyms from an entity index already built for {@code document}. Where
     * two sources explain one term, the reader's glossary wins over an acronym the text expands;
     * a foreign word the reader's glossary defines stays a language note, with the reader's
     * definition as what it means here.
     */
    public static Glossary build(Document document, UserGlossary user, EntityIndex entities) {
        return build(ArticleTokens.of(document), user, entities);
    }

    /** The same, from the article's tokens already cut (for the entities). */
    public static Glossary build(ArticleTokens article, UserGlossary user, EntityIndex entities) {
        Document document = article.document();
        Language language = article.language();
        List<String> texts = article.texts();
        List<List<Token>> tokens = article.tokens();
        List<GlossaryEntry> entries = new ArrayList<>();
        Set<GlossaryEntry> explainedAsNotes = new HashSet<>();
        for (LanguageNotes.Found note : LanguageNotes.find(texts, tokens, headings(document), language)) {
            Optional<GlossaryEntry> own = user.find(note.key());
            own.ifPresent(explainedAsNotes::add);
            entries.add(languageNote(note, own, LikelyMeanings.forArticleIn(language)));
        }
        TermFinder finder = new TermFinder(user, language);
        for (int p = 0; p < texts.size(); p++) {
            finder.read(article.number(p), texts.get(p), tokens.get(p));
        }
        for (Map.Entry<GlossaryEntry, List<TermOccurrence>> used : finder.found().entrySet()) {
            if (!explainedAsNotes.contains(used.getKey())) {
                GlossaryEntry entry = used.getKey();
                entries.add(GlossaryEntry.used(entry.term(), entry.aliases(), entry.definition(), entry.source(), entry.origin(),
                        used.getValue()));
            }
        }
        for (GlossaryEntry acronym : TextAcronyms.find(entities, document)) {
            if (user.find(acronym.term()).isEmpty()) {
                entries.add(acronym);
            }
        }
        entries.sort(Comparator.comparingInt((GlossaryEntry e) -> e.occurrences().get(0).paragraph())
                .thenComparingInt(e -> e.occurrences().get(0).start()));
        return new Glossary(entries);
    }

    /** The title (above paragraph 1) and the section headings, where English left in a headline shows most. */
    private static List<LanguageNotes.Heading> headings(Document document) {
        List<LanguageNotes.Heading> headings = new ArrayList<>();
        if (document.title() != null && !document.title().isBlank() && !document.paragraphs().isEmpty()
                && !isFileName(document.title(), document)) {
            headings.add(new LanguageNotes.Heading(1, document.title(), TermOccurrence.Part.TITLE));
        }
        for (Section section : document.sections()) {
            headings.add(new LanguageNotes.Heading(section.paragraph(), section.title(), TermOccurrence.Part.HEADING));
        }
        return headings;
    }

    /** A title made of the file's name (a text with no title line): not the author's words. */
    private static boolean isFileName(String title, Document document) {
        Path file = document.source() == null ? null : document.source().getFileName();
        return file != null && file.toString().startsWith(title);
    }

    private static GlossaryEntry languageNote(LanguageNotes.Found note, Optional<GlossaryEntry> own, LikelyMeanings meanings) {
        String language = note.language() == Language.ENGLISH ? "English" : "French";
        StringBuilder definition = new StringBuilder(language).append(note.key().contains(" ") ? " words" : " word");
        StringBuilder origin = new StringBuilder(note.language() == Language.ENGLISH
                ? "bundled English word list" : "French accents, not in the bundled English word list");
        Optional<String> meaning = meanings.of(note.key());
        meaning.ifPresent(m -> {
            definition.append("; likely meaning: ").append(m);
            origin.append("; meaning from the bundled ").append(language).append(note.language() == Language.ENGLISH
                    ? "→French list" : "→English list");
        });
        own.ifPresent(entry -> {
            definition.append(meaning.isPresent() ? " (here: " + entry.definition() + ")" : "; here: " + entry.definition());
            origin.append("; ").append(entry.origin());
        });
        return GlossaryEntry.used(note.written(), List.of(), definition.toString(), GlossarySource.LANGUAGE_NOTE,
                origin.toString(), note.occurrences());
    }

    /** Every entry, in the order the text first uses them. */
    public List<GlossaryEntry> entries() {
        return entries;
    }

    /** The entries used in paragraph {@code number}, in the order they come up there. */
    public List<GlossaryEntry> entriesIn(int number) {
        return usesByParagraph.getOrDefault(number, List.of()).stream().map(Use::entry).distinct().toList();
    }

    /** Where paragraph {@code number}'s text uses a term with an entry, in reading order (not its heading). */
    public List<TermOccurrence> occurrencesIn(int number) {
        return usesByParagraph.getOrDefault(number, List.of()).stream().map(Use::occurrence)
                .filter(TermOccurrence::inText).toList();
    }

    /** The entry whose term or alias is {@code term}, case and accents ignored. */
    public Optional<GlossaryEntry> find(String term) {
        String key = TermNormaliser.key(term);
        return entries.stream()
                .filter(e -> TermNormaliser.key(e.term()).equals(key) || e.aliases().stream().anyMatch(a -> TermNormaliser.key(a).equals(key)))
                .findFirst();
    }
}
