package dev.lectern.doc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The paragraphs of a book, read from its chapters when asked for. One scan of the whole book
 * keeps where each chapter's paragraphs start, every paragraph's length and the headings; the
 * texts stay packed in the archive, and the last chapters asked for are kept decoded, since
 * drawing a screen asks for the same paragraphs many times.
 */
final class ChapterParagraphs extends ParagraphList {
    private static final int KEPT_CHAPTERS = 8;

    private final EpubFormat.Chapters chapters;
    /** Index of each chapter's first paragraph; one more entry for the end. */
    private final int[] chapterStarts;
    private final long[] charsBefore;
    private final Map<Integer, String> headings;
    private final List<Section> sections;
    /** Headings left over after the last chapter's text, shown as a last paragraph; or null. */
    private final String tail;
    private final Map<Integer, List<DocumentFormat.Block>> recent = new LinkedHashMap<>(KEPT_CHAPTERS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<DocumentFormat.Block>> eldest) {
            return size() > KEPT_CHAPTERS;
        }
    };

    private ChapterParagraphs(EpubFormat.Chapters chapters, int[] chapterStarts, long[] charsBefore,
                              Map<Integer, String> headings, String tail) {
        this.chapters = chapters;
        this.chapterStarts = chapterStarts;
        this.charsBefore = charsBefore;
        this.headings = headings;
        this.tail = tail;
        List<Section> found = new ArrayList<>();
        headings.forEach((index, heading) -> Section.addAll(found, index + 1, heading));
        this.sections = List.copyOf(found);
    }

    /** What the scan keeps of one chapter: its paragraphs' lengths, their own headings, the headings left at its end. */
    private record Measured(int[] lengths, String[] headings, List<String> headingsLeft) {
        static Measured of(EpubChapter.Paragraphs chapter) {
            List<DocumentFormat.Block> blocks = chapter.blocks();
            int[] lengths = new int[blocks.size()];
            String[] headings = new String[blocks.size()];
            for (int i = 0; i < blocks.size(); i++) {
                lengths[i] = blocks.get(i).text().length();
                headings[i] = blocks.get(i).heading();
            }
            return new Measured(lengths, headings, chapter.headingsLeft());
        }
    }

    /** Chapters read ahead of the one being stitched: enough to keep both cores busy, few enough to bound memory. */
    private static final int AHEAD = 4;

    /**
     * Reads every chapter once, keeping only what the list needs to find and measure paragraphs.
     * Chapters are decoded two at a time; headings left over at a chapter's end (a title page)
     * are then carried to the next chapter's first paragraph, in order.
     */
    static ChapterParagraphs scan(EpubFormat.Chapters chapters, String name) throws UnreadableDocumentException {
        int[] starts = new int[chapters.count() + 1];
        long[] lengths = new long[1024];
        int count = 0;
        Map<Integer, String> headings = new LinkedHashMap<>();
        List<String> carried = new ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "lectern-book-scan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<Measured>> ahead = new ArrayDeque<>();
            int next = 0;
            for (int c = 0; c < chapters.count(); c++) {
                while (next < chapters.count() && ahead.size() < AHEAD) {
                    int chapter = next++;
                    ahead.add(readers.submit(() -> Measured.of(chapters.read(chapter, List.of()))));
                }
                Measured chapter = await(ahead.poll());
                starts[c] = count;
                for (int i = 0; i < chapter.lengths().length; i++) {
                    if (count == lengths.length) {
                        lengths = Arrays.copyOf(lengths, count * 2);
                    }
                    String heading = chapter.headings()[i];
                    if (i == 0 && !carried.isEmpty()) {
                        String before = TextSanitizer.clean(String.join("\n", carried));
                        heading = heading == null ? before : before + "\n" + heading;
                        carried.clear();
                    }
                    if (heading != null) {
                        headings.put(count, heading);
                    }
                    lengths[count++] = chapter.lengths()[i];
                }
                carried.addAll(chapter.headingsLeft());
            }
        } finally {
            readers.shutdownNow();
        }
        starts[chapters.count()] = count;
        String tail = carried.isEmpty() ? null : TextSanitizer.clean(String.join("\n", carried));
        int size = count + (tail == null ? 0 : 1);
        if (size == 0) {
            throw new UnreadableDocumentException(name + " has no readable text.");
        }
        long[] charsBefore = new long[size + 1];
        for (int i = 0; i < count; i++) {
            charsBefore[i + 1] = charsBefore[i] + lengths[i];
        }
        if (tail != null) {
            charsBefore[size] = charsBefore[count] + tail.length();
        }
        return new ChapterParagraphs(chapters, starts, charsBefore, headings, tail);
    }

    private static Measured await(Future<Measured> chapter) throws UnreadableDocumentException {
        try {
            return chapter.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("Reading the book was interrupted.");
        }
    }

    @Override
    public int size() {
        return charsBefore.length - 1;
    }

    @Override
    public long charsBefore(int number) {
        return charsBefore[number - 1];
    }

    @Override
    public List<Section> sections() {
        return sections;
    }

    @Override
    public Paragraph get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("paragraph index " + index + " of " + size());
        }
        int last = chapterStarts.length - 1;
        if (index >= chapterStarts[last]) {
            return new Paragraph(index + 1, tail, null);
        }
        int chapter = chapterOf(index);
        List<DocumentFormat.Block> blocks = blocks(chapter);
        int within = index - chapterStarts[chapter];
        String text = blocks.size() == chapterStarts[chapter + 1] - chapterStarts[chapter]
                ? blocks.get(within).text()
                : "[" + chapters.path(chapter) + " has changed since the book was opened: open it again to read it.]";
        return new Paragraph(index + 1, text, headings.get(index));
    }

    /** The chapter that holds paragraph {@code index}: the last whose start is at or before it. */
    private int chapterOf(int index) {
        int low = 0;
        int high = chapterStarts.length - 2;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (chapterStarts[mid] <= index) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private List<DocumentFormat.Block> blocks(int chapter) {
        synchronized (recent) {
            List<DocumentFormat.Block> kept = recent.get(chapter);
            if (kept != null) {
                return kept;
            }
        }
        List<DocumentFormat.Block> blocks;
        try {
            blocks = chapters.read(chapter, List.of()).blocks();
        } catch (UnreadableDocumentException e) {
            blocks = List.of(new DocumentFormat.Block("[This chapter could not be read again: " + e.getMessage() + "]", null));
        }
        synchronized (recent) {
            recent.put(chapter, blocks);
        }
        return blocks;
    }
}
