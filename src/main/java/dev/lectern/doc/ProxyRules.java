package dev.lectern.doc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The proxy to go through, read from the environment as curl reads it: {@code http_proxy} for
 * http addresses (lower case only, as curl, since a CGI server sets HTTP_PROXY from a request
 * header), {@code https_proxy} or {@code HTTPS_PROXY} for https, {@code all_proxy} /
 * {@code ALL_PROXY} for either; {@code no_proxy} / {@code NO_PROXY} lists the hosts to reach
 * directly: host names matching themselves and their subdomains (a leading dot is optional),
 * addresses, {@code host:port} for that port only, and {@code *} for every host.
 */
record ProxyRules(String httpProxy, String httpsProxy, List<String> noProxy) {
    static final ProxyRules NONE = new ProxyRules(null, null, List.of());
    /** curl's default proxy port. */
    private static final int DEFAULT_PORT = 1080;

    static ProxyRules from(Map<String, String> environment) {
        String all = first(environment, "all_proxy", "ALL_PROXY");
        String http = first(environment, "http_proxy");
        String https = first(environment, "https_proxy", "HTTPS_PROXY");
        String no = first(environment, "no_proxy", "NO_PROXY");
        List<String> bypass = new ArrayList<>();
        if (no != null) {
            for (String entry : no.split("[,\\s]+")) {
                if (!entry.isBlank()) {
                    bypass.add(entry.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return new ProxyRules(http != null ? http : all, https != null ? https : all, List.copyOf(bypass));
    }

    private static String first(Map<String, String> environment, String... names) {
        for (String name : names) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** The proxy for {@code address}, or null to go direct; a proxy setting Lectern cannot use is reported. */
    InetSocketAddress proxyFor(URI address) throws UnreadableDocumentException {
        String setting = "https".equalsIgnoreCase(address.getScheme()) ? httpsProxy : httpProxy;
        if (setting == null || bypasses(address.getHost(), port(address))) {
            return null;
        }
        return parseProxy(setting);
    }

    /** True when no_proxy names this host (and port). */
    boolean bypasses(String host, int port) {
        String name = unbracket(host.toLowerCase(Locale.ROOT));
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        for (String entry : noProxy) {
            if (entry.equals("*")) {
                return true;
            }
            String pattern = entry;
            int entryPort = -1;
            int colon = pattern.lastIndexOf(':');
            // host:port, or [v6]:port; a bare IPv6 address has several colons and no port.
            if (colon > 0 && pattern.indexOf(':') == colon || pattern.startsWith("[") && pattern.contains("]:")) {
                try {
                    entryPort = Integer.parseInt(pattern.substring(colon + 1));
                    pattern = pattern.substring(0, colon);
                } catch (NumberFormatException notAPort) {
                    continue;
                }
            }
            pattern = unbracket(pattern);
            while (pattern.startsWith(".") || pattern.startsWith("*.")) {
                pattern = pattern.substring(pattern.indexOf('.') + 1);
            }
            if (pattern.endsWith(".")) {
                pattern = pattern.substring(0, pattern.length() - 1);
            }
            boolean hostMatches = !pattern.isEmpty() && (name.equals(pattern) || name.endsWith("." + pattern));
            if (hostMatches && (entryPort < 0 || entryPort == port)) {
                return true;
            }
        }
        return false;
    }

    private static String unbracket(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    static int port(URI address) {
        if (address.getPort() >= 0) {
            return address.getPort();
        }
        return "https".equalsIgnoreCase(address.getScheme()) ? 443 : 80;
    }

    /** "proxy:3128", "http://proxy:3128/" or "http://user@proxy" as a socket address. */
    static InetSocketAddress parseProxy(String setting) throws UnreadableDocumentException {
        String text = setting.contains("://") ? setting : "http://" + setting;
        URI uri;
        try {
            uri = new URI(text);
        } catch (java.net.URISyntaxException e) {
            throw new UnreadableDocumentException("The proxy setting " + setting + " is not an address: " + e.getReason() + ".");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            throw new UnreadableDocumentException("The proxy " + setting + " is not supported: only http:// proxies are.");
        }
        if (uri.getHost() == null) {
            throw new UnreadableDocumentException("The proxy setting " + setting + " has no host name.");
        }
        return InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort() >= 0 ? uri.getPort() : DEFAULT_PORT);
    }

    /** For the HTTP client: the proxy this rule gives, looked up again for each address (redirects). */
    ProxySelector selector() {
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                try {
                    InetSocketAddress proxy = proxyFor(uri);
                    return List.of(proxy == null ? Proxy.NO_PROXY : new Proxy(Proxy.Type.HTTP, proxy));
                } catch (UnreadableDocumentException checkedBeforeEachRequest) {
                    return List.of(Proxy.NO_PROXY);
                }
            }

            @Override
            public void connectFailed(URI uri, SocketAddress proxy, IOException e) {
                // The request fails with that error, which is reported then.
            }
        };
    }
}
