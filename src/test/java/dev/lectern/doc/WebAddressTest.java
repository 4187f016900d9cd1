package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebAddressTest {
    @Test
    void httpAndHttpsAreAddressesOtherSchemesAreRefused() throws Exception {
        assertThat(WebAddress.looksLikeOne("https://example.org/a")).isTrue();
        assertThat(WebAddress.looksLikeOne("ftp://example.org/a")).isTrue();
        assertThat(WebAddress.looksLikeOne("article.txt")).isFalse();
        assertThat(WebAddress.looksLikeOne("content/a.txt")).isFalse();
        assertThat(WebAddress.parse("HTTPS://example.org/a").getHost()).isEqualTo("example.org");
        assertThatThrownBy(() -> WebAddress.parse("ftp://example.org/a"))
                .hasMessage("ftp://example.org/a is not a web address Lectern reads: only http:// and https:// are.");
        assertThatThrownBy(() -> WebAddress.parse("file:///etc/passwd"))
                .hasMessage("file:///etc/passwd is not a web address Lectern reads: only http:// and https:// are.");
        assertThatThrownBy(() -> WebAddress.parse("http:///nohost")).hasMessage("http:///nohost has no host name.");
        assertThatThrownBy(() -> WebAddress.parse("http://exa mple.org/")).hasMessageStartingWith("http://exa mple.org/ is not a valid web address");
    }

    @ParameterizedTest
    @CsvSource({
        "http://example.org/news/article, .html, article.html",
        "http://example.org/news/article.html, .html, article.html",
        "http://example.org/news/, .html, news.html",
        "http://example.org/, .txt, example.org.txt",
        "http://example.org, .md, example.org.md",
        "http://example.org/page.php?id=3, .html, page.php.html",
        "http://example.org/Book.EPUB, .epub, Book.EPUB"})
    void theNameGivenToTheFormatsEndsWithTheKindsExtension(String address, String extension, String name) {
        assertThat(WebAddress.fileName(URI.create(address), extension)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({
        "http://example.org/, example.org",
        "http://example.org/index.html, example.org",
        "http://example.org/news/index.php, example.org/news",
        "http://example.org/news/story, example.org/news/story"})
    void anUntitledPageIsCalledByItsHostAndPath(String address, String title) {
        assertThat(WebAddress.fallbackTitle(URI.create(address))).isEqualTo(title);
    }
}
