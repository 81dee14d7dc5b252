package org.microblog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microblog.api.SlowApiController;
import org.microblog.testsupport.TestDatabase;
import org.microblog.testsupport.TestSite;

/**
 * What an operator's tools see over HTTP: the metrics only with {@code METRICS_TOKEN}, in
 * Prometheus' format with requests by route and status, latency histograms, the pools and the
 * streams; and a shutdown that lets a request in flight finish while it takes no new ones.
 */
class OperationsIntegrationTests {

    private static final String TOKEN = "metrics-token-for-the-operations-test";

    @TempDir
    Path directory;

    @Test
    void metricsAreNotOnTheWebWithoutAToken() throws Exception {
        TestSite site = TestSite.on(TestDatabase.SQLITE);

        HttpResponse<String> answer = site.send("GET", "/actuator/prometheus", "Bearer anything-at-all-here", null, null);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("jvm_").doesNotContain("hikaricp");
        assertThat(site.send("GET", "/actuator", null, null, null).statusCode()).isEqualTo(404);
        assertThat(site.send("GET", "/actuator/metrics", null, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void metricsNeedTheTokenAndHoldRoutesPoolsAndStreams() throws Exception {
        TestSite site = TestSite.start("sqlite:///" + directory.resolve("metrics.db"), "METRICS_TOKEN=" + TOKEN);
        try {
            site.send("GET", "/explore", null, null, null);
            site.send("GET", "/api/users/12345", "Bearer not-a-token", null, null);

            HttpResponse<String> none = site.send("GET", "/actuator/prometheus", null, null, null);
            HttpResponse<String> wrong = site.send("GET", "/actuator/prometheus", "Bearer " + TOKEN + "x", null, null);
            HttpResponse<String> basic = site.send("GET", "/actuator/prometheus", "Basic " + TOKEN, null, null);
            HttpResponse<String> right = site.send("GET", "/actuator/prometheus", "Bearer " + TOKEN, null, null);

            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(basic.statusCode()).isEqualTo(401);
            assertThat(none.body() + wrong.body()).doesNotContain("http_server_requests");
            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(right.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
            assertThat(right.body())
                    .containsPattern("http_server_requests_seconds_bucket\\{[^}]*status=\"302\"[^}]*uri=\"/explore\"")
                    .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"401\"")
                    .contains("hikaricp_connections_active")
                    .contains("microblog_notification_streams_open")
                    .contains("jvm_memory_used_bytes");
        } finally {
            site.close();
        }
    }

    @Test
    void shutdownFinishesTheRequestInFlightAndTakesNoNewOnes() throws Exception {
        SlowApiController.arrived = new CountDownLatch(1);
        SlowApiController.release = new CountDownLatch(1);
        TestSite site = TestSite.start("sqlite:///" + directory.resolve("shutdown.db"), "spring.profiles.active=shutdown-tests");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
                HttpRequest.newBuilder(URI.create(site.base() + "/api/test/slow")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(SlowApiController.arrived.await(20, TimeUnit.SECONDS)).isTrue();

        long closeStarted = System.nanoTime();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(site::close);
        // The site stops taking requests at once: a new one is not answered while the old one runs.
        await().atMost(Duration.ofSeconds(5)).until(() -> !answers(site.base() + "/actuator/health"));
        // Both stay pending for longer than Tomcat's own wait for its threads (5 s) when it stops without grace.
        Duration held = Duration.ofSeconds(7).minusNanos(System.nanoTime() - closeStarted);
        await().atMost(held.plusSeconds(2)).during(held).until(() -> !closing.isDone() && !inFlight.isDone());

        SlowApiController.release.countDown();

        HttpResponse<String> finished = inFlight.get(20, TimeUnit.SECONDS);
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(finished.body()).contains("\"finished\": true");
        closing.get(30, TimeUnit.SECONDS);
    }

    /** Whether a fresh connection gets an answer within a second. */
    private static boolean answers(String url) throws InterruptedException {
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        try {
            return fresh.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(1)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (ConnectException | HttpTimeoutException refusedOrHeld) {
            return false;
        } catch (IOException closed) {
            return false;
        }
    }
}
