package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChapterHeadingsTest {
    @Test
    void headingsAsBooksWriteThem() {
        for (String heading : List.of("CHAPITRE I", "Chapitre 12", "Chapitre premier", "CHAPITRE XIV. Le retour de M. d'Artagnan",
                "Chapter 2", "CHAPTER TWO", "Chapter 3: The Storm", "Chapter IV — A Letter", "BOOK ONE", "Livre deuxième",
                "Deuxième partie", "PART 2", "Prologue", "Épilogue", "IV", "XII.", "  VII  ")) {
            assertThat(ChapterHeadings.isHeading(heading)).as(heading).isTrue();
        }
    }

    @Test
    void textIsNotAHeading() {
        for (String text : List.of("", "Chapter", "Part of the problem is the weather.", "Livre de poche",
                "Une partie de cartes commença.", "Il entra.", "MIX", "mix", "vi", "Chapitre I " + "x".repeat(120),
                "CHAPITRE I\nLe retour")) {
            assertThat(ChapterHeadings.isHeading(text)).as(text).isFalse();
        }
    }

    @Test
    void aBookHasAtLeastTwoChapters() {
        List<Paragraph> one = List.of(new Paragraph(1, "Intro."), new Paragraph(2, "IV"), new Paragraph(3, "Text."));
        assertThat(ChapterHeadings.find(one)).isEmpty();
        List<Paragraph> two = List.of(new Paragraph(1, "Chapitre 1"), new Paragraph(2, "Texte."), new Paragraph(3, "Chapitre 2"),
                new Paragraph(4, "Suite."));
        assertThat(ChapterHeadings.find(two)).containsExactly(new Section(1, "Chapitre 1"), new Section(3, "Chapitre 2"));
    }
}
