package dev.lectern.bench;

import dev.lectern.doc.Document;
import dev.lectern.doc.DocumentLoader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A big web page made from a real one, its body repeated; as a program, the time to find the
 * article in a 30 MB page with the default heap, cold then warm:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.lectern.bench.LargePage PAGE [MB]}
 */
public final class LargePage {
    private LargePage() {
    }

    /** The page with its {@code <body>}'s content repeated until the whole is at least {@code bytes} long. */
    static String build(String html, int bytes) {
        int open = html.indexOf("<body");
        int start = html.indexOf('>', open) + 1;
        int end = html.lastIndexOf("</body>");
        if (open < 0 || end < start) {
            throw new IllegalArgumentException("the page has no <body>");
        }
        String body = html.substring(start, end);
        StringBuilder page = new StringBuilder(bytes + html.length()).append(html, 0, start);
        while (page.length() < bytes) {
            page.append(body);
        }
        return page.append(html.substring(end)).toString();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LargePage PAGE.html [MB]");
            System.exit(2);
        }
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        byte[] bytes = build(Files.readString(Path.of(args[0])), megabytes * 1024 * 1024).getBytes(StandardCharsets.UTF_8);
        var threads = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= 3; run++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Document document = DocumentLoader.parse(bytes, "page.html", Path.of("page.html"));
            System.out.printf("run %d: %.1f MB page, %d paragraphs, %d ms (CPU %d ms), max heap %d MB%n", run,
                    bytes.length / 1048576.0, document.size(), (System.nanoTime() - start) / 1_000_000,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000, Runtime.getRuntime().maxMemory() >> 20);
        }
    }
}
