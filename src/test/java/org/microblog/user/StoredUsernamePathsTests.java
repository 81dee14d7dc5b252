package org.microblog.user;

import java.time.Instant;
import java.util.List;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredUsernamePathsTests {

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

    @Test
    void experiment() throws Exception {
        TestApplication.clean(jdbc);
        new Members(users).john();
        List<String> names = List.of("a/b", "50%", "semi;colon", "back\\slash", "..", ".", "with space", "ünï 名前", "dots.in", "a?b#c", "%2F", "x..y", "a+b", "tab\tx", "pct%00");
        int i = 0;
        for (String n : names) {
            repository.saveAndFlush(new User(n, "u" + (i++) + "@example.com", Instant.now()));
        }
        HttpMember john = HttpMember.signIn("http://127.0.0.1:" + port, "john", Members.PASSWORD);
        for (String n : names) {
            for (String path : List.of(UserPaths.profile(n), UserPaths.profile(n) + "/popup")) {
                var r = john.get(path);
                String body = r.body();
                int h = body.indexOf("<h1");
                System.out.println("EXP " + n + " -> " + path + " " + r.statusCode() + " "
                        + (h >= 0 ? body.substring(h, Math.min(body.length(), h + 60)).replace('\n', ' ') : body.substring(0, Math.min(120, body.length())).replace('\n', ' ')));
            }
        }
    }
}
