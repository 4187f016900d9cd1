package dev.lectern.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.Tokenizer;
import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.doc.Paragraph;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageNotesTest {
    private static List<String> notes(String text, Language language) {
        return LanguageNotes.find(List.of(text), List.of(Tokenizer.tokens(text, language)), language).stream()
                .map(LanguageNotes.Found::written).toList();
    }

    @Test
    void theSeedsEnglishWordsAreCaught() throws Exception {
        Glossary glossary = Glossary.build(DocumentLoader.load(Path.of("content/kazakhstan-otsc.fr.txt")), UserGlossary.empty());
        assertThat(GlossaryEvaluation.seedWordsCaught(glossary)).containsExactlyElementsOf(GlossaryEvaluation.SEED_WORDS);
        assertThat(glossary.find("vacation spot")).map(GlossaryEntry::definition).contains("English words; likely meaning: lieu de vacances");
        assertThat(glossary.find("nationwide").orElseThrow().paragraphs()).containsExactly(2);
        assertThat(glossary.find("nationwide").orElseThrow().occurrences()).hasSize(2);
    }

    @Test
    void adjacentEnglishWordsMakeOneNoteAndItsPlaceIsTheWordsOwn() {
        String text = "Il a ouvert la cupboard door de la cuisine.";
        List<LanguageNotes.Found> found = LanguageNotes.find(List.of(text), List.of(Tokenizer.tokens(text, Language.FRENCH)), Language.FRENCH);
        assertThat(found).extracting(LanguageNotes.Found::written).containsExactly("cupboard door");
        TermOccurrence at = found.get(0).occurrences().get(0);
        assertThat(text.substring(at.start(), at.end())).isEqualTo("cupboard door");
    }

    @Test
    void namesFrenchWordsNumbersAndAddressesAreNotNotes() {
        assertThat(notes("Selon le Washington Post et Worldwide Partners, le second spot publicitaire coûte 3 500 euros.", Language.FRENCH)).isEmpty();
        assertThat(notes("Through Baza, on apprend que la police a menti.", Language.FRENCH)).isEmpty();
        assertThat(notes("Écrivez à contact@cupboard.com ou sur www.nationwide.fr pour #worldwide.", Language.FRENCH)).isEmpty();
    }

    @Test
    void aQuotationInEnglishIsNotABorrowedWord() {
        assertThat(notes("Il a déclaré : « we will never surrender to these people » avant de partir.", Language.FRENCH)).isEmpty();
    }

    @Test
    void frenchWordsInAnEnglishText() {
        assertThat(notes("The minister had a strange feeling of déjà vu at the café; the mairie was closed.", Language.ENGLISH))
                .containsExactly("déjà vu", "mairie");
        assertThat(notes("The élite met at the café in Orléans.", Language.ENGLISH)).isEmpty();
    }

    @Test
    void otherLanguagesGetNoNotes() {
        assertThat(notes("Der Schrank ist worldwide bekannt.", Language.OTHER)).isEmpty();
    }

    @Test
    void anEnglishWordOpeningASentenceIsCaughtButNotANameOrAPairOfCapitals() {
        assertThat(notes("Le marché a baissé. Nationwide, les prix montent aussi.", Language.FRENCH))
                .containsExactly("nationwide");
        assertThat(notes("Through Baza, on apprend tout. Black Friday arrive.", Language.FRENCH)).isEmpty();
        // capitalised inside a sentence elsewhere: a name (a company, a band), not a word
        assertThat(notes("Cupboard a levé des fonds. Les fondateurs de Cupboard sont à Lyon.", Language.FRENCH)).isEmpty();
    }

    @Test
    void theTitleAndTheHeadingsAreReadAndTheirNotesSayWhere() {
        Document document = new Document("Le meilleur weekend de l’année",
                List.of(new Paragraph(1, "Il fait beau."), new Paragraph(2, "On part en vacances.", "Cupboard : le guide")),
                Language.FRENCH, null, List.of());
        Glossary glossary = Glossary.build(document, UserGlossary.empty());
        GlossaryEntry weekend = glossary.find("weekend").orElseThrow();
        assertThat(weekend.occurrences()).extracting(TermOccurrence::paragraph, TermOccurrence::part)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, TermOccurrence.Part.TITLE));
        GlossaryEntry cupboard = glossary.find("cupboard").orElseThrow();
        assertThat(cupboard.term()).isEqualTo("cupboard");
        assertThat(cupboard.occurrences()).extracting(TermOccurrence::paragraph, TermOccurrence::part)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, TermOccurrence.Part.HEADING));
        assertThat(glossary.entriesIn(2)).contains(cupboard);
        assertThat(glossary.occurrencesIn(2)).isEmpty(); // nothing to highlight in the paragraph's own text
    }

    @Test
    void aTitleThatIsTheFileNameIsNotRead() {
        Document document = new Document("weekend-notes", List.of(new Paragraph(1, "Il fait beau.")),
                Language.FRENCH, Path.of("/tmp/weekend-notes.txt"), List.of());
        assertThat(Glossary.build(document, UserGlossary.empty()).find("weekend")).isEmpty();
    }
}
