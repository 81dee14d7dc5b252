package org.microblog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.testsupport.HttpMember;
import org.microblog.testsupport.OnEveryDatabase;
import org.microblog.testsupport.TestDatabase;
import org.microblog.testsupport.TestSite;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * NUL and other control characters through every doorway, on every database: PostgreSQL
 * refuses NUL in text (a 500 deep in a transaction), SQLite and MariaDB store it (a profile
 * that can no longer be shown). Each is a 400 naming the field before anything is written.
 * Line breaks and tabs stay allowed in texts with lines (posts, messages, about-me).
 */
@OnEveryDatabase
class HostileInputIntegrationTests {

    @Parameter
    TestDatabase database;

    TestSite site;
    String bearer;

    @BeforeEach
    void startSite() throws Exception {
        assumeTrue(database.unavailability().isEmpty(), () -> database.unavailability().orElseThrow());
        site = TestSite.on(database);
        bearer = site.bearerFor("alice", "dog");
    }

    private void assertRefused(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"error\":\"Bad Request\"").contains(field);
    }

    private long rows(String table) {
        return site.bean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b[31m", "\\u007f", "\\u009b", "\\ud800"})
    void controlCharactersInAnApiPostAre400NamingTheField(String character) throws Exception {
        HttpResponse<String> response = site.sendJson("POST", "/api/posts", bearer, "{\"body\": \"a" + character + "b\"}");

        assertRefused(response, "body");
        assertThat(rows("posts")).isZero();
    }

    @Test
    void lineBreaksAndTabsInAPostAreKept() throws Exception {
        HttpResponse<String> response = site.sendJson("POST", "/api/posts", bearer, "{\"body\": \"one\\n\\ttwo\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(site.bean(JdbcTemplate.class).queryForObject("SELECT body FROM posts", String.class)).isEqualTo("one\n\ttwo");
    }

    @Test
    void nulInAMessageIs400NamingTheField() throws Exception {
        site.bearerFor("bob", "cat");
        long bob = site.bean(JdbcTemplate.class).queryForObject("SELECT id FROM users WHERE username = 'bob'", Long.class);

        HttpResponse<String> response = site.sendJson("POST", "/api/messages", bearer,
                "{\"recipient_id\": " + bob + ", \"body\": \"hi\\u0000\"}");

        assertRefused(response, "body");
        assertThat(rows("messages")).isZero();
    }

    @Test
    void nulInTheProfileIs400AndTheProfileStaysReachable() throws Exception {
        long alice = site.bean(JdbcTemplate.class).queryForObject("SELECT id FROM users WHERE username = 'alice'", Long.class);

        assertRefused(site.sendJson("PUT", "/api/users/" + alice, bearer, "{\"about_me\": \"me\\u0000\"}"), "about_me");
        assertRefused(site.sendJson("PUT", "/api/users/" + alice, bearer, "{\"username\": \"al\\u0000ice\"}"), "username");
        assertRefused(site.sendJson("PUT", "/api/users/" + alice, bearer, "{\"email\": \"a\\u0000@example.com\"}"), "email");

        assertThat(HttpMember.signIn(site.base(), "alice", "dog").get("/user/alice").statusCode()).isEqualTo(200);
        assertThat(site.send("GET", "/api/users/" + alice, bearer, null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void nulInANewMembersFieldsIs400() throws Exception {
        assertRefused(site.sendJson("POST", "/api/users", null,
                "{\"username\": \"carol\", \"email\": \"carol@example.com\", \"password\": \"p\\u0000w\"}"), "password");
        assertRefused(site.sendJson("POST", "/api/users", null,
                "{\"username\": \"ca\\u0000rol\", \"email\": \"carol@example.com\", \"password\": \"pw\"}"), "username");
        assertThat(rows("users")).isEqualTo(1);
    }

    @Test
    void nulInBasicCredentialsIs400() throws Exception {
        assertRefused(site.send("POST", "/api/tokens", TestSite.basic("ali\u0000ce", "dog"), null, null), "credentials");
        assertRefused(site.send("POST", "/api/tokens", TestSite.basic("alice", "d\u0000og"), null, null), "credentials");
        assertThat(site.send("POST", "/api/tokens", TestSite.basic("alice", "dog"), null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void controlCharactersInAQueryParameterAre400NamingIt() throws Exception {
        HttpResponse<String> page = site.send("GET", "/explore?page=%01", null, null, null);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("page").contains("control character");

        assertRefused(site.send("GET", "/api/posts?before=%00", bearer, null, null), "before");
    }

    @Test
    void nulInASignInFormIs400() throws Exception {
        HttpResponse<String> response = site.send("POST", "/auth/login", null, "application/x-www-form-urlencoded",
                "username=al%00ice&password=dog".getBytes(StandardCharsets.US_ASCII));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("username");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "text/*", "application/*", "foo/bar", "*/json", "text/plain", "nonsense"})
    void wildcardOrUnknownContentTypesAre415WithTheJsonError(String contentType) throws Exception {
        for (String[] endpoint : new String[][] {{"POST", "/api/posts"}, {"POST", "/api/users"}, {"POST", "/api/messages"},
                {"PUT", "/api/users/1"}}) {
            HttpResponse<String> response = site.send(endpoint[0], endpoint[1], bearer, contentType,
                    "{\"body\": \"hello\"}".getBytes(StandardCharsets.UTF_8));

            assertThat(response.statusCode()).as(endpoint[1] + " " + response.body()).isEqualTo(415);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(response.body()).contains("\"error\":\"Unsupported Media Type\"");
        }
    }
}
