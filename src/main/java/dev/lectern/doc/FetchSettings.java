package dev.lectern.doc;

import java.time.Duration;
import java.util.Map;

/**
 * How Lectern fetches from the web: the time it waits to connect and for the whole page, the
 * largest page it takes, and what it tells the server (its name and version, the reader's
 * languages), with the proxy the environment names.
 */
public record FetchSettings(Duration connectTimeout, Duration totalTimeout, long maxBytes, String userAgent,
                            String acceptLanguage, ProxyRules proxies) {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    public static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(60);
    /** Far more than any article; a bigger answer is a file download, not a page. */
    public static final long MAX_BYTES = 25L * 1024 * 1024;

    /** The defaults, with the reader's locale and proxy from {@code environment}; {@code version} as --version gives it. */
    public static FetchSettings from(Map<String, String> environment, String version) {
        return new FetchSettings(CONNECT_TIMEOUT, TOTAL_TIMEOUT, MAX_BYTES, "Lectern/" + version,
                AcceptLanguage.from(environment), ProxyRules.from(environment));
    }

    /** The same with other limits (tests use short ones). */
    public FetchSettings withLimits(Duration connect, Duration total, long bytes) {
        return new FetchSettings(connect, total, bytes, userAgent, acceptLanguage, proxies);
    }
}
