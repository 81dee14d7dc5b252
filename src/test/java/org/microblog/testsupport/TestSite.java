package org.microblog.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.microblog.MicroblogApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole site on a real Tomcat (random port) over one {@link TestDatabase}, started once per
 * database for the test run, for what must be seen over HTTP on every database: how hostile
 * input is answered, what the fuzz test throws at the API. Closed when the JVM ends.
 */
public final class TestSite {

    private static final Map<TestDatabase, TestSite> RUNNING = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.values().forEach(site -> site.context.close()),
                "test-sites-shutdown"));
    }

    private final ConfigurableApplicationContext context;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The abuse limits are another test's subject; here they would only cut the requests short. */
    private static final List<String> NO_LIMITS = List.of("SIGN_IN", "SIGN_IN_ADDRESS", "SIGN_IN_ACCOUNT", "REGISTRATIONS",
            "RESET_REQUESTS", "RESET_REQUESTS_EMAIL", "POSTS", "POSTS_ADDRESS", "MESSAGES", "MESSAGES_ADDRESS", "FOLLOWS",
            "FOLLOWS_ADDRESS", "TOKENS", "TOKENS_ADDRESS");

    private TestSite(String databaseUrl, String... properties) {
        List<String> all = new ArrayList<>(List.of("DATABASE_URL=" + databaseUrl,
                "SECRET_KEY=test-site-secret-key-not-for-production", "spring.main.banner-mode=off", "PORT=0",
                "server.address=127.0.0.1"));
        NO_LIMITS.forEach(limit -> all.add("RATE_LIMIT_" + limit + "=off"));
        all.addAll(List.of(properties));
        this.context = new SpringApplicationBuilder(MicroblogApplication.class).web(WebApplicationType.SERVLET)
                .properties(all.toArray(String[]::new)).run();
        this.base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The site on this database, with every table empty. */
    public static TestSite on(TestDatabase database) {
        TestSite site = RUNNING.computeIfAbsent(database, d -> new TestSite(d.createDatabase()));
        TestApplication.clean(site.bean(JdbcTemplate.class));
        return site;
    }

    /** A site of its own on {@code databaseUrl}, with extra properties; the caller closes it. */
    public static TestSite start(String databaseUrl, String... properties) {
        return new TestSite(databaseUrl, properties);
    }

    public void close() {
        context.close();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public String base() {
        return base;
    }

    public int port() {
        return URI.create(base).getPort();
    }

    /** Sends a request; {@code body} with {@code contentType} when not null. */
    public HttpResponse<String> send(String method, String path, @Nullable String authorization, @Nullable String contentType,
            byte @Nullable [] body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> sendJson(String method, String path, @Nullable String authorization, String json)
            throws IOException, InterruptedException {
        return send(method, path, authorization, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** A member registered through the API, and a bearer token for them. */
    public String bearerFor(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> created = sendJson("POST", "/api/users", null, "{\"username\": \"" + username
                + "\", \"email\": \"" + username + "@example.com\", \"password\": \"" + password + "\"}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("cannot register " + username + ": " + created.statusCode() + " " + created.body());
        }
        HttpResponse<String> token = send("POST", "/api/tokens", basic(username, password), null, null);
        String body = token.body();
        int start = body.indexOf("\"token\":\"");
        if (token.statusCode() != 200 || start < 0) {
            throw new IllegalStateException("no token for " + username + ": " + token.statusCode() + " " + body);
        }
        start += "\"token\":\"".length();
        return "Bearer " + body.substring(start, body.indexOf('"', start));
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
