package org.microblog.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microblog.testsupport.HttpMember;
import org.microblog.testsupport.TestApplication;
import org.microblog.testsupport.TestDatabase;
import org.microblog.testsupport.TestReset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The original's API walkthrough, end to end over real HTTP, as a client script would run it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ApiWalkthroughIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = TestDatabase.SQLITE.createDatabase();
        registry.add("DATABASE_URL", () -> url);
        registry.add("SECRET_KEY", () -> "api-tests-secret-key-not-for-production");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<TestReset> resets;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void emptyDatabase() {
        TestApplication.clean(jdbc);
        resets.forEach(TestReset::reset);
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void createUserGetTokenReadYourselfPostReadTimelineRevoke(CapturedOutput output) throws Exception {
        HttpResponse<String> created = send("POST", "/api/users", null,
                "{\"username\": \"alice\", \"email\": \"alice@example.com\", \"password\": \"dog\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/api/users/\\d+");

        HttpResponse<String> issued = send("POST", "/api/tokens", basic("alice", "dog"), null);
        assertThat(issued.statusCode()).isEqualTo(200);
        String bearer = "Bearer " + body(issued).get("token").stringValue();

        JsonNode me = body(send("GET", location, bearer, null));
        assertThat(me.get("username").stringValue()).isEqualTo("alice");
        assertThat(me.get("email").stringValue()).isEqualTo("alice@example.com");
        assertThat(me.get("_links").get("avatar").stringValue()).startsWith("http://127.0.0.1:" + port + "/avatar/");

        HttpResponse<String> edited = send("PUT", location, bearer, "{\"about_me\": \"hello from the API\"}");
        assertThat(body(edited).get("about_me").stringValue()).isEqualTo("hello from the API");

        HttpResponse<String> posted = send("POST", "/api/posts", bearer, "{\"body\": \"my first API post\"}");
        assertThat(posted.statusCode()).isEqualTo(201);
        JsonNode timeline = body(send("GET", "/api/timeline", bearer, null));
        assertThat(timeline.get("items").get(0).get("body").stringValue()).isEqualTo("my first API post");
        assertThat(timeline.get("_links").get("self").stringValue()).isEqualTo("/api/timeline?page=1&per_page=10");

        JsonNode users = body(send("GET", "/api/users", bearer, null));
        assertThat(users.get("_meta").get("total_items").intValue()).isEqualTo(1);
        assertThat(users.get("items").get(0).get("post_count").intValue()).isEqualTo(1);

        assertThat(send("DELETE", "/api/tokens", bearer, null).statusCode()).isEqualTo(204);
        HttpResponse<String> revoked = send("GET", location, bearer, null);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"Authentication Required\"");

        assertThat(output.getAll()).doesNotContain(bearer.substring(7));
    }

    @Test
    void aSignedInBrowserSessionDoesNotOpenTheApi() throws Exception {
        send("POST", "/api/users", null, "{\"username\": \"bob\", \"email\": \"bob@example.com\", \"password\": \"cat\"}");
        HttpMember browser = HttpMember.signIn("http://127.0.0.1:" + port, "bob", "cat");

        assertThat(browser.get("/index").statusCode()).isEqualTo(200);
        HttpResponse<String> api = browser.get("/api/timeline");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).isEqualTo("{\"error\":\"Unauthorized\"}");
    }

    @Test
    void aHugeStreamedBodyIsTooLargeAndJson() throws Exception {
        byte[] huge = ("{\"username\": \"" + "x".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/users"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        assertThat(body(response).get("error").stringValue()).isEqualTo("Request Entity Too Large");
    }

    @Test
    void unknownRoutesAndWrongMethodsAreJsonOverHttpToo() throws Exception {
        HttpResponse<String> unknown = send("GET", "/api/does/not/exist", null, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"error\":\"Not Found\"}");

        HttpResponse<String> wrongMethod = send("PATCH", "/api/tokens", null, null);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).isEqualTo("{\"error\":\"Method Not Allowed\"}");
    }
}
