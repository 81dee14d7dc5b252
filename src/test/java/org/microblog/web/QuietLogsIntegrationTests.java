package org.microblog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.testsupport.TestDatabase;
import org.microblog.testsupport.TestSite;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A client's mistakes over real HTTP, where the container's error dispatch runs too: a forged
 * CSRF token, a malformed body or parameter, control characters. None of them may log above
 * DEBUG, or anyone could fill the log; none is a 5xx.
 */
@ExtendWith(OutputCaptureExtension.class)
class QuietLogsIntegrationTests {

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).build();

    @ParameterizedTest
    @ValueSource(strings = {"forged", "%25%25%25", "AAAA", "aGVsbG8gd29ybGQgaGVsbG8gd29ybGQ%3D", "%C3%A9", ""})
    void aForgedCsrfTokenIsRefusedWithoutALogLine(String token, CapturedOutput log) throws Exception {
        TestSite site = TestSite.on(TestDatabase.SQLITE);
        browser.send(HttpRequest.newBuilder(URI.create(site.base() + "/auth/login")).build(), HttpResponse.BodyHandlers.ofString());
        int before = log.getOut().length();

        HttpResponse<String> refused = browser.send(HttpRequest.newBuilder(URI.create(site.base() + "/auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=alice&password=dog&_csrf=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isBetween(400, 499);
        assertQuiet(log.getOut().substring(before));
    }

    @ParameterizedTest
    @ValueSource(strings = {"body=hi&_csrf=forged", "body=hi&_csrf=a&_csrf=b", "body=hi&_csrf=%2B%2F%2B%2F", "body=hi",
            "body=hi&_csrf=" + "QUFB" + "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB"})
    void aForgedCsrfTokenFromASignedInMemberIsRefusedWithoutALogLine(String form, CapturedOutput log) throws Exception {
        TestSite site = TestSite.on(TestDatabase.SQLITE);
        site.bearerFor("alice", "dog");
        String page = browser.send(HttpRequest.newBuilder(URI.create(site.base() + "/auth/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        browser.send(HttpRequest.newBuilder(URI.create(site.base() + "/auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=alice&password=dog&_csrf="
                        + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        int before = log.getOut().length();

        for (String path : new String[] {"/index", "/edit_profile", "/follow/alice", "/auth/logout"}) {
            HttpResponse<String> refused = browser.send(HttpRequest.newBuilder(URI.create(site.base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-CSRF-TOKEN", "forged")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(path).isBetween(400, 499);
        }
        assertQuiet(log.getOut().substring(before));
    }

    @Test
    void badInputLogsNothingAboveDebug(CapturedOutput log) throws Exception {
        TestSite site = TestSite.on(TestDatabase.SQLITE);
        String bearer = site.bearerFor("alice", "dog");
        int before = log.getOut().length();

        assertThat(site.sendJson("POST", "/api/posts", bearer, "{\"body\": 5}").statusCode()).isEqualTo(400);
        assertThat(site.send("GET", "/explore", null, "*/*", null).statusCode()).isEqualTo(415);
        assertThat(site.send("GET", "/explore?page=%00", null, null, null).statusCode()).isEqualTo(400);
        assertThat(site.sendJson("POST", "/api/posts", bearer, "{").statusCode()).isEqualTo(400);
        assertThat(site.sendJson("POST", "/api/posts", bearer, "{\"body\": \"\\u0000\"}").statusCode()).isEqualTo(400);
        assertThat(site.send("POST", "/api/posts", bearer, "*/*", "{}".getBytes()).statusCode()).isEqualTo(415);
        assertThat(site.send("GET", "/user/%00", null, null, null).statusCode()).isBetween(400, 404);

        assertQuiet(log.getOut().substring(before));
    }

    private static void assertQuiet(String logged) {
        assertThat(logged).doesNotContain(" ERROR ").doesNotContain(" WARN ").doesNotContain("\tat ");
    }
}
