package dev.lectern.doc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;

/**
 * Fetches one page over HTTP(S) with the JDK's client: redirects followed here (at most
 * {@value #MAX_REDIRECTS}, a loop named), gzip and deflate bodies decoded, the size capped on
 * the bytes that arrive (a Content-Length may lie) and on what they decode to, one deadline for
 * the whole. Each failure is a {@link FetchException} with one line a reader understands.
 */
final class WebFetcher {
    static final int MAX_REDIRECTS = 5;
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(402, "Payment Required"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"), Map.entry(407, "Proxy Authentication Required"),
            Map.entry(408, "Request Timeout"), Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"),
            Map.entry(451, "Unavailable For Legal Reasons"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    /** What the server sent for the address, after the redirects. */
    record Page(URI address, String contentType, byte[] body) {
    }

    private final FetchSettings settings;
    private final HttpClient client;

    WebFetcher(FetchSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .proxy(settings.proxies().selector())
                .build();
    }

    /**
     * The page at {@code address}; {@code received} hears how many bytes have arrived so far,
     * and the fetch stops soon after {@code cancelled} turns true.
     */
    Page fetch(URI address, LongConsumer received, BooleanSupplier cancelled) throws FetchException {
        long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
        List<URI> visited = new ArrayList<>();
        URI current = address;
        while (true) {
            check(settings.proxies(), current);
            visited.add(current);
            HttpResponse<byte[]> response = exchange(current, deadline, received, cancelled);
            int status = response.statusCode();
            if (isRedirect(status)) {
                URI next = redirectTarget(current, status, response);
                if (visited.contains(next)) {
                    List<URI> loop = new ArrayList<>(visited.subList(visited.indexOf(next), visited.size()));
                    loop.add(next);
                    throw new FetchException("Redirect loop: " + String.join(" → ", loop.stream().map(WebAddress::shown).toList()) + ".");
                }
                if (visited.size() > MAX_REDIRECTS) {
                    throw new FetchException("Too many redirects: " + WebAddress.shown(address) + " still redirects after "
                            + MAX_REDIRECTS + " (to " + WebAddress.shown(next) + ").");
                }
                current = next;
                continue;
            }
            if (status < 200 || status > 299) {
                String reason = REASONS.get(status);
                throw new FetchException(WebAddress.shown(current) + ": HTTP " + status + (reason == null ? "" : " " + reason) + ".");
            }
            String encoding = response.headers().firstValue("Content-Encoding").orElse("");
            byte[] body = decode(response.body(), encoding, current);
            return new Page(current, response.headers().firstValue("Content-Type").orElse(null), body);
        }
    }

    private static void check(ProxyRules proxies, URI address) throws FetchException {
        try {
            proxies.proxyFor(address);
        } catch (UnreadableDocumentException e) {
            throw new FetchException(e.getMessage());
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(URI from, int status, HttpResponse<?> response) throws FetchException {
        String location = response.headers().firstValue("Location").orElse("").strip();
        if (location.isEmpty()) {
            throw new FetchException(WebAddress.shown(from) + ": HTTP " + status + " redirect without a Location.");
        }
        URI base = from.getRawPath() == null || from.getRawPath().isEmpty() ? from.resolve("/") : from;
        URI next;
        try {
            next = base.resolve(new URI(location)).normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(WebAddress.shown(from) + " redirects to a bad address: " + TextSanitizer.clean(location) + ".");
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || next.getHost() == null) {
            throw new FetchException(WebAddress.shown(from) + " redirects to " + WebAddress.shown(next)
                    + ", which is not an http or https address.");
        }
        return next;
    }

    /** One request and its response, the body kept only for a success. */
    private HttpResponse<byte[]> exchange(URI address, long deadline, LongConsumer received, BooleanSupplier cancelled)
            throws FetchException {
        Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
        HttpRequest request = HttpRequest.newBuilder(address)
                .GET()
                .timeout(left)
                // Plain http stays HTTP/1.1: no h2c upgrade dance with small servers and proxies.
                .version("https".equalsIgnoreCase(address.getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html, application/xhtml+xml, text/markdown;q=0.9, text/plain;q=0.9, "
                        + "application/epub+zip;q=0.8, */*;q=0.1")
                .header("Accept-Language", settings.acceptLanguage())
                .header("Accept-Encoding", "gzip, deflate")
                .build();
        BodyCollector[] collector = new BodyCollector[1];
        CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(request, info -> {
            collector[0] = new BodyCollector(info, settings.maxBytes(), received);
            return collector[0];
        });
        while (true) {
            if (cancelled.getAsBoolean()) {
                stop(response, collector[0]);
                throw new FetchException("Fetching " + WebAddress.shown(address) + " stopped.");
            }
            long nanos = deadline - System.nanoTime();
            if (nanos <= 0) {
                stop(response, collector[0]);
                throw new FetchException(address.getHost() + " did not send the page within " + seconds(settings.totalTimeout()) + ".");
            }
            try {
                return response.get(Math.min(nanos, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
            } catch (TimeoutException stillComing) {
                // look at the clock and the Esc key again
            } catch (InterruptedException e) {
                stop(response, collector[0]);
                Thread.currentThread().interrupt();
                throw new FetchException("Fetching " + WebAddress.shown(address) + " stopped.");
            } catch (ExecutionException e) {
                throw failure(e.getCause(), address);
            }
        }
    }

    private static void stop(CompletableFuture<?> response, BodyCollector collector) {
        if (collector != null) {
            collector.cancel();
        }
        response.cancel(true);
    }

    private FetchException failure(Throwable error, URI address) {
        String host = address.getHost();
        TooLarge tooLarge = find(error, TooLarge.class);
        if (tooLarge != null) {
            return tooLarge(address, tooLarge.declared);
        }
        if (find(error, HttpConnectTimeoutException.class) != null) {
            return new FetchException("Could not connect to " + host + " within " + seconds(settings.connectTimeout()) + ".");
        }
        if (find(error, HttpTimeoutException.class) != null) {
            return new FetchException(host + " did not send the page within " + seconds(settings.totalTimeout()) + ".");
        }
        if (find(error, UnresolvedAddressException.class) != null || find(error, UnknownHostException.class) != null) {
            return new FetchException("No such host: " + host + ".");
        }
        SSLException tls = find(error, SSLException.class);
        if (tls != null) {
            return new FetchException("TLS error with " + host + ": " + TextSanitizer.clean(String.valueOf(tls.getMessage())) + ".");
        }
        if (find(error, ConnectException.class) != null) {
            return new FetchException("Cannot connect to " + host + ":" + ProxyRules.port(address) + ": connection refused.");
        }
        String detail = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return new FetchException("Could not fetch " + WebAddress.shown(address) + ": " + TextSanitizer.clean(detail) + ".", error);
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private FetchException tooLarge(URI address, long declared) {
        String size = declared > 0 ? " (" + ByteSize.of(declared) + ")" : "";
        return new FetchException(WebAddress.shown(address) + " is too large" + size + ": Lectern reads pages up to "
                + ByteSize.of(settings.maxBytes()) + ".");
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** The body as sent, undone of its Content-Encoding (gzip, deflate), and still within the cap. */
    private byte[] decode(byte[] body, String contentEncoding, URI address) throws FetchException {
        String[] codings = contentEncoding.toLowerCase(Locale.ROOT).split("\\s*,\\s*");
        byte[] bytes = body;
        for (int i = codings.length - 1; i >= 0; i--) { // the last applied comes last
            String coding = codings[i].strip();
            try {
                bytes = switch (coding) {
                    case "", "identity" -> bytes;
                    case "gzip", "x-gzip" -> inflate(new GZIPInputStream(new ByteArrayInputStream(bytes)), address);
                    case "deflate" -> inflateDeflate(bytes, address);
                    default -> throw new FetchException(WebAddress.shown(address) + " came compressed as "
                            + TextSanitizer.clean(coding) + ", which Lectern does not read.");
                };
            } catch (IOException e) {
                if (e.getCause() instanceof FetchException tooBig) {
                    throw tooBig;
                }
                throw new FetchException(WebAddress.shown(address) + " came as broken " + coding + " data.");
            }
        }
        return bytes;
    }

    /** "deflate" is zlib data by the standard, raw deflate from some servers: both are read. */
    private byte[] inflateDeflate(byte[] bytes, URI address) throws IOException {
        try {
            return inflate(new InflaterInputStream(new ByteArrayInputStream(bytes), new Inflater()), address);
        } catch (ZipException notZlib) {
            return inflate(new InflaterInputStream(new ByteArrayInputStream(bytes), new Inflater(true)), address);
        }
    }

    private byte[] inflate(InputStream in, URI address) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
            if (bytes.length > settings.maxBytes()) {
                throw new IOException(tooLarge(address, -1));
            }
            return bytes;
        }
    }

    /** A body over the cap, by its Content-Length ({@code declared}) or by what arrived (-1). */
    static final class TooLarge extends IOException {
        final long declared;

        TooLarge(long declared) {
            super("too large");
            this.declared = declared;
        }
    }

    /**
     * Takes the body as it arrives, counting it: over the cap (announced or real) it stops the
     * transfer. The body of a redirect or an error is not read at all.
     */
    static final class BodyCollector implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final HttpResponse.ResponseInfo info;
        private final long limit;
        private final LongConsumer received;
        private ByteArrayOutputStream bytes;
        private long count;
        private volatile Flow.Subscription subscription;

        BodyCollector(HttpResponse.ResponseInfo info, long limit, LongConsumer received) {
            this.info = info;
            this.limit = limit;
            this.received = received;
        }

        @Override
        public void onSubscribe(Flow.Subscription taken) {
            subscription = taken;
            if (info.statusCode() < 200 || info.statusCode() > 299) {
                taken.cancel();
                body.complete(new byte[0]);
                return;
            }
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > limit) {
                taken.cancel();
                body.completeExceptionally(new TooLarge(declared));
                return;
            }
            bytes = new ByteArrayOutputStream(declared > 0 ? (int) declared : 64 * 1024);
            taken.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                count += buffer.remaining();
                if (count > limit) {
                    subscription.cancel();
                    body.completeExceptionally(new TooLarge(-1));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
            received.accept(count);
        }

        @Override
        public void onError(Throwable error) {
            body.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            body.complete(bytes == null ? new byte[0] : bytes.toByteArray());
        }

        @Override
        public java.util.concurrent.CompletionStage<byte[]> getBody() {
            return body;
        }

        void cancel() {
            Flow.Subscription taken = subscription;
            if (taken != null) {
                taken.cancel();
            }
            body.cancel(true);
        }
    }
}
