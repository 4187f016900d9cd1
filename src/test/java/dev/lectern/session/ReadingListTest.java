package dev.lectern.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.analysis.Language;
import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.doc.Library;
import dev.lectern.doc.Metadata;
import dev.lectern.doc.Paragraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingListTest {
    @TempDir
    Path data;

    @TempDir
    Path articles;

    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-01T09:00:00Z");

    /** An article as the web reader would make it: text, a section, metadata with its address. */
    private static Document webArticle(String title, String canonical, String text) {
        List<Paragraph> paragraphs = List.of(new Paragraph(1, text),
                new Paragraph(2, "Second <paragraph> & \"quotes\".", "A section"),
                new Paragraph(3, "• a list item"),
                new Paragraph(4, "code line one\n    indented line two", "Code\nSub-section"));
        return new Document(title, paragraphs, Language.ENGLISH, null, List.of(),
                new Metadata("Ann Author", "The Daily", "2026-11-29", "en", "http://127.0.0.1:1/page?id=1", canonical));
    }

    @Test
    void aSavedArticleReadsBackWithItsTextSectionsAndMetadata() throws Exception {
        ReadingList list = new ReadingList(data.resolve("library"));
        Document article = webArticle("Ports reopen", "https://news.example/ports", "First paragraph, with a comma.");

        ReadingList.Outcome outcome = list.save(article, MONDAY);

        assertThat(outcome.replaced()).isFalse();
        assertThat(outcome.file().getFileName().toString()).startsWith("ports-reopen-").endsWith(".html");
        List<Library.Entry> saved = list.articles();
        assertThat(saved).hasSize(1);
        Library.Entry entry = saved.get(0);
        assertThat(entry.savedAt()).isEqualTo(MONDAY);
        assertThat(entry.saved()).isTrue();
        Document back = entry.document();
        assertThat(back.title()).isEqualTo("Ports reopen");
        assertThat(back.paragraphs()).extracting(Paragraph::text)
                .containsExactlyElementsOf(article.paragraphs().stream().map(Paragraph::text).toList());
        assertThat(back.paragraphs()).extracting(Paragraph::heading)
                .containsExactlyElementsOf(article.paragraphs().stream().map(Paragraph::heading).toList());
        assertThat(back.metadata()).isEqualTo(article.metadata());
        // The position of the saved copy is the position of its web address.
        assertThat(back.readingKey()).isEqualTo("https://news.example/ports").isEqualTo(article.readingKey());
    }

    @Test
    void theSameAddressIsSavedOnceEvenUnderANewTitle() throws Exception {
        ReadingList list = new ReadingList(data);
        list.save(webArticle("Ports reopen", "https://news.example/ports", "Old text."), MONDAY);

        ReadingList.Outcome again = list.save(webArticle("Ports reopen at last", "https://news.example/ports", "New text."), TUESDAY);

        assertThat(again.replaced()).isTrue();
        assertThat(htmlFiles()).containsExactly(again.file());
        Library.Entry only = list.articles().get(0);
        assertThat(only.document().title()).isEqualTo("Ports reopen at last");
        assertThat(only.document().paragraph(1).text()).isEqualTo("New text.");
        assertThat(only.savedAt()).isEqualTo(TUESDAY);
    }

    @Test
    void otherAddressesAreOtherArticlesListedNewestFirst() throws Exception {
        ReadingList list = new ReadingList(data);
        list.save(webArticle("Older", "https://news.example/a", "A."), MONDAY);
        list.save(webArticle("Newer", "https://news.example/b", "B."), TUESDAY);

        assertThat(list.articles()).extracting(e -> e.document().title()).containsExactly("Newer", "Older");
    }

    @Test
    void aLocalFileIsKeptUnderItsOwnPathAndSavedOnce() throws Exception {
        Path file = articles.resolve("notes.md");
        Files.writeString(file, "# Notes\n\nOne.\n");
        ReadingList list = new ReadingList(data);

        list.save(DocumentLoader.load(file), MONDAY);
        Files.writeString(file, "# Notes, revised\n\nOne and two.\n");
        ReadingList.Outcome again = list.save(DocumentLoader.load(file), TUESDAY);

        assertThat(again.replaced()).isTrue();
        assertThat(htmlFiles()).hasSize(1);
        assertThat(list.articles().get(0).document().paragraph(1).text()).isEqualTo("One and two.");
    }

    @Test
    void escapesAndMarkupInTheTextStayText() throws Exception {
        ReadingList list = new ReadingList(data);
        Document tricky = webArticle("A <b>bold</b> & </title> title", "https://news.example/t",
                "Text with <script>alert(1)</script> and &amp; kept as typed.");

        list.save(tricky, MONDAY);

        Document back = list.articles().get(0).document();
        assertThat(back.title()).isEqualTo("A <b>bold</b> & </title> title");
        assertThat(back.paragraph(1).text()).isEqualTo("Text with <script>alert(1)</script> and &amp; kept as typed.");
    }

    @Test
    void removesItsOwnCopiesOnly() throws Exception {
        ReadingList list = new ReadingList(data);
        Path kept = list.save(webArticle("Kept", "https://news.example/k", "K."), MONDAY).file();
        Path outside = articles.resolve("precious.html");
        Files.writeString(outside, "<p>mine</p>");

        assertThatThrownBy(() -> list.remove(outside)).isInstanceOf(IOException.class).hasMessageContaining("not in the reading list");
        list.remove(kept);

        assertThat(outside).exists();
        assertThat(list.articles()).isEmpty();
    }

    @Test
    void anUnreadableCopyIsListedWithWhyAndNoTemporaryFileIsLeft() throws Exception {
        ReadingList list = new ReadingList(data);
        list.save(webArticle("Fine", "https://news.example/f", "F."), MONDAY);
        Files.write(data.resolve("broken-123456789abc.html"), new byte[] {0, 1, 2, 3, 4});

        List<Library.Entry> saved = list.articles();

        assertThat(saved).hasSize(2);
        assertThat(saved).filteredOn(e -> !e.readable()).singleElement()
                .satisfies(e -> assertThat(e.problem()).isNotBlank());
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anEmptyOrMissingListHasNoArticles() throws Exception {
        assertThat(new ReadingList(data.resolve("never-made")).articles()).isEmpty();
    }

    @Test
    void theDataDirectoryFollowsXdg() {
        assertThat(ReadingList.standard(java.util.Map.of("XDG_DATA_HOME", "/srv/data")).directory())
                .isEqualTo(Path.of("/srv/data/lectern/library"));
        assertThat(ReadingList.standard(java.util.Map.of("XDG_DATA_HOME", "relative")).directory())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local/share/lectern/library"));
    }

    private List<Path> htmlFiles() throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }
}
