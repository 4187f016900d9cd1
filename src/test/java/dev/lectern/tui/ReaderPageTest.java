package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.input.KeyType;
import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import dev.lectern.layout.DisplayWidth;
import dev.lectern.session.PositionStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderPageTest {
    private static final Path SEED = Path.of("content/kazakhstan-otsc.fr.txt");

    @org.junit.jupiter.api.AfterEach
    void letTheSaversFinish() {
        VirtualScreen.finishSaving();
    }

    @TempDir
    Path state;

    private static java.util.function.Function<Workspace, Page> seed() throws Exception {
        Document document = DocumentLoader.load(SEED);
        return workspace -> new ReaderPage(document, workspace);
    }

    private VirtualScreen seedScreen(int columns, int rows) throws Exception {
        return new VirtualScreen(columns, rows, new PositionStore(state), seed());
    }

    private static Document text(String name, String body) throws Exception {
        return DocumentLoader.parse(body.getBytes(StandardCharsets.UTF_8), name, null);
    }

    @Test
    void showsTheFirstParagraphNumberedWithTitleAndPositionInTheStatusBar() throws Exception {
        VirtualScreen screen = seedScreen(80, 24);
        assertThat(screen.row(0)).contains("1 L’Organisation du traité");
        assertThat(screen.statusBar()).contains("MISE À JOUR").contains("¶ 1/8");
    }

    @Test
    void movesByParagraphWithTheDefaultKeys() throws Exception {
        VirtualScreen screen = seedScreen(80, 24);
        screen.type("jjj");
        assertThat(screen.row(0)).contains("4 Le gouvernement de la ville");
        assertThat(screen.statusBar()).contains("¶ 4/8");
        screen.type("k");
        assertThat(screen.statusBar()).contains("¶ 3/8");
        screen.press(KeyType.ArrowDown).press(KeyType.PageDown).type(" ");
        assertThat(screen.statusBar()).contains("¶ 6/8");
        screen.press(KeyType.ArrowUp).press(KeyType.PageUp).type("b");
        assertThat(screen.statusBar()).contains("¶ 3/8");
        screen.type("G");
        assertThat(screen.row(0)).contains("8 Les États-Unis");
        assertThat(screen.statusBar()).contains("¶ 8/8").contains("100%");
        screen.type("j");
        assertThat(screen.statusBar()).contains("End of the article").contains("¶ 8/8");
        screen.press(KeyType.Home);
        assertThat(screen.statusBar()).contains("¶ 1/8");
        screen.press(KeyType.End);
        assertThat(screen.statusBar()).contains("¶ 8/8");
        screen.type("g");
        assertThat(screen.statusBar()).contains("¶ 1/8");
    }

    @Test
    void marksAndTheWayBack() throws Exception {
        VirtualScreen screen = seedScreen(80, 24);
        screen.type("jma");
        assertThat(screen.statusBar()).contains("Mark a set at ¶2");
        screen.type("G'a");
        assertThat(screen.statusBar()).contains("¶ 2/8");
        screen.type("''");
        assertThat(screen.statusBar()).contains("¶ 8/8");
        screen.type("'z");
        assertThat(screen.statusBar()).contains("No mark z").contains("¶ 8/8");
    }

    @Test
    void helpListsTheBindingsInPlainWordsAndEscClosesIt() throws Exception {
        VirtualScreen screen = seedScreen(100, 30);
        screen.type("?");
        assertThat(screen.text()).contains("Keys").contains("next paragraph").contains("previous paragraph")
                .contains("j, Down, Space, PageDown").contains("first paragraph");
        screen.press(KeyType.Escape);
        assertThat(screen.text()).doesNotContain("next paragraph");
        assertThat(screen.row(0)).contains("1 L’Organisation");
        screen.type("?q");
        assertThat(screen.text()).doesNotContain("next paragraph");
        assertThat(screen.app.finished()).isFalse();
    }

    @Test
    void theEntityPaneShowsFromNinetyColumnsAndTheKeyTogglesIt() throws Exception {
        VirtualScreen wide = seedScreen(100, 30);
        assertThat(wide.row(0)).contains("Entities");
        wide.type("e");
        assertThat(wide.row(0)).doesNotContain("Entities");

        VirtualScreen narrow = seedScreen(80, 24);
        assertThat(narrow.row(0)).doesNotContain("Entities");
        narrow.type("e");
        assertThat(narrow.row(0)).contains("Entities");
    }

    @Test
    void noLineIsWiderThanItsColumnAndWordsAreWhole() throws Exception {
        VirtualScreen screen = seedScreen(60, 20);
        // 60 columns: a gutter of 6, text wrapped to 53, and the last column left as a margin.
        for (String row : screen.rows().subList(0, 19)) {
            assertThat(row.charAt(59)).as(row).isEqualTo(' ');
            String text = row.stripTrailing();
            assertThat(DisplayWidth.of(text.substring(Math.min(6, text.length())))).isLessThanOrEqualTo(53);
        }
        // "L’Organisation du traité de sécurité collective indique que" must not be cut mid-word
        String firstLine = screen.row(0).strip();
        assertThat(firstLine).matches("│\\s+1 .*\\S");
        String lastWord = firstLine.substring(firstLine.lastIndexOf(' ') + 1);
        assertThat(DocumentLoader.load(SEED).paragraph(1).text()).contains(" " + lastWord + " ");
    }

    @Test
    void resizeRewrapsAndKeepsTheCurrentParagraph() throws Exception {
        VirtualScreen screen = seedScreen(100, 30);
        screen.type("jj");
        screen.resize(50, 15);
        assertThat(screen.row(0)).contains("3 Dans une");
        assertThat(screen.statusBar()).contains("¶ 3/8");
        // Re-wrapped to 43 columns: no text in the last column, and the lines got shorter.
        for (String row : screen.rows().subList(0, 14)) {
            assertThat(row.charAt(49)).as(row).isEqualTo(' ');
        }
        assertThat(screen.row(1)).doesNotContain("“gangs terroristes”");
    }

    @Test
    void aTooSmallTerminalShowsANoticeAndRecovers() throws Exception {
        VirtualScreen screen = seedScreen(80, 24);
        screen.resize(30, 8);
        assertThat(screen.text()).contains("Terminal too small").doesNotContain("L’Organisation");
        screen.type("j"); // nothing to see moving: the place is kept
        screen.resize(80, 24);
        assertThat(screen.row(0)).contains("1 L’Organisation");
        screen.type("j");
        assertThat(screen.row(0)).contains("2 Le président");
    }

    @Test
    void aParagraphTallerThanThePageScrollsWithinItselfFirst() throws Exception {
        String longParagraph = "mot ".repeat(400).strip() + " FIN";
        Document document = text("long.txt", "Long\n\nDébut " + longParagraph + "\n\nSecond paragraph.\n");
        VirtualScreen screen = new VirtualScreen(40, 10, null, w -> new ReaderPage(document, w));
        assertThat(screen.row(0)).contains("1 Début");
        screen.type("j");
        assertThat(screen.statusBar()).contains("¶ 1/2");
        assertThat(screen.row(0)).doesNotContain("Début").contains("mot");
        int steps = 0;
        while (!screen.statusBar().contains("¶ 2/2") && steps++ < 100) {
            screen.type("j");
        }
        assertThat(screen.row(0)).contains("2 Second paragraph.");
        assertThat(steps).isGreaterThan(5);
        screen.type("k");
        assertThat(screen.row(0)).contains("1 Début");
    }

    @Test
    void emojiAndWideCharactersKeepColumnsAligned() throws Exception {
        Document document = text("wide.txt", "Wide\n\nA😀B 日本語 end\n");
        VirtualScreen screen = new VirtualScreen(40, 10, null, w -> new ReaderPage(document, w));
        String row = screen.row(0);
        assertThat(row).contains("A" + Glyphs.PLACEHOLDER + " B 日本語 end");
        int a = row.indexOf('A');
        // A, a two-column placeholder, B: the B sits three columns after the A, as a terminal draws it.
        assertThat(screen.cell(a + 3, 0).getCharacterString()).isEqualTo("B");
        assertThat(screen.cell(a + 5, 0).getCharacterString()).isEqualTo("日");
        assertThat(screen.cell(a + 7, 0).getCharacterString()).isEqualTo("本");
    }

    /** A kept frame is for the next start: only a screen laid out as a start lays it out is kept. */
    @Test
    void aToggledPaneOrASetLastsOneSessionAndTheScreenIsNoLongerAsAtStart() throws Exception {
        for (String change : new String[] {"e", ":set wrap 60", ":set theme mono"}) {
            VirtualScreen screen = seedScreen(120, 40);
            assertThat(((ReaderPage) screen.app.lastDrawnAlone()).laidOutAsAtStart()).isTrue();
            screen.type("j");
            assertThat(((ReaderPage) screen.app.lastDrawnAlone()).laidOutAsAtStart()).isTrue();
            if (change.startsWith(":")) {
                screen.command(change.substring(1));
            } else {
                screen.type(change);
            }
            assertThat(((ReaderPage) screen.app.lastDrawnAlone()).laidOutAsAtStart()).as(change).isFalse();
        }
    }

    @Test
    void monochromeMarksTheCurrentParagraphWithoutColour() throws Exception {
        VirtualScreen screen = new VirtualScreen(80, 24, new PositionStore(state), seed(), Theme.monochrome());
        String row = screen.row(0);
        int number = row.indexOf("1 L’Organisation");
        assertThat(screen.cell(number, 0).getModifiers()).contains(SGR.REVERSE);
        assertThat(screen.cell(number + 3, 0).getForegroundColor()).isEqualTo(com.googlecode.lanterna.TextColor.ANSI.DEFAULT);
        assertThat(screen.statusBar()).contains("¶ 1/8");
        assertThat(screen.cell(0, 23).getModifiers()).contains(SGR.REVERSE);
    }

    @Test
    void theReadingPositionIsSavedOnQuitAndRestoredOnReopen() throws Exception {
        VirtualScreen first = seedScreen(80, 24);
        first.type("jjjmb").type("q");
        assertThat(first.app.finished()).isTrue();
        VirtualScreen again = seedScreen(80, 24);
        assertThat(again.statusBar()).contains("¶ 4/8");
        again.type("g'b");
        assertThat(again.statusBar()).contains("¶ 4/8");
    }

    @Test
    void aCorruptStateFileCostsAWarningNotTheSession() throws Exception {
        seedScreen(80, 24).type("jq");
        try (var files = Files.walk(state)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.writeString(file, "position=not a number\n");
            }
        }
        VirtualScreen screen = seedScreen(120, 24);
        assertThat(screen.statusBar()).contains("Could not restore the reading position").contains("¶ 1/8");
        screen.type("j");
        assertThat(screen.statusBar()).contains("¶ 2/8");
    }

    @Test
    void aLongFileShowsItsStartThenTheWholeKeepingThePlace() throws Exception {
        StringBuilder text = new StringBuilder("Long book\n\n");
        for (int i = 1; text.length() < 600_000; i++) {
            text.append("Paragraph ").append(i).append(" says something worth reading, again and again.\n\n");
        }
        Path file = state.resolve("book.txt");
        Files.writeString(file, text);
        var opening = DocumentLoader.open(file);
        VirtualScreen screen = new VirtualScreen(80, 24, null, w -> new ReaderPage(opening, w));
        assertThat(screen.statusBar()).contains("¶ 1/…").contains("loading");
        screen.type("jj");
        assertThat(screen.statusBar()).contains("¶ 3/…");
        screen.type("G");
        int total = DocumentLoader.load(file).size();
        assertThat(screen.statusBar()).contains("¶ " + total + "/" + total);
        assertThat(screen.row(0)).contains(total + " Paragraph " + total + " says");
        screen.type("''");
        assertThat(screen.statusBar()).contains("¶ 3/" + total);
    }

    @Test
    void theCommandLineRunsCommandsAndShowsTheirErrorsOnTheStatusBar() throws Exception {
        VirtualScreen screen = seedScreen(100, 30);
        screen.command("jump 5");
        assertThat(screen.prompts).containsExactly(":");
        assertThat(screen.row(0)).contains("5 Des protestations");
        screen.command("ju -2");
        assertThat(screen.statusBar()).contains("¶ 3/8");
        screen.command("jmup 1");
        assertThat(screen.statusBar()).contains("Unknown command 'jmup'. Did you mean jump?").contains("¶ 3/8");
        screen.command("mark c").command("jump end").command("jump 'c");
        assertThat(screen.statusBar()).contains("¶ 3/8");
        screen.type(":"); // no answer queued: the reader pressed Esc
        assertThat(screen.statusBar()).contains("¶ 3/8").doesNotContain("Unknown");
        screen.type("j");
        assertThat(screen.statusBar()).contains("¶ 4/8");
    }

    @Test
    void setChangesThePaneTheWrapWidthAndTheTheme() throws Exception {
        VirtualScreen screen = seedScreen(120, 30);
        assertThat(screen.row(0)).contains("Entities");
        screen.command("set pane off");
        assertThat(screen.row(0)).doesNotContain("Entities");
        screen.command("set wrap 40");
        for (int row = 0; row < 20; row++) {
            String text = screen.row(row).substring(Math.min(screen.row(row).length(), 7)).stripTrailing();
            assertThat(DisplayWidth.of(text)).isLessThanOrEqualTo(40);
        }
        screen.command("set theme mono");
        int number = screen.row(0).indexOf("1 L’Organisation");
        assertThat(screen.cell(number, 0).getModifiers()).contains(SGR.REVERSE);
        screen.command("set wrap 5");
        assertThat(screen.statusBar()).contains("wrap is a width from 20 to 1000");
    }

    @Test
    void quitFromTheCommandLineEndsTheAppAndOpenReplacesTheArticle() throws Exception {
        Path other = state.resolve("other.md");
        Files.writeString(other, "# Another article\n\nIts only paragraph.\n");
        VirtualScreen screen = seedScreen(100, 30);
        screen.command("open " + other);
        assertThat(screen.statusBar()).contains("Another article").contains("¶ 1/1");
        screen.command("open /no/such/file.txt");
        assertThat(screen.statusBar()).contains("No such file").contains("Another article");
        screen.command("quit");
        assertThat(screen.app.finished()).isTrue();
    }

    @Test
    void aSummaryPopupListsSentencesAndEnterGoesToOne() throws Exception {
        VirtualScreen screen = seedScreen(100, 30);
        screen.command("summarise 2");
        String popup = screen.text();
        assertThat(popup).contains("Summary in 2 sentences").contains("Enter goes there");
        screen.type("j").press(KeyType.Enter);
        assertThat(screen.text()).doesNotContain("Summary in 2 sentences");
        int paragraph = Integer.parseInt(screen.statusBar().replaceAll(".*¶ (\\d+)/8.*", "$1"));
        assertThat(popup).contains("¶" + paragraph);
        screen.command("summarise 1");
        screen.press(KeyType.Escape);
        assertThat(screen.text()).doesNotContain("Summary in 1 sentence");
        assertThat(screen.statusBar()).contains("¶ " + paragraph + "/8");
    }

    @Test
    void theRestOfALongFileArrivesThroughTickAndMarksBeyondTheFirstPartSurvive() throws Exception {
        StringBuilder text = new StringBuilder("Long book\n\n");
        for (int i = 1; text.length() < 800_000; i++) {
            text.append("Paragraph ").append(i).append(" says something worth reading, again and again.\n\n");
        }
        Path file = state.resolve("book.txt");
        Files.writeString(file, text);
        int total = DocumentLoader.load(file).size();
        PositionStore store = new PositionStore(state.resolve("positions"));

        VirtualScreen first = new VirtualScreen(80, 24, store, w -> new ReaderPage(loadOpening(file), w));
        first.type("G").type("mz").type("gq"); // a mark at the very end, then back to the start
        assertThat(first.app.finished()).isTrue();

        VirtualScreen again = new VirtualScreen(80, 24, store, w -> new ReaderPage(loadOpening(file), w));
        assertThat(again.statusBar()).contains("¶ 1/…");
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!again.app.tick() && System.nanoTime() < deadline) {
            Thread.sleep(10); // the first tick starts the loading; later ones take the whole
        }
        again.app.render();
        assertThat(again.statusBar()).contains("¶ 1/" + total);
        again.type("'z");
        assertThat(again.statusBar()).contains("¶ " + total + "/" + total);
    }

    @Test
    void thePlaceIsSavedAsTheReaderMovesWithoutQuitting() throws Exception {
        PositionStore store = new PositionStore(state);
        String key = DocumentLoader.load(SEED).readingKey();
        VirtualScreen screen = new VirtualScreen(80, 24, store, seed());

        screen.type("jjjj").type("mc");

        long deadline = System.nanoTime() + 10_000_000_000L;
        PositionStore.Saved saved = store.load(key);
        while ((saved == null || saved.position().paragraph() != 5 || !saved.marks().containsKey('c'))
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
            saved = store.load(key);
        }
        assertThat(saved).isNotNull();
        assertThat(saved.position().paragraph()).isEqualTo(5);
        assertThat(saved.marks()).containsOnlyKeys('c');
        assertThat(screen.app.finished()).as("still reading").isFalse();
    }

    @Test
    void twoOverlappingSessionsKeepBothMarksAndTheLatestMove() throws Exception {
        PositionStore store = new PositionStore(state);
        VirtualScreen a = new VirtualScreen(80, 24, store, seed());
        VirtualScreen b = new VirtualScreen(80, 24, new PositionStore(state), seed());

        a.type("j").type("ma"); // ¶2
        Thread.sleep(5); // b's move is the later one, even on a coarse clock
        b.type("jj").type("mb"); // ¶3
        b.type("q");
        a.type("q"); // the stale session saves last

        VirtualScreen again = new VirtualScreen(80, 24, store, seed());
        assertThat(again.statusBar()).contains("¶ 3/8");
        again.type("'a");
        assertThat(again.statusBar()).contains("¶ 2/8");
        again.type("'b");
        assertThat(again.statusBar()).contains("¶ 3/8");
    }

    @Test
    void aPlaceThatCannotBeSavedIsOneWarningAfterTheScreen() throws Exception {
        Path notADirectory = Files.writeString(state.resolve("blocked"), "a file");
        VirtualScreen screen = new VirtualScreen(80, 24, new PositionStore(notADirectory), seed());

        screen.type("jjq");

        assertThat(screen.app.finished()).isTrue();
        assertThat(screen.app.warnings()).singleElement().asString()
                .startsWith("could not save the reading position of " + DocumentLoader.load(SEED).readingKey() + ": ");
    }

    @Test
    void openingAndQuittingWithoutMovingKeepsTheTimeOfTheLastMove() throws Exception {
        PositionStore store = new PositionStore(state);
        String key = DocumentLoader.load(SEED).readingKey();
        new VirtualScreen(80, 24, store, seed()).type("jjq");
        long movedAt = store.load(key).movedAt();
        assertThat(movedAt).isPositive();

        new VirtualScreen(80, 24, store, seed()).type("q");

        assertThat(store.load(key).movedAt()).isEqualTo(movedAt);
    }

    private static dev.lectern.doc.Opening loadOpening(Path file) {
        try {
            return DocumentLoader.open(file);
        } catch (dev.lectern.doc.UnreadableDocumentException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void slashSearchesHighlightsTheMatchesAndNSteps() throws Exception {
        VirtualScreen screen = seedScreen(100, 30);
        screen.answers.add("tokaiev");
        screen.type("/");
        assertThat(screen.prompts).containsExactly("/");
        assertThat(screen.statusBar()).contains("match 1/").contains("¶ 3/8");
        int column = screen.row(0).indexOf("Tokaïev");
        assertThat(column).isPositive();
        assertThat(screen.cell(column, 0).getBackgroundColor()).isEqualTo(com.googlecode.lanterna.TextColor.ANSI.YELLOW);
        assertThat(screen.cell(column - 2, 0).getBackgroundColor()).isNotEqualTo(com.googlecode.lanterna.TextColor.ANSI.YELLOW);
        screen.type("n");
        assertThat(screen.statusBar()).contains("match 2/").contains("¶ 6/8");
        screen.type("N");
        assertThat(screen.statusBar()).contains("match 1/").contains("¶ 3/8");
        screen.type("N");
        assertThat(screen.statusBar()).contains("wrapped round the end");
        screen.answers.add("/[/");
        screen.type("/");
        assertThat(screen.statusBar()).contains("Unclosed character class");
    }

    @Test
    void nWithoutASearchSaysHowToSearch() throws Exception {
        VirtualScreen screen = seedScreen(100, 30);
        screen.type("n");
        assertThat(screen.statusBar()).contains("No search yet");
    }

    @Test
    void aLongSearchRunsInTheBackgroundAndEscStopsIt() throws Exception {
        StringBuilder text = new StringBuilder("Long book\n\n");
        for (int i = 1; i < 20_000; i++) {
            text.append("Paragraph ").append(i).append(" has words, more words and yet more words to scan.\n\n");
        }
        Document document = DocumentLoader.parse(text.toString().getBytes(StandardCharsets.UTF_8), "long.txt", null);
        VirtualScreen screen = new VirtualScreen(80, 24, null, w -> new ReaderPage(document, w));
        // A regex that takes long on every paragraph: the page answers keys meanwhile.
        screen.answers.add("/(w|o|r|d|s|\\s)*(w|o|r|d|s|\\s)*x/");
        screen.app.press(new com.googlecode.lanterna.input.KeyStroke('/', false, false));
        assertThat(screen.app.busy()).isTrue();
        screen.app.press(new com.googlecode.lanterna.input.KeyStroke(KeyType.Escape));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (screen.app.busy() && System.nanoTime() < deadline) {
            screen.app.tick();
            Thread.sleep(5);
        }
        screen.app.render();
        assertThat(screen.app.busy()).isFalse();
        assertThat(screen.statusBar()).contains("Search stopped.").contains("¶ 1/");
    }

    @Test
    void theEntityPaneSaysAnalysingThenListsThisParagraphsAndTheArticlesEntities() throws Exception {
        VirtualScreen screen = seedScreen(120, 40);
        assertThat(screen.text()).contains("analysing…");
        awaitEntities(screen); // the first tick starts the analysis, a later one shows it
        String text = screen.text();
        assertThat(text).contains("Here, ¶1").contains("People").contains("Kassym-Jomart").contains("Places")
                .contains("Organisations").doesNotContain("analysing…");
        screen.type("j");
        assertThat(screen.row(0)).contains("Here, ¶2");
    }

    @Test
    void tabMovesIntoThePaneWhereEnterGoesToTheSelectedEntitysNextMention() throws Exception {
        VirtualScreen screen = seedScreen(120, 40);
        awaitEntities(screen);
        screen.press(KeyType.Tab);
        assertThat(screen.statusBar()).contains("Entity pane");
        // ¶1's first entity is selected (reverse video) and its mentions are highlighted in the text.
        int paneRow = screen.rows().indexOf(screen.rows().stream().filter(r -> r.contains("Here, ¶1")).findFirst().orElseThrow()) + 1;
        String selectedRow = screen.row(paneRow);
        int nameColumn = selectedRow.lastIndexOf("│") + 2;
        assertThat(screen.cell(nameColumn, paneRow).getModifiers()).contains(SGR.REVERSE);
        screen.type("jj");
        String name = screen.row(paneRow + 2).substring(nameColumn).replaceAll("\\s+\\d+\\s*$", "").strip();
        screen.press(KeyType.Enter);
        assertThat(screen.statusBar()).contains(name.replace("…", "")).containsPattern("¶ [2-8]/8");
        screen.press(KeyType.Tab);
        screen.type("j");
        assertThat(screen.statusBar()).doesNotContain("Entity pane");
    }

    /** Ticks and draws until the pane has its entities. */
    private static void awaitEntities(VirtualScreen screen) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        do {
            screen.app.tick();
            screen.app.render();
            if (!screen.text().contains("analysing…")) {
                return;
            }
            Thread.sleep(10);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no entities in 20 s");
    }

    /** Ticks until the background analysis (entities, then the glossary) has been shown. */
    private static void awaitGlossary(VirtualScreen screen) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        do {
            screen.app.tick();
            Thread.sleep(10);
            screen.type("d");
            if (!screen.statusBar().contains("still being built")) {
                screen.press(KeyType.Escape);
                return;
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the glossary was not built in 20 s");
    }

    @Test
    void dShowsTheParagraphsGlossaryTermsAndEnterAnEntryWhole() throws Exception {
        VirtualScreen screen = seedScreen(100, 30);
        screen.type("d");
        assertThat(screen.statusBar()).contains("The glossary is still being built");
        awaitGlossary(screen);
        screen.type("j").type("d");
        String popup = screen.text();
        assertThat(popup).contains("Glossary · ¶2").contains("OTSC").contains("Netblocks").contains("nationwide")
                .contains("language note").contains("your glossary").contains("English word")
                .contains("glossary.conf, line");
        assertThat(popup.indexOf("Kassym-Jomart Tokayev")).isLessThan(popup.indexOf("nationwide")); // reading order
        screen.type("j");
        screen.press(KeyType.Enter);
        String entry = screen.text();
        assertThat(entry).contains("Used in: ¶1, ¶2, ¶3").contains("Also: CSTO").contains("Kind: your glossary").contains("Esc back");
        screen.press(KeyType.Escape);
        assertThat(screen.text()).contains("Glossary · ¶2");
        screen.press(KeyType.Escape);
        assertThat(screen.text()).doesNotContain("Glossary · ¶2");
        assertThat(screen.statusBar()).contains("¶ 2/8");
    }

    @Test
    void glossaryTermsAreUnderlinedInTheText() throws Exception {
        VirtualScreen screen = seedScreen(100, 30);
        awaitGlossary(screen);
        assertThat(screen.statusBar()).as("the analysis is over").doesNotContain("analysing");
        screen.type("j");
        int row = screen.rows().indexOf(screen.rows().stream().filter(r -> r.contains("nationwide")).findFirst().orElseThrow());
        int column = screen.row(row).indexOf("nationwide");
        assertThat(screen.cell(column, row).getModifiers()).contains(SGR.UNDERLINE);
        assertThat(screen.cell(column + 9, row).getModifiers()).contains(SGR.UNDERLINE);
        assertThat(screen.cell(column + 11, row).getModifiers()).doesNotContain(SGR.UNDERLINE);
    }

    @Test
    void theGlossaryCommandOpensAnEntryAndEnterGoesToItsNextUse() throws Exception {
        VirtualScreen screen = seedScreen(100, 30);
        screen.command("glossary garde");
        assertThat(screen.text()).contains("Garde nationale").contains("National Guard").contains("Used in: ¶5, ¶6");
        screen.press(KeyType.Enter);
        assertThat(screen.statusBar()).contains("¶ 5/8");
        screen.command("glossary nothing-like-it");
        assertThat(screen.statusBar()).contains("No glossary entry for 'nothing-like-it'");
    }
}
