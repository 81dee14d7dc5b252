package org.microblog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The real server (Tomcat on a random port), for what MockMvc cannot show: the container's
 * size limits, its error dispatch to the site's error pages, and the session cookie's flags.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServerLimitsTests.FreshSqliteDatabase.class)
class ServerLimitsTests {

    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void fiveMegabyteFormPostIsRefusedWith4xxAndTheServerStaysUp() throws Exception {
        byte[] body = ("username=" + "a".repeat(5 * 1024 * 1024)).getBytes();

        int status = status(request(uri("/auth/register"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofByteArray(body)).build());

        assertThat(status).isIn(400, 413);
        assertServerAnswers();
    }

    @Test
    void clientExpectingContinueIsToldTooLargeBeforeItSendsTheBody() throws Exception {
        // Raw HTTP: JDK 17's HttpClient waits forever when the answer to "Expect" is not 100 (JDK-8286171).
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /auth/register HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + 5 * 1024 * 1024 + "\r\n"
                    + "Expect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = readUntilPageEnds(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 413").contains("<h1>Request Too Large</h1>").contains("navbar");
        }
        assertServerAnswers();
    }

    @Test
    void formOverTomcatsFormLimitButUnderTheBodyLimitIsRefused() throws Exception {
        HttpResponse<String> response = http.send(request(uri("/auth/register"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("username=" + "a".repeat(200 * 1024))).build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).isIn(400, 413);
        assertThat(response.body()).contains("<h1>").doesNotContain("Exception");
        assertServerAnswers();
    }

    @Test
    void hugeFormSentInChunksIsRefused() throws Exception {
        InputStream endless = new InputStream() {
            private long left = 5L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }
        };
        int status = status(request(uri("/auth/register"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofInputStream(() -> endless)).build());

        assertThat(status).isIn(400, 413);
        assertServerAnswers();
    }

    @Test
    void absurdlyLongQueryStringOrHeaderIs4xx() throws Exception {
        HttpResponse<String> longQuery = http.send(request(uri("/auth/login?next=" + "a".repeat(100_000)))
                .build(), BodyHandlers.ofString());
        HttpResponse<String> longHeader = http.send(request(uri("/auth/login"))
                .header("X-Padding", "a".repeat(100_000)).build(), BodyHandlers.ofString());

        assertThat(longQuery.statusCode()).isBetween(400, 499);
        assertThat(longHeader.statusCode()).isBetween(400, 499);
        assertServerAnswers();
    }

    @Test
    void nulInAQueryParameterIsABadRequestPage() throws Exception {
        HttpResponse<String> response = http.send(request(uri("/auth/login?next=%2Findex%00")).build(),
                BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<h1>Bad Request</h1>").contains("navbar");
    }

    @Test
    void invalidUtf8InQueryAndFormNeverFailsTheServer() throws Exception {
        HttpResponse<String> query = http.send(request(uri("/auth/login?next=%FF%FE%C3")).build(),
                BodyHandlers.ofString());
        assertThat(query.statusCode()).isBetween(200, 499);

        String token = csrfToken("/auth/register");
        HttpResponse<String> form = http.send(request(uri("/auth/register"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("_csrf=" + token + "&username=%FF%FEjohn&email=j%C3@example.com"
                        + "&password=cat&password2=cat")).build(), BodyHandlers.ofString());
        assertThat(form.statusCode()).isBetween(200, 499);
    }

    @Test
    void missingCsrfTokenIsAForbiddenPageInTheLayout() throws Exception {
        HttpResponse<String> response = http.send(request(uri("/auth/register"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("username=john&email=john@example.com&password=cat&password2=cat")).build(),
                BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<h1>Forbidden</h1>").contains("navbar").contains("href=\"/auth/login\"");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    }

    @Test
    void unknownPathIsANotFoundPageOrJson() throws Exception {
        HttpResponse<String> page = http.send(request(uri("/auth/nothing-here")).build(),
                BodyHandlers.ofString());
        HttpResponse<String> json = http.send(request(uri("/auth/nothing-here"))
                .header("Accept", "application/json").build(), BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>Not Found</h1>");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).contains("\"error\":\"Not Found\"");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request(uri("/auth/login")).build(),
                BodyHandlers.ofString());

        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement()
                .satisfies(c -> assertThat(c).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax"));
    }

    private int status(HttpRequest request) throws Exception {
        return http.send(request, BodyHandlers.discarding()).statusCode();
    }

    private static String readUntilPageEnds(InputStream in) throws IOException {
        var answer = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        for (int n; !answer.toString(StandardCharsets.UTF_8).contains("</html>") && (n = in.read(buffer)) > 0; ) {
            answer.write(buffer, 0, n);
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    private void assertServerAnswers() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(request(uri("/auth/login")).build(),
                BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
    }

    private String csrfToken(String path) throws Exception {
        String page = http.send(request(uri(path)).build(), BodyHandlers.ofString()).body();
        Matcher token = CSRF_TOKEN.matcher(page);
        assertThat(token.find()).as("CSRF token on " + path).isTrue();
        return token.group(1);
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Its own SQLite file, as the MockMvc tests have. */
    static final class FreshSqliteDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("server-tests", Map.of(
                    "DATABASE_URL", TestDatabase.SQLITE.createDatabase(),
                    "SECRET_KEY", "server-tests-secret-key-not-for-production")));
        }
    }
}
