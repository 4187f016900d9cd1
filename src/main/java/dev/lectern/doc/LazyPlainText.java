package dev.lectern.doc;

import dev.lectern.analysis.LanguageGuesser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Opens a plain-text file of any length as a {@link Document} whose paragraphs stay in the file
 * until shown ({@link LazyParagraphs}). The result is the one {@link DocumentLoader#parse} gives
 * for the same bytes, paragraph for paragraph: the same encoding decision ({@link TextDecoder}),
 * the same paragraphs, numbers, title and notices.
 */
final class LazyPlainText {
    private LazyPlainText() {
    }

    static Document open(Path file, String name) throws UnreadableDocumentException, IOException {
        return open(file, name, LineBlocks.BLOCK_BYTES);
    }

    /** {@code blockBytes}: how much to read at a time (small in tests, to cross block ends often). */
    static Document open(Path file, String name, int blockBytes) throws UnreadableDocumentException, IOException {
        // Left open for as long as the document is read from; closed with it by the garbage collector.
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return read(channel, file, name, blockBytes);
        } catch (UnreadableDocumentException | IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static Document read(FileChannel channel, Path file, String name, int blockBytes) throws UnreadableDocumentException, IOException {
        long size = channel.size();
        if (size == 0) {
            throw new UnreadableDocumentException(name + " is empty.");
        }
        byte[] head = new byte[(int) Math.min(size, TextDecoder.SNIFF_BYTES)];
        channel.read(ByteBuffer.wrap(head), 0);
        TextDecoder.Encoding encoding = TextDecoder.sniff(head, head.length, name);
        PlainTextScan scan;
        List<String> notices = List.of();
        try {
            scan = new PlainTextScan(channel, encoding.start(), encoding.charset(),
                    encoding.charset() == StandardCharsets.UTF_8, blockBytes).runInHalves();
        } catch (PlainTextScan.NotCheckedUtf8 replacement) {
            // As TextDecoder decides for the whole file: UTF-8 if valid, or with only a few bad bytes.
            Charset charset = StandardCharsets.UTF_8;
            Utf8Verdict verdict = Utf8Verdict.of(channel, encoding.start(), blockBytes);
            if (!verdict.valid()) {
                charset = verdict.mostlyUtf8() ? StandardCharsets.UTF_8 : TextDecoder.WINDOWS_1252;
                notices = List.of(verdict.mostlyUtf8() ? TextDecoder.brokenUtf8Notice(name) : TextDecoder.windows1252Notice(name));
            }
            try {
                scan = new PlainTextScan(channel, encoding.start(), charset, false, blockBytes).runInHalves();
            } catch (PlainTextScan.NotCheckedUtf8 impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        if (scan.count() == 0) {
            throw new UnreadableDocumentException(name + " is empty.");
        }
        PlainTextScan found = scan;
        String[] firstTexts = new String[2]; // chunk texts asked for by the title rule, read once
        int first;
        try {
            first = PlainTextFormat.titleChunks(scan.count(), scan.firstChunkLines(), i -> {
                if (firstTexts[i] == null) {
                    firstTexts[i] = chunkText(found, i);
                }
                return firstTexts[i];
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        String rawTitle = firstTexts[0] != null && PlainTextFormat.isTitle(scan.firstChunkLines(), firstTexts[0])
                ? firstTexts[0] : DocumentLoader.titleFromFileName(name);
        ParagraphList paragraphs = scan.paragraphs(first, size);
        if (paragraphs.isEmpty()) {
            throw new UnreadableDocumentException(name + " has no readable text.");
        }
        String title = DocumentLoader.cleanTitle(rawTitle);
        return new Document(title.isEmpty() ? name : title, paragraphs,
                LanguageGuesser.guess(DocumentLoader.readableSample(title, paragraphs)),
                file, notices);
    }

    private static String chunkText(PlainTextScan scan, int i) {
        try {
            return scan.chunkText(i);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a pass over the whole file says of its UTF-8, as {@link TextDecoder} would decide. */
    private record Utf8Verdict(boolean valid, boolean mostlyUtf8) {
        static Utf8Verdict of(FileChannel channel, long from, int blockBytes) throws IOException {
            LineBlocks blocks = new LineBlocks(channel, from, 1, false, blockBytes);
            boolean valid = true;
            TextDecoder.Utf8Count count = new TextDecoder.Utf8Count();
            while (blocks.next()) {
                String lenient = new String(blocks.bytes(), 0, blocks.length(), StandardCharsets.UTF_8);
                count.add(lenient);
                if (valid && lenient.indexOf('\uFFFD') >= 0) {
                    valid = TextDecoder.isStrictUtf8(blocks.bytes(), 0, blocks.length());
                }
            }
            return new Utf8Verdict(valid, count.mostlyUtf8());
        }
    }
}
