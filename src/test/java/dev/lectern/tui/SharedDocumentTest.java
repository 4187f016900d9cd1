package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.command.ReaderCommands;
import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentCache;
import dev.lectern.doc.Library;
import dev.lectern.search.SearchIndex;
import dev.lectern.session.PositionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two readers of one process on one article: one document and one analysis, two places. */
class SharedDocumentTest {
    @TempDir
    Path temp;

    private Workspace reader(String name, DocumentCache documents) {
        return new Workspace(new PositionStore(temp.resolve(name)), new ViewSettings(Theme.monochrome()),
                ReaderCommands.standard(), null, null, documents);
    }

    @Test
    void twoReadersShareTheArticleAndItsAnalysisButNotTheirPlaces() throws Exception {
        Path library = Files.createDirectories(temp.resolve("library"));
        Files.copy(Path.of("content/kazakhstan-otsc.fr.txt"), library.resolve("seed.txt"));
        DocumentCache documents = new DocumentCache(4);
        Workspace first = reader("first", documents);
        Workspace second = reader("second", documents);
        Library.Entry entry = Library.list(library).get(0); // each reader's listing loads on its own

        ReaderPage one = new ReaderPage(first.open(entry), first);
        ReaderPage other = new ReaderPage(second.open(library.resolve("seed.txt")), second);
        Document shared = first.open(entry);
        assertThat(second.open(entry)).isSameAs(shared);
        assertThat(second.open(library.resolve("seed.txt")).start()).isSameAs(shared);

        one.tick(); // the first screen is up: the analysis starts
        other.tick();
        ArticleAnalysis started = first.shared(shared, "analysis", () -> {
            throw new AssertionError("the analysis was not kept for the other readers");
        });
        ArticleAnalysis seenBySecond = second.shared(shared, "analysis", () -> null);
        assertThat(seenBySecond).isSameAs(started);

        one.session().jumpTo(5);
        one.session().setMark('a');
        assertThat(other.session().paragraph()).isEqualTo(1);
        assertThat(other.session().marks()).isEmpty();

        SearchIndex index = second.shared(shared, "search index", () -> SearchIndex.build(shared));
        SearchIndex seenByFirst = first.shared(shared, "search index", () -> null);
        assertThat(seenByFirst).isSameAs(index);
        started.glossary(); // let the analysis end before the directory goes
        List.of(one, other).forEach(ReaderPage::leave);
        VirtualScreen.finishSaving();
    }
}
