package org.microblog.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.follow.BlockService;
import org.microblog.follow.FollowService;
import org.microblog.testsupport.HttpMember;
import org.microblog.testsupport.Members;
import org.microblog.testsupport.TestApplication;
import org.microblog.testsupport.TestDatabase;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The live timeline's announcement over real HTTP: bob holds his stream open, alice posts through the site. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NewPostStreamIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = TestDatabase.SQLITE.createDatabase();
        registry.add("DATABASE_URL", () -> url);
        registry.add("SECRET_KEY", () -> "new-post-tests-secret-key-not-for-production");
    }

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    FollowService follows;

    @Autowired
    BlockService blocks;

    @Autowired
    JdbcTemplate jdbc;

    User alice;
    User bob;
    HttpMember a;
    HttpMember b;
    final List<CompletableFuture<?>> streams = new ArrayList<>();

    @BeforeEach
    void signInTwoMembers() throws Exception {
        TestApplication.clean(jdbc);
        Members members = new Members(users);
        alice = members.register("alice");
        bob = members.register("bob");
        a = HttpMember.signIn("http://127.0.0.1:" + port, "alice", Members.PASSWORD);
        b = HttpMember.signIn("http://127.0.0.1:" + port, "bob", Members.PASSWORD);
    }

    @AfterEach
    void closeStreams() {
        streams.forEach(stream -> stream.cancel(true));
    }

    private BlockingQueue<String> openBobsStream() throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(b.uri("/notifications/stream")).header("Accept", "text/event-stream")
                .build();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        streams.add(b.client().sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            lines.add("status:" + response.statusCode());
            try (Stream<String> body = response.body()) {
                body.forEach(lines::add);
            }
        }));
        assertThat(lines.poll(5, TimeUnit.SECONDS)).isEqualTo("status:200");
        return lines;
    }

    private void alicePosts(String text) throws Exception {
        assertThat(a.postForm("/index", "/index", Map.of("post", text)).statusCode()).isEqualTo(302);
    }

    /** The lines of the next {@code new_post} event, or an empty list when none came within the wait. */
    private static List<String> nextNewPost(BlockingQueue<String> lines, long waitMillis) throws InterruptedException {
        List<String> event = new ArrayList<>();
        long until = System.currentTimeMillis() + waitMillis;
        boolean inside = false;
        while (System.currentTimeMillis() < until) {
            String line = lines.poll(until - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                break;
            }
            if (line.equals("event: new_post")) {
                inside = true;
            }
            if (inside) {
                if (line.isEmpty()) {
                    return event;
                }
                event.add(line);
            }
        }
        return List.of();
    }

    @Test
    void aFollowedMembersPostIsAnnouncedLiveOnlyWithoutAnIdAndNothingIsStored() throws Exception {
        follows.follow(bob.getId(), alice.getId());
        BlockingQueue<String> lines = openBobsStream();

        alicePosts("hello followers");

        List<String> event = nextNewPost(lines, 5000);
        long postId = jdbc.queryForObject("SELECT id FROM posts WHERE body = 'hello followers'", Long.class);
        assertThat(event).hasSize(2).noneMatch(line -> line.startsWith("id:"));
        assertThat(event.get(1)).startsWith("data: {\"name\":\"new_post\",\"data\":{")
                .contains("\"post_id\":" + postId, "\"author_id\":" + alice.getId(), "\"timestamp\":0.0");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM notifications WHERE name = 'new_post'", Integer.class))
                .isZero();
    }

    @Test
    void noAnnouncementForMembersNotFollowedOrAcrossABlock() throws Exception {
        BlockingQueue<String> lines = openBobsStream();
        alicePosts("bob does not follow me");
        assertThat(nextNewPost(lines, 1500)).isEmpty();

        follows.follow(bob.getId(), alice.getId());
        blocks.block(alice.getId(), bob.getId());
        alicePosts("bob is blocked");
        assertThat(nextNewPost(lines, 1500)).isEmpty();
    }
}
