package org.microblog.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.HttpMember;
import org.microblog.testsupport.Members;
import org.microblog.testsupport.TestApplication;
import org.microblog.testsupport.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Names stored before the username rule (imported, with {@code /}, {@code \}, {@code %},
 * {@code ;}, dots, spaces) reach their pages on the real server through {@link UserPaths}:
 * never Tomcat's bare error page, which MockMvc cannot show.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredUsernamePathsTests {

    static final List<String> STORED_NAMES = List.of("a/b", "50%", "semi;colon", "back\\slash", "..", ".", "x..y",
            "with space", "ünï 名前", "a?b#c", "%2F", "a+b", "tab\tx", "pct%00");

    @DynamicPropertySource
    static void application(DynamicPropertyRegistry registry) {
        String url = TestDatabase.SQLITE.createDatabase();
        registry.add("DATABASE_URL", () -> url);
        registry.add("SECRET_KEY", () -> "paths-tests-secret-key-not-for-production");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserRepository repository;

    @Autowired
    UserService users;

    private HttpMember john;

    @BeforeEach
    void storedNamesAndJohn() throws Exception {
        TestApplication.clean(jdbc);
        new Members(users).john();
        int n = 0;
        for (String name : STORED_NAMES) {
            // As an import writes them: past the rule that new names follow.
            User stored = repository.saveAndFlush(new User(name, "stored" + n++ + "@example.com", Instant.now()));
            users.setPassword(stored.getId(), Members.PASSWORD);
        }
        john = HttpMember.signIn(base(), "john", Members.PASSWORD);
    }

    @Test
    void everyStoredNameHasItsProfileAndPopup() throws Exception {
        for (String name : STORED_NAMES) {
            HttpResponse<String> profile = john.get(UserPaths.profile(name));
            HttpResponse<String> popup = john.get(UserPaths.profile(name) + "/popup");

            assertThat(profile.statusCode()).as(name + " " + UserPaths.profile(name)).isEqualTo(200);
            assertThat(profile.body()).as(name).contains(">User: " + name + "</h1>");
            assertThat(popup.statusCode()).as(name + " popup").isEqualTo(200);
            assertThat(popup.body()).as(name + " popup").contains("user-card").contains(">" + name + "<");
        }
    }

    @Test
    void everyStoredNameCanBeFollowedAndWrittenTo() throws Exception {
        for (String name : STORED_NAMES) {
            HttpResponse<String> follow = john.postForm(UserPaths.profile(name), UserPaths.follow(name), Map.of());
            HttpResponse<String> send = john.postForm(UserPaths.sendMessage(name), UserPaths.sendMessage(name),
                    Map.of("message", "hello"));
            HttpResponse<String> conversation = john.get(UserPaths.conversation(name));

            assertThat(follow.statusCode()).as(name + " follow").isEqualTo(302);
            assertThat(follow.headers().firstValue("Location")).as(name).hasValueSatisfying(
                    location -> assertThat(location).endsWith(UserPaths.profile(name)));
            assertThat(send.statusCode()).as(name + " send").isEqualTo(302);
            assertThat(conversation.body()).as(name + " conversation").contains("hello");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM followers", Integer.class)).isEqualTo(STORED_NAMES.size());
    }

    @Test
    void encodedCharactersOutsideAMemberPathAreStillRefusedWithTheSitesPage() throws Exception {
        for (String path : List.of("/css/%2e%2e/app.css", "/explore%2F..", "/auth/login%5C", "/index%3Bx",
                "/user/john/popup/%2E%2E", "/user/a%2Fb/other")) {
            HttpResponse<String> response = john.get(path);

            assertThat(response.statusCode()).as(path).isBetween(400, 404);
            assertThat(response.body()).as(path).contains("navbar").doesNotContain("HTTP Status");
        }
    }

    @Test
    void aMemberWithAStoredNameKeepsItWhenSavingTheirProfileButCannotPickAnotherSuchName() throws Exception {
        HttpMember member = HttpMember.signIn(base(), "with space", Members.PASSWORD);

        HttpResponse<String> kept = member.postForm("/edit_profile", "/edit_profile",
                Map.of("username", "with space", "about_me", "still me"));
        HttpResponse<String> other = member.postForm("/edit_profile", "/edit_profile",
                Map.of("username", "with more space", "about_me", "still me"));

        assertThat(kept.statusCode()).isEqualTo(302);
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).contains("Use only letters, digits, _, - and . in a username.");
        assertThat(jdbc.queryForObject("SELECT about_me FROM users WHERE username = 'with space'", String.class))
                .isEqualTo("still me");
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
