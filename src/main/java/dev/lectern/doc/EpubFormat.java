package dev.lectern.doc;

import dev.lectern.analysis.Language;
import dev.lectern.analysis.LanguageGuesser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * EPUB 2 and 3 books. The chapters of the spine become the document's paragraphs, each chapter
 * opening with its title from the table of contents; only the first chapters are read before
 * the first screen, and the whole book is then scanned once, keeping each paragraph's length and
 * heading but not its text ({@link ChapterParagraphs}). Books under DRM are refused, as are
 * archives that inflate beyond reason ({@link EpubArchive}).
 */
final class EpubFormat implements BinaryFormat {
    /** About a first screen's worth of chapters, and then some: the start is read before anything is shown. */
    static final int QUICK_START_CHARS = 256 * 1024;

    @Override
    public boolean reads(String fileName) {
        return fileName.endsWith(".epub");
    }

    @Override
    public Opening open(Path file, String name) throws UnreadableDocumentException {
        EpubArchive archive;
        try {
            archive = EpubArchive.open(file, name);
        } catch (IOException e) {
            throw new UnreadableDocumentException("Cannot read " + file + ": " + e.getMessage() + ".", e);
        }
        try {
            return open(archive, name, file, QUICK_START_CHARS);
        } catch (UnreadableDocumentException | RuntimeException e) {
            closeQuietly(archive);
            throw e;
        }
    }

    @Override
    public Document parse(byte[] bytes, String name, Path source) throws UnreadableDocumentException {
        return open(EpubArchive.of(bytes, name), name, source, 0).whole(); // no first part: the whole is wanted now
    }

    /**
     * Opens a book: reads its package and its first chapters now, the rest when asked. Chapters
     * are read until {@code quickStartChars} characters are in hand; when that is the whole book,
     * the opening is complete at once.
     */
    static Opening open(EpubArchive archive, String name, Path source, int quickStartChars) throws UnreadableDocumentException {
        refuseDrm(archive, name, null);
        EpubPackage book = EpubPackage.read(archive, name);
        refuseDrm(archive, name, book);
        Chapters chapters = new Chapters(archive, book);

        List<Paragraph> start = new ArrayList<>();
        List<String> carried = List.of();
        long chars = 0;
        int read = 0;
        while (read < book.spine().size() && chars < quickStartChars) {
            EpubChapter.Paragraphs chapter = chapters.read(read++, carried);
            for (DocumentFormat.Block block : chapter.blocks()) {
                start.add(new Paragraph(start.size() + 1, block.text(), block.heading()));
                chars += block.text().length();
            }
            carried = chapter.headingsLeft();
        }
        if (read == book.spine().size() || start.isEmpty()) {
            return Opening.complete(document(book, name, source, ChapterParagraphs.scan(chapters, name)));
        }
        Document first = document(book, name, source, start);
        return new Opening(first, () -> document(book, name, source, ChapterParagraphs.scan(chapters, name)));
    }

    private static Document document(EpubPackage book, String name, Path source, List<Paragraph> paragraphs) throws UnreadableDocumentException {
        if (paragraphs.isEmpty()) {
            throw new UnreadableDocumentException(name + " has no readable text.");
        }
        String title = DocumentLoader.cleanTitle(book.title());
        if (title.isEmpty()) {
            title = DocumentLoader.titleFromFileName(name);
        }
        String byline = book.byline() == null ? null : DocumentLoader.cleanTitle(book.byline());
        String tag = book.languageTag() == null ? null : DocumentLoader.cleanTitle(book.languageTag());
        Metadata metadata = new Metadata(byline, null, null, tag, null, null);
        return new Document(title, paragraphs, language(tag, title, paragraphs), source, List.of(), metadata);
    }

    /** The language the book declares when Lectern knows it, else the one its text shows. */
    private static Language language(String tag, String title, List<Paragraph> paragraphs) {
        String code = tag == null ? "" : tag.toLowerCase(Locale.ROOT);
        if (code.equals("fr") || code.startsWith("fr-")) {
            return Language.FRENCH;
        }
        if (code.equals("en") || code.startsWith("en-")) {
            return Language.ENGLISH;
        }
        return LanguageGuesser.guess(DocumentLoader.readableSample(title, paragraphs));
    }

    /**
     * Refuses a book under DRM: Adobe ADEPT's {@code rights.xml}, Apple's {@code sinf.xml}, or an
     * {@code encryption.xml} that encrypts chapters (fonts are often obfuscated, which is no DRM).
     */
    private static void refuseDrm(EpubArchive archive, String name, EpubPackage book) throws UnreadableDocumentException {
        if (book == null) {
            if (archive.has("META-INF/rights.xml")) {
                throw drm(name, "Adobe ADEPT: META-INF/rights.xml");
            }
            if (archive.has("META-INF/sinf.xml")) {
                throw drm(name, "Apple FairPlay: META-INF/sinf.xml");
            }
            return;
        }
        if (!archive.has("META-INF/encryption.xml")) {
            return;
        }
        Set<String> spine = new HashSet<>(book.spine());
        org.jsoup.nodes.Document encryption = EpubPackage.xml(archive.read("META-INF/encryption.xml"));
        for (Element reference : encryption.select("CipherReference[URI], enc|CipherReference[URI]")) {
            String uri = reference.attr("URI");
            String path;
            try {
                path = EpubPackage.resolve("", uri, name);
            } catch (UnreadableDocumentException outside) {
                continue;
            }
            if (spine.contains(path)) {
                throw drm(name, "META-INF/encryption.xml encrypts " + path);
            }
        }
    }

    private static UnreadableDocumentException drm(String name, String how) {
        return new UnreadableDocumentException(name + " is protected by DRM (" + how + ") and cannot be read.");
    }

    private static void closeQuietly(EpubArchive archive) {
        try {
            archive.close();
        } catch (IOException ignored) {
            // nothing was written: there is nothing to lose
        }
    }

    /** The spine's chapters with what the table of contents says of each, read one at a time. */
    static final class Chapters {
        private final EpubArchive archive;
        private final List<String> spine;
        private final Map<String, String> labels = new HashMap<>();
        private final Map<String, Map<String, String>> anchorLabels = new HashMap<>();

        Chapters(EpubArchive archive, EpubPackage book) {
            this.archive = archive;
            this.spine = book.spine();
            for (EpubPackage.TocEntry entry : book.toc()) {
                if (entry.path() == null) {
                    continue;
                }
                if (entry.fragment() == null) {
                    labels.putIfAbsent(entry.path(), entry.label());
                } else {
                    anchorLabels.computeIfAbsent(entry.path(), p -> new HashMap<>()).putIfAbsent(entry.fragment(), entry.label());
                }
            }
        }

        int count() {
            return spine.size();
        }

        String path(int chapter) {
            return spine.get(chapter);
        }

        EpubChapter.Paragraphs read(int chapter, List<String> carried) throws UnreadableDocumentException {
            String path = spine.get(chapter);
            return EpubChapter.read(archive.read(path), carried, labels.get(path), anchorLabels.getOrDefault(path, Map.of()));
        }
    }
}
