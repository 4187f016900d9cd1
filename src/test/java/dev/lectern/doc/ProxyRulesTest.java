package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The proxy settings as curl reads them, without any network. */
class ProxyRulesTest {
    private static InetSocketAddress proxy(Map<String, String> environment, String address) throws Exception {
        return ProxyRules.from(environment).proxyFor(URI.create(address));
    }

    @Test
    void httpAndHttpsHaveTheirOwnVariablesAndAllProxyCoversBoth() throws Exception {
        Map<String, String> env = Map.of("http_proxy", "http://plain:3128", "HTTPS_PROXY", "secure:8443");
        assertThat(proxy(env, "http://example.org/")).isEqualTo(InetSocketAddress.createUnresolved("plain", 3128));
        assertThat(proxy(env, "https://example.org/")).isEqualTo(InetSocketAddress.createUnresolved("secure", 8443));
        Map<String, String> all = Map.of("ALL_PROXY", "http://every:8080/");
        assertThat(proxy(all, "http://example.org/")).isEqualTo(InetSocketAddress.createUnresolved("every", 8080));
        assertThat(proxy(all, "https://example.org/")).isEqualTo(InetSocketAddress.createUnresolved("every", 8080));
        assertThat(proxy(Map.of(), "http://example.org/")).isNull();
    }

    @Test
    void upperCaseHttpProxyIsIgnoredAsCurlDoes() throws Exception {
        assertThat(proxy(Map.of("HTTP_PROXY", "http://injected:80"), "http://example.org/")).isNull();
    }

    @Test
    void aProxyWithoutAPortUsesCurlsDefault() throws Exception {
        assertThat(proxy(Map.of("http_proxy", "proxy.local"), "http://example.org/"))
                .isEqualTo(InetSocketAddress.createUnresolved("proxy.local", 1080));
    }

    @Test
    void aProxyKindTheClientCannotUseIsOneClearLine() {
        assertThatThrownBy(() -> proxy(Map.of("https_proxy", "socks5://127.0.0.1:1080"), "https://example.org/"))
                .hasMessage("The proxy socks5://127.0.0.1:1080 is not supported: only http:// proxies are.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "example.org | http://example.org/ | true",
        "example.org | http://news.example.org/ | true",
        "example.org | http://badexample.org/ | false",
        ".example.org | http://example.org/ | true",
        ".example.org | http://a.example.org/ | true",
        "*.example.org | http://a.example.org/ | true",
        "* | http://anything.test/ | true",
        "localhost,127.0.0.1 | http://127.0.0.1:8080/ | true",
        "localhost, 127.0.0.1 | http://127.0.0.2/ | false",
        "example.org:8080 | http://example.org:8080/ | true",
        "example.org:8080 | http://example.org/ | false",
        "example.org:443 | https://example.org/ | true",
        "EXAMPLE.ORG | http://Example.org./ | true",
        "::1 | http://[::1]:8080/ | true",
        "[::1]:8080 | http://[::1]:8080/ | true",
        "[::1]:8080 | http://[::1]:9090/ | false",
        "'' | http://example.org/ | false"})
    void noProxyListsHostSuffixesPortsAndStar(String noProxy, String address, boolean direct) throws Exception {
        Map<String, String> env = Map.of("http_proxy", "http://proxy:3128", "https_proxy", "http://proxy:3128", "no_proxy", noProxy);
        assertThat(proxy(env, address) == null).isEqualTo(direct);
    }

    @Test
    void upperCaseNoProxyIsReadToo() throws Exception {
        assertThat(proxy(Map.of("http_proxy", "http://proxy:3128", "NO_PROXY", "example.org"), "http://example.org/")).isNull();
    }

    @Test
    void theSelectorGivesTheClientAnHttpProxyOrNone() {
        ProxyRules rules = ProxyRules.from(Map.of("http_proxy", "http://proxy:3128", "no_proxy", "direct.test"));
        assertThat(rules.selector().select(URI.create("http://example.org/")).get(0).type()).isEqualTo(Proxy.Type.HTTP);
        assertThat(rules.selector().select(URI.create("http://direct.test/"))).containsExactly(Proxy.NO_PROXY);
    }
}
