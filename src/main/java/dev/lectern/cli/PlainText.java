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
        out.println("Library: " + title);
        for (Library.Entry entry : entries) {
            if (entry.readable()) {
                Document d = entry.document();
                out.printf("%s\t%s\t%d paragraphs\t%s%n", entry.file().getFileName(), d.language().code(), d.size(), d.title());
            } else {
                out.printf("%s\t%s%n", entry.file().getFileName(), entry.problem());
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
