package dev.lectern.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The body collector on its own: the cap holds on the bytes that arrive, whatever the headers said. */
class WebFetcherTest {
    private static HttpResponse.ResponseInfo answer(int status, Map<String, List<String>> headers) {
        return new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public HttpHeaders headers() {
                return HttpHeaders.of(headers, (name, value) -> true);
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }

    private static final class Subscription implements Flow.Subscription {
        final AtomicBoolean cancelled = new AtomicBoolean();

        @Override
        public void request(long n) {
        }

        @Override
        public void cancel() {
            cancelled.set(true);
        }
    }

    @Test
    void aContentLengthUnderTheCapDoesNotLetMoreBytesIn() {
        WebFetcher.BodyCollector collector = new WebFetcher.BodyCollector(
                answer(200, Map.of("Content-Length", List.of("100"))), 1000, received -> { });
        Subscription subscription = new Subscription();
        collector.onSubscribe(subscription);
        collector.onNext(List.of(ByteBuffer.allocate(600)));
        assertThat(subscription.cancelled).isFalse();
        collector.onNext(List.of(ByteBuffer.allocate(600)));
        assertThat(subscription.cancelled).isTrue();
        CompletableFuture<byte[]> body = collector.getBody().toCompletableFuture();
        assertThat(body).isCompletedExceptionally();
        try {
            body.get();
        } catch (ExecutionException | InterruptedException e) {
            assertThat(e.getCause()).isInstanceOf(WebFetcher.TooLarge.class);
        }
    }

    @Test
    void aContentLengthOverTheCapStopsBeforeAnyByte() {
        WebFetcher.BodyCollector collector = new WebFetcher.BodyCollector(
                answer(200, Map.of("Content-Length", List.of("5000"))), 1000, received -> { });
        Subscription subscription = new Subscription();
        collector.onSubscribe(subscription);
        assertThat(subscription.cancelled).isTrue();
        assertThat(collector.getBody().toCompletableFuture()).isCompletedExceptionally();
    }

    @Test
    void theBodyOfARedirectOrAnErrorIsNotRead() throws Exception {
        WebFetcher.BodyCollector collector = new WebFetcher.BodyCollector(answer(302, Map.of()), 1000, received -> { });
        Subscription subscription = new Subscription();
        collector.onSubscribe(subscription);
        assertThat(subscription.cancelled).isTrue();
        assertThat(collector.getBody().toCompletableFuture().get()).isEmpty();
    }

    @Test
    void whatArrivesIsKeptAndCounted() throws Exception {
        long[] counted = new long[1];
        WebFetcher.BodyCollector collector = new WebFetcher.BodyCollector(answer(200, Map.of()), 1000, r -> counted[0] = r);
        collector.onSubscribe(new Subscription());
        collector.onNext(List.of(ByteBuffer.wrap(new byte[] {'a', 'b'}), ByteBuffer.wrap(new byte[] {'c'})));
        collector.onComplete();
        assertThat(collector.getBody().toCompletableFuture().get()).containsExactly('a', 'b', 'c');
        assertThat(counted[0]).isEqualTo(3);
    }
}
