package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.doc.EpubBuilder;
import dev.lectern.session.PositionStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** t and :toc: the table of contents in a popup, Enter goes to a section, the status bar names the one being read. */
class ContentsPopupTest {
    @TempDir
    Path dir;

    private VirtualScreen open(Document document, int columns, int rows) throws Exception {
        return new VirtualScreen(columns, rows, new PositionStore(dir.resolve("state")), workspace -> new ReaderPage(document, workspace));
    }

    private Document book() throws Exception {
        EpubBuilder builder = EpubBuilder.epub3().title("The Slow River");
        for (String name : new String[] {"The Departure", "On the Water", "The Storm", "Landfall"}) {
            builder.textChapter(name.replace(' ', '-') + ".xhtml", name, 3);
        }
        return DocumentLoader.load(builder.writeTo(dir.resolve("river.epub")));
    }

    @Test
    void tListsTheChaptersAndEnterGoesToTheSelectedOne() throws Exception {
        VirtualScreen screen = open(book(), 100, 30);
        assertThat(screen.statusBar()).contains("The Slow River › The Departure").contains("¶ 1/12");

        screen.type("t");
        String popup = screen.text();
        assertThat(popup).contains(" Contents ").contains("The Departure").contains("On the Water")
                .contains("The Storm").contains("Landfall").contains("¶7").contains("Enter goes there");

        screen.type("jj").press(KeyType.Enter);
        assertThat(screen.text()).doesNotContain(" Contents ");
        assertThat(screen.statusBar()).contains("› The Storm").contains("¶ 7/12");
        assertThat(screen.row(0)).contains("The Storm");

        screen.type("jj"); // still in the same chapter
        assertThat(screen.statusBar()).contains("› The Storm").contains("¶ 9/12");
        screen.type("j");
        assertThat(screen.statusBar()).contains("› Landfall");
    }

    @Test
    void theContentsOpenOnTheSectionBeingReadAndEscClosesThem() throws Exception {
        VirtualScreen screen = open(book(), 100, 30);
        screen.type("jjjj"); // ¶5, in "On the Water"
        screen.command("toc");
        screen.press(KeyType.Enter); // the selected line is the section being read
        assertThat(screen.statusBar()).contains("› On the Water").contains("¶ 4/12");
        screen.type("t").press(KeyType.Escape);
        assertThat(screen.text()).doesNotContain(" Contents ");
        assertThat(screen.statusBar()).contains("¶ 4/12");
    }

    @Test
    void manyChaptersAreOneLineEachAndScrollToTheSelection() throws Exception {
        EpubBuilder builder = EpubBuilder.epub3();
        for (int c = 1; c <= 40; c++) {
            builder.textChapter("c" + c + ".xhtml", "Chapter " + c, 1);
        }
        VirtualScreen screen = open(DocumentLoader.load(builder.writeTo(dir.resolve("long.epub"))), 80, 24);
        screen.type("t");
        String popup = screen.text();
        assertThat(popup).contains("Chapter 1 ").contains("Chapter 2 ").contains("Chapter 15").doesNotContain("Chapter 40");
        int first = screen.rows().indexOf(screen.rows().stream().filter(r -> r.contains("¶1    Chapter 1 ")).findFirst().orElseThrow());
        assertThat(screen.row(first + 1)).contains("¶2    Chapter 2 "); // no blank row between sections
        screen.type("G");
        assertThat(screen.text()).contains("Chapter 40");
        screen.press(KeyType.Enter);
        assertThat(screen.statusBar()).contains("› Chapter 40").contains("¶ 40/40");
    }

    @Test
    void aDocumentWithoutHeadingsSaysSoInTheContents() throws Exception {
        Document plain = DocumentLoader.parse("One.\n\nTwo.\n".getBytes(StandardCharsets.UTF_8), "plain.txt", null);
        VirtualScreen screen = open(plain, 80, 24);
        screen.type("t");
        assertThat(screen.text()).contains(" Contents ").contains("This document has no sections: it has no headings.");
        screen.press(KeyType.Escape);
        assertThat(screen.text()).doesNotContain(" Contents ");
    }

    @Test
    void markdownHeadingsAreSectionsAndANarrowBarKeepsTheSection() throws Exception {
        Document markdown = DocumentLoader.parse(("# A Rather Long Title For A Narrow Terminal\n\nIntro.\n\n"
                + "## The Section Being Read\n\nText.\n").getBytes(StandardCharsets.UTF_8), "notes.md", null);
        VirtualScreen screen = open(markdown, 44, 12);
        assertThat(screen.statusBar()).doesNotContain("›"); // before the first heading: the title alone
        screen.type("j");
        assertThat(screen.statusBar()).contains("A Rath… › The Section Being R…").contains("¶ 2/2");
        screen.resize(60, 12);
        assertThat(screen.statusBar()).contains("A Rather Long Title … › The Section Being Read");
    }

    @Test
    void theTitleGivesWayToTheSection() {
        assertThat(ReaderPage.titleAndSection("Title", "Section", 40)).isEqualTo("Title › Section");
        assertThat(ReaderPage.titleAndSection("A very long book title indeed", "Chapter Two", 30))
                .isEqualTo("A very long boo… › Chapter Two");
        assertThat(ReaderPage.titleAndSection("Book", "A chapter title far too long for the bar at all", 20))
                .isEqualTo("A chapter title far…");
        assertThat(ReaderPage.titleAndSection("Book", null, 20)).isEqualTo("Book");
    }
}
