package dev.lectern.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.doc.Library;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A served reader's reading list over each store: reading keys in the reader's state, the articles from the library. */
abstract class ServedReadingListContract {
    @TempDir
    Path library;

    private ReaderState.Store store;
    /** Another {@code lectern serve} instance on the same state. */
    private ReaderState.Store otherInstance;
    private String anne;
    private String bruno;

    abstract ReaderState.Store openStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openStore();
        otherInstance = openStore();
        String unique = java.util.UUID.randomUUID().toString().replace("-", "");
        anne = "SHA256:anne" + unique;
        bruno = "SHA256:bruno" + unique;
        write("a-harbour.md", "# Harbour at dawn\n\nThe boats came in before the sun was up.\n");
        write("b-market.md", "# Market day\n\nThe stalls opened at eight along the river.\n");
        write("c-river.md", "# The river\n\nIt rose all night and the bridge was closed.\n");
    }

    @AfterEach
    void close() {
        store.close();
        otherInstance.close();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(library.resolve(name), text);
    }

    private ServedReadingList listOf(ReaderState.Store on, String reader) {
        return new ServedReadingList(on.reader(reader), () -> Library.list(library));
    }

    private Document article(String name) throws Exception {
        return DocumentLoader.load(library.resolve(name));
    }

    private static List<String> titles(List<Library.Entry> entries) {
        return entries.stream().map(entry -> entry.document().title()).toList();
    }

    @Test
    void savingKeepsTheReadingKeyOnceAndTheArticleIsListedWithItsDate() throws Exception {
        ServedReadingList list = listOf(store, anne);
        Instant before = Instant.now().minusSeconds(2);
        assertThat(list.keep(article("b-market.md"), Instant.now())).isEqualTo(ReadLater.Outcome.SAVED);
        assertThat(list.keep(article("b-market.md"), Instant.now())).isEqualTo(ReadLater.Outcome.ALREADY_SAVED);

        assertThat(store.reader(anne).readingList()).extracting(ReaderState.Kept::readingKey)
                .containsExactly(library.resolve("b-market.md").toAbsolutePath().normalize().toString());
        assertThat(list.articles()).singleElement().satisfies(entry -> {
            assertThat(entry.document().title()).isEqualTo("Market day");
            assertThat(entry.saved()).isTrue();
            assertThat(entry.savedAt()).isBetween(before, Instant.now().plusSeconds(2));
        });
    }

    @Test
    void theLibraryShowsTheSavedArticlesFirstNewestFirstThenTheOthersOnce() throws Exception {
        ServedReadingList list = listOf(store, anne);
        assertThat(titles(list.library())).containsExactly("Harbour at dawn", "Market day", "The river");
        list.keep(article("b-market.md"), Instant.now());
        Thread.sleep(5);
        list.keep(article("c-river.md"), Instant.now());
        List<Library.Entry> shown = list.library();
        assertThat(titles(shown)).containsExactly("The river", "Market day", "Harbour at dawn");
        assertThat(shown).extracting(Library.Entry::saved).containsExactly(true, true, false);
    }

    @Test
    void anotherKeyDoesNotSeeThemAnotherInstanceDoes() throws Exception {
        listOf(store, anne).keep(article("a-harbour.md"), Instant.now());
        assertThat(listOf(store, bruno).articles()).isEmpty();
        assertThat(titles(listOf(otherInstance, anne).articles())).containsExactly("Harbour at dawn");
    }

    @Test
    void removingTakesTheKeyOffAndLeavesTheLibrarysFile() throws Exception {
        listOf(store, anne).keep(article("a-harbour.md"), Instant.now());
        listOf(store, anne).keep(article("c-river.md"), Instant.now());
        ServedReadingList elsewhere = listOf(otherInstance, anne);
        Library.Entry harbour = elsewhere.articles().stream().filter(e -> e.document().title().startsWith("Harbour")).findFirst().orElseThrow();
        elsewhere.remove(harbour);
        assertThat(titles(listOf(store, anne).articles())).containsExactly("The river");
        assertThat(library.resolve("a-harbour.md")).exists();
        assertThat(titles(listOf(store, anne).library())).containsExactly("The river", "Harbour at dawn", "Market day");
    }

    @Test
    void anArticleThatLeftTheLibraryIsNotListedButComesBackWithIt() throws Exception {
        ServedReadingList list = listOf(store, anne);
        list.keep(article("b-market.md"), Instant.now());
        Path market = library.resolve("b-market.md");
        String text = Files.readString(market);
        Files.delete(market);
        assertThat(list.articles()).isEmpty();
        assertThat(titles(list.library())).containsExactly("Harbour at dawn", "The river");
        assertThat(store.reader(anne).readingList()).hasSize(1);
        Files.writeString(market, text);
        assertThat(titles(list.articles())).containsExactly("Market day");
    }

    @Test
    void anArticleOutsideTheLibraryIsRefusedAndNothingIsWritten(@TempDir Path elsewhere) throws Exception {
        Path stranger = Files.writeString(elsewhere.resolve("notes.md"), "# Notes\n\nNot in the library.\n");
        assertThatThrownBy(() -> listOf(store, anne).keep(DocumentLoader.load(stranger), Instant.now()))
                .isInstanceOf(IOException.class).hasMessageContaining("only the library's articles");
        assertThat(store.reader(anne).readingList()).isEmpty();
    }
}
