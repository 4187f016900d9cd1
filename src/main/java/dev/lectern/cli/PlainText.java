package dev.lectern.cli;

import dev.lectern.doc.Document;
import dev.lectern.doc.Library;
import dev.lectern.doc.Paragraph;
import dev.lectern.layout.LineWrapper;
import dev.lectern.layout.WrappedText;
import java.io.PrintWriter;

/**
 * The article as wrapped plain text, for when standard output is not a terminal (or TERM=dumb):
 * what {@code less} does when piped, but reflowed to the width.
 */
final class PlainText {
    private PlainText() {
    }

    static void print(Document document, int width, PrintWriter out) {
        printWrapped(document.title(), width, out);
        String credits = document.metadata() == null ? "" : document.metadata().credits();
        if (!credits.isEmpty()) {
            printWrapped(credits, width, out); // "Byline · Site · Date", under the title as a page shows it
        }
        out.println();
        for (Paragraph paragraph : document.paragraphs()) {
            if (paragraph.heading() != null) {
                printWrapped(paragraph.heading(), width, out);
                out.println();
            }
            printWrapped(paragraph.text(), width, out);
            out.println();
        }
        out.flush();
    }

    static void printLibrary(String title, Iterable<Library.Entry> entries, PrintWriter out) {
        out.println(Main.safe("Library: " + title));
        for (Library.Entry entry : entries) {
            if (entry.readable()) {
                Document d = entry.document();
                out.println(Main.safe(entry.file().getFileName().toString()) + "\t" + d.language().code() + "\t"
                        + d.size() + " paragraphs\t" + d.title());
            } else {
                out.println(Main.safe(entry.file().getFileName().toString()) + "\t" + Main.safe(entry.problem()));
            }
        }
        out.flush();
    }

    private static void printWrapped(String text, int width, PrintWriter out) {
        WrappedText lines = LineWrapper.wrap(text, width);
        for (int i = 0; i < lines.lineCount(); i++) {
            out.println(lines.line(i));
        }
    }
}
