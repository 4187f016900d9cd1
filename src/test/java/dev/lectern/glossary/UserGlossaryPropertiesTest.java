package dev.lectern.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.doc.HostileText;
import dev.lectern.doc.ScreenText;
import dev.lectern.doc.TextSanitizer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever glossary.conf holds (it comes with the article, untrusted): entries safe to show, or problems. */
class UserGlossaryPropertiesTest {
    @Provide
    Arbitrary<String> hostile() {
        return HostileText.text(40);
    }

    @Property(tries = 1000)
    void anyTextGivesSafeEntriesAndProblems(@ForAll("hostile") String text) {
        UserGlossary glossary = UserGlossary.parse("glossary\u0007.conf", text);
        for (GlossaryEntry entry : glossary.entries()) {
            ScreenText.assertSafe("term", entry.term(), false);
            entry.aliases().forEach(alias -> ScreenText.assertSafe("alias", alias, false));
            ScreenText.assertSafe("definition", entry.definition(), false);
            assertThat(glossary.find(entry.term())).isPresent();
        }
        glossary.problems().forEach(problem -> ScreenText.assertSafeMessage("glossary problem", problem.toString()));
    }

    @Property(tries = 300)
    void indentedLinesUnderATermAreItsDefinitionWhateverTheyHold(@ForAll("hostile") String definition) {
        String line = definition.replaceAll("\\R", " ").strip();
        UserGlossary glossary = UserGlossary.parse("g.conf", "Term\n    " + line + "\n");
        String shown = TextSanitizer.clean(line.replace('\t', ' ')).strip(); // a whole escape sequence shows as nothing
        if (!shown.isEmpty() && !shown.startsWith("#")) {
            assertThat(glossary.entries()).hasSize(1);
            assertThat(glossary.entries().get(0).term()).isEqualTo("Term");
        }
    }
}
