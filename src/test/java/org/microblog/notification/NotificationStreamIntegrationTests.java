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
import org.microblog.testsupport.HttpMember;
import org.microblog.testsupport.Members;
import org.microblog.testsupport.TestApplication;
import org.microblog.testsupport.TestDatabase;
import org.microblog.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The live stream over real HTTP: B holds it open, A sends messages through the site. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationStreamIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = TestDatabase.SQLITE.createDatabase();
        registry.add("DATABASE_URL", () -> url);
        registry.add("SECRET_KEY", () -> "stream-tests-secret-key-not-for-production");
    }

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    HttpMember a;
    HttpMember b;
    final List<CompletableFuture<?>> streams = new ArrayList<>();

    @BeforeEach
    void signInTwoMembers() throws Exception {
        TestApplication.clean(jdbc);
        Members members = new Members(users);
        members.register("alice");
        members.register("bob");
        a = HttpMember.signIn("http://127.0.0.1:" + port, "alice", Members.PASSWORD);
        b = HttpMember.signIn("http://127.0.0.1:" + port, "bob", Members.PASSWORD);
    }

    @AfterEach
    void closeStreams() {
        streams.forEach(stream -> stream.cancel(true));
    }

    /** Opens B's stream; its lines arrive in the returned queue. */
    private BlockingQueue<String> openStream(String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(b.uri("/notifications/stream"))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        streams.add(b.client().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    lines.add("status:" + response.statusCode());
                    try (Stream<String> body = response.body()) {
                        body.forEach(lines::add);
                    }
                }));
        return lines;
    }

    private void aSendsToB(String text) throws Exception {
        HttpResponse<String> sent = a.postForm("/send_message/bob", "/send_message/bob", Map.of("message", text));
        assertThat(sent.statusCode()).isEqualTo(302);
    }

    /** The next event's {@code id:} and {@code data:} lines, waiting at most 5 s. */
    private static Map<String, String> nextEvent(BlockingQueue<String> lines, String name) throws InterruptedException {
        String event = null;
        String id = null;
        while (true) {
            String line = lines.poll(5, TimeUnit.SECONDS);
            assertThat(line).as("an event line within 5 s").isNotNull();
            if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("data:") && name.equals(event)) {
                return Map.of("id", id == null ? "" : id, "data", line.substring(5).strip());
            }
        }
    }

    @Test
    void aMessagePushesTheUnreadCountToTheRecipientsOpenStream() throws Exception {
        BlockingQueue<String> lines = openStream(null);
        assertThat(lines.poll(5, TimeUnit.SECONDS)).isEqualTo("status:200");

        aSendsToB("hello bob");
        Map<String, String> first = nextEvent(lines, "unread_message_count");
        aSendsToB("are you there?");
        Map<String, String> second = nextEvent(lines, "unread_message_count");

        assertThat(first.get("data")).startsWith("{\"name\":\"unread_message_count\",\"data\":1,\"timestamp\":");
        assertThat(second.get("data")).contains("\"data\":2");
        assertThat(Double.parseDouble(second.get("id"))).isGreaterThan(Double.parseDouble(first.get("id")));
    }

    @Test
    void reconnectingWithLastEventIdReplaysWhatWasMissed() throws Exception {
        BlockingQueue<String> lines = openStream(null);
        aSendsToB("one");
        String seen = nextEvent(lines, "unread_message_count").get("id");
        streams.forEach(stream -> stream.cancel(true));

        aSendsToB("two");
        aSendsToB("three");
        BlockingQueue<String> resumed = openStream(seen);

        assertThat(nextEvent(resumed, "unread_message_count").get("data")).contains("\"data\":3");
    }

    @Test
    void visitorsCannotOpenAStream() throws Exception {
        var visitor = java.net.http.HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(b.uri("/notifications/stream")).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(visitor.statusCode()).isEqualTo(302);
    }
}
