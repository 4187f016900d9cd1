package dev.lectern.doc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A small web site on 127.0.0.1 (an ephemeral port) for the tests: pages, redirects, errors,
 * compressed and slow answers. Closing it stops the server and its threads.
 */
public final class TestSite implements AutoCloseable {
    public static final String ARTICLE = "<!doctype html><html><head><title>The harbour at dawn</title>"
            + "<meta name=\"author\" content=\"Jane Roe\"></head><body><article><h1>The harbour at dawn</h1>"
            + "<p>The boats came in before the sun was up, heavy with the night's catch.</p>"
            + "<p>By six the quay was full of buyers from the town and the villages around it.</p>"
            + "<p>The auction started at seven, as it has every morning for a hundred years.</p>"
            + "<p>Prices were low: the storm had kept the boats out of the bay all week.</p>"
            + "<p>By nine the quay was empty again, washed down and quiet.</p>"
            + "</article></body></html>";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "test-site");
        thread.setDaemon(true);
        return thread;
    });
    /** Pages added by a test: path to content type and body, and the body gzipped (null for binary types). */
    private final Map<String, Map.Entry<String, byte[][]>> added = new ConcurrentHashMap<>();
    /** The request headers of the last request, by lower-case name. */
    public final Map<String, String> lastHeaders = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.CountDownLatch> heldBack = new ConcurrentHashMap<>();

    public TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    /** Serves {@code body} at {@code path}, gzipped when the request accepts it and {@code type} is text. */
    public void add(String path, String type, byte[] body) throws IOException {
        added.put(path, Map.entry(type, new byte[][] {body, type.startsWith("text/") ? gzip(body) : null}));
    }

    /** A small article in HTML: its title (also its heading) and its paragraphs. */
    public static byte[] articlePage(String title, String... paragraphs) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>" + title + "</title></head><body><article><h1>"
                + title + "</h1>");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        return utf8(html.append("</article></body></html>").toString());
    }

    /**
     * Two short articles for a served list of web addresses: /harbour.html ("The harbour at
     * dawn") and /market.html ("Market day"), two paragraphs each.
     */
    public void addReadingGroupArticles() throws IOException {
        add("/harbour.html", "text/html; charset=utf-8", articlePage("The harbour at dawn",
                "The boats came in before the sun was up, heavy with the catch.",
                "By six the quay was full of buyers from the town and the villages around it."));
        add("/market.html", "text/html; charset=utf-8", articlePage("Market day",
                "The stalls opened at eight along the river, under the plane trees.",
                "Cheese, bread and cherries were sold out before noon."));
    }

    /** How many requests have come for {@code path}. */
    public int requests(String path) {
        java.util.concurrent.atomic.AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    /** Answers {@code path} only once {@code release} is counted down (15 s at most), so that a wait can be seen. */
    public void holdBack(String path, java.util.concurrent.CountDownLatch release) {
        heldBack.put(path, release);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestHeaders().forEach((name, values) -> lastHeaders.put(name.toLowerCase(), values.get(0)));
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(path, p -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
            java.util.concurrent.CountDownLatch release = heldBack.get(path);
            if (release != null) {
                release.await(15, java.util.concurrent.TimeUnit.SECONDS);
            }
            Map.Entry<String, byte[][]> page = added.get(path);
            if (page != null) {
                String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
                byte[] gzipped = page.getValue()[1];
                if (accepted != null && accepted.contains("gzip") && gzipped != null) {
                    exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                    send(exchange, 200, page.getKey(), gzipped);
                } else {
                    send(exchange, 200, page.getKey(), page.getValue()[0]);
                }
                return;
            }
            switch (path) {
                case "/article.html" -> send(exchange, 200, "text/html; charset=utf-8", utf8(ARTICLE));
                case "/notes.txt" -> send(exchange, 200, "text/plain; charset=utf-8",
                        utf8("Notes from the quay\n\nFirst note about the boats.\n\nSecond note about the town."));
                case "/readme.md" -> send(exchange, 200, "text/markdown",
                        utf8("# A Markdown page\n\nSome *emphasis* in the first paragraph.\n\nAnd a second one."));
                case "/untitled/index.html" -> send(exchange, 200, "text/html", utf8("<p>A page with no title at all.</p>"));
                case "/moved" -> redirect(exchange, 302, "/article.html");
                case "/moved-twice" -> redirect(exchange, 301, url("/moved"));
                case "/loop-a" -> redirect(exchange, 302, "/loop-b");
                case "/loop-b" -> redirect(exchange, 307, "/loop-a");
                case "/to-ftp" -> redirect(exchange, 302, "ftp://127.0.0.1/file");
                case "/gzip.html" -> {
                    exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                    send(exchange, 200, "text/html; charset=utf-8", gzip(utf8(ARTICLE)));
                }
                case "/deflate.html" -> {
                    exchange.getResponseHeaders().add("Content-Encoding", "deflate");
                    send(exchange, 200, "text/html; charset=utf-8", deflate(utf8(ARTICLE)));
                }
                case "/cp1252.html" -> send(exchange, 200, "text/html", ("<html><head>"
                        + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                        + "<title>Café crème</title></head><body><p>L’été à Noël : « déjà vu », naïve.</p></body></html>")
                        .getBytes(Charset.forName("windows-1252")));
                case "/latin1-header.txt" -> send(exchange, 200, "text/plain; charset=ISO-8859-1",
                        "Élève\n\nÇa a été dur.".getBytes(StandardCharsets.ISO_8859_1));
                case "/report.pdf" -> send(exchange, 200, "application/pdf", "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII));
                case "/photo.png" -> send(exchange, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
                case "/blob" -> send(exchange, 200, "application/octet-stream", new byte[] {0, 1, 2, 3});
                case "/book.epub" -> send(exchange, 200, "application/epub+zip", new byte[] {'P', 'K', 3, 4, 0, 0});
                case "/headers" -> send(exchange, 200, "text/plain", utf8("Headers\n\nseen"));
                case "/slow" -> {
                    sleep(3000);
                    send(exchange, 200, "text/html", utf8(ARTICLE));
                }
                case "/slow-body" -> {
                    exchange.sendResponseHeaders(200, 0);
                    OutputStream out = exchange.getResponseBody();
                    for (int i = 0; i < 30; i++) {
                        out.write(utf8("<p>A slow line of text.</p>\n"));
                        out.flush();
                        sleep(100);
                    }
                }
                case "/big" -> send(exchange, 200, "text/plain", filler(2 * 1024 * 1024));
                case "/big-chunked" -> {
                    exchange.getResponseHeaders().add("Content-Type", "text/plain");
                    exchange.sendResponseHeaders(200, 0);
                    exchange.getResponseBody().write(filler(2 * 1024 * 1024));
                }
                case "/big-gzip" -> {
                    exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                    send(exchange, 200, "text/plain", gzip(filler(3 * 1024 * 1024)));
                }
                case "/empty" -> send(exchange, 200, "text/html", new byte[0]);
                default -> {
                    if (path.startsWith("/status/")) {
                        int status = Integer.parseInt(path.substring("/status/".length()));
                        send(exchange, status, "text/html", utf8("<p>error page</p>"));
                    } else if (path.startsWith("/chain/")) {
                        int step = Integer.parseInt(path.substring("/chain/".length()));
                        redirect(exchange, 302, "/chain/" + (step + 1));
                    } else {
                        send(exchange, 404, "text/html", utf8("<p>not here</p>"));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // The client went away (a test cancels or times out): nothing to answer.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the site is closing
        }
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Plain-text paragraphs, {@code size} bytes in all. */
    static byte[] filler(int size) {
        byte[] line = utf8("Filler words for a page far too big to be an article.\n\n");
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = line[i % line.length];
        }
        return bytes;
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    static byte[] deflate(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream zip = new DeflaterOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
