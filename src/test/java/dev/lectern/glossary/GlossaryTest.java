package dev.lectern.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.analysis.Language;
import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.doc.Paragraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryTest {
    private static final Path SEED = Path.of("content/kazakhstan-otsc.fr.txt");

    private static Document french(String... paragraphs) {
        List<Paragraph> list = new ArrayList<>();
        for (String text : paragraphs) {
            list.add(new Paragraph(list.size() + 1, text));
        }
        return new Document("", list, Language.FRENCH, null, List.of());
    }

    private static void assertOccurrencesSpell(Document document, GlossaryEntry entry, String... forms) {
        assertThat(entry.occurrences()).allSatisfy(o -> assertThat(document.paragraph(o.paragraph()).text().substring(o.start(), o.end()))
                .isIn((Object[]) forms));
    }

    @Test
    void theSeedWithItsShippedGlossary() throws Exception {
        Document seed = DocumentLoader.load(SEED);
        UserGlossary user = UserGlossary.load(UserGlossary.besideArticle(SEED));
        assertThat(user.problems()).isEmpty();
        Glossary glossary = Glossary.build(seed, user);

        GlossaryEntry otsc = glossary.find("CSTO").orElseThrow();
        assertThat(otsc.term()).isEqualTo("OTSC");
        assertThat(otsc.source()).isEqualTo(GlossarySource.USER);
        assertThat(otsc.paragraphs()).containsExactly(1, 2, 3);
        assertOccurrencesSpell(seed, otsc, "OTSC", "Organisation du traité de sécurité collective", "Organisation du Traité de sécurité collective");
        GlossaryEntry garde = glossary.find("garde nationale").orElseThrow();
        assertThat(garde.paragraphs()).containsExactly(5, 6);
        assertOccurrencesSpell(seed, garde, "Garde nationale");
        assertThat(glossary.find("Netblocks").orElseThrow().paragraphs()).containsExactly(2);

        GlossaryEntry cupboard = glossary.find("cupboard").orElseThrow();
        assertThat(cupboard.source()).isEqualTo(GlossarySource.LANGUAGE_NOTE);
        assertThat(cupboard.definition()).startsWith("English word; likely meaning: placard, armoire (here: the government cabinet");
        assertThat(cupboard.origin()).contains("glossary.conf, line");
        assertThat(glossary.entries()).filteredOn(e -> e.term().equals("cupboard")).hasSize(1);

        assertThat(glossary.entries()).extracting(e -> e.occurrences().get(0).paragraph()).isSorted();
        assertThat(glossary.entriesIn(6)).extracting(GlossaryEntry::term).startsWith("cupboard", "Kassym-Jomart Tokayev");
        assertThat(glossary.occurrencesIn(6)).extracting(TermOccurrence::start).isSorted();
    }

    @Test
    void onlyTermsTheTextUsesAreEntriesButTheUserGlossaryKnowsThemAll() {
        UserGlossary user = UserGlossary.parse("glossary.conf", "Almaty\n  A city.\n\nOTAN | NATO\n  An alliance.\n");
        Glossary glossary = Glossary.build(french("Les manifestants ont pris l’aéroport d’Almaty."), user);
        assertThat(glossary.entries()).extracting(GlossaryEntry::term).containsExactly("Almaty");
        assertThat(glossary.find("OTAN")).isEmpty();
        assertThat(user.find("nato")).map(GlossaryEntry::definition).contains("An alliance.");
    }

    @Test
    void anAcronymBeforeOrAfterItsExpansionInParentheses() {
        Glossary after = Glossary.build(french("Le Programme alimentaire mondial (PAM) a envoyé des vivres.",
                "Le PAM demande des fonds."), UserGlossary.empty());
        GlossaryEntry pam = after.find("PAM").orElseThrow();
        assertThat(pam.source()).isEqualTo(GlossarySource.ACRONYM);
        assertThat(pam.definition()).isEqualTo("Programme alimentaire mondial");
        assertThat(pam.origin()).isEqualTo("the text, ¶1");
        assertThat(pam.paragraphs()).containsExactly(1, 2);

        Glossary before = Glossary.build(french("Le chef du HCR (Haut Commissariat des Nations unies pour les réfugiés) est arrivé.",
                "Le HCR ouvre un camp."), UserGlossary.empty());
        assertThat(before.find("HCR").orElseThrow().definition()).startsWith("Haut Commissariat");
    }

    @Test
    void aNameElsewhereWhoseInitialsMakeTheAcronym() {
        Document document = french("L’Organisation mondiale de la santé a publié un rapport.", "Selon l’OMS, le virus recule.");
        GlossaryEntry oms = Glossary.build(document, UserGlossary.empty()).find("OMS").orElseThrow();
        assertThat(oms.definition()).isEqualTo("Organisation mondiale de la santé");
        assertThat(oms.origin()).isEqualTo("the text, ¶1");
        assertThat(oms.paragraphs()).containsExactly(2);
        assertOccurrencesSpell(document, oms, "OMS");
    }

    @Test
    void anAcronymTheTextNeverExplainsHasNoEntry() {
        assertThat(Glossary.build(french("Le FMI a prêté de l’argent à la Grèce."), UserGlossary.empty()).find("FMI")).isEmpty();
    }
}
