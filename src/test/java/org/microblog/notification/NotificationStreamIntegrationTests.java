package org.microblog.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microblog.testsupport.HttpMember;
import org.microblog.testsupport.Members;
import org.microblog.testsupport.TestApplication;
import org.microblog.testsupport.TestDatabase;
import org.microblog.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The live stream over real HTTP: B holds it open, A sends messages through the site. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
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

    @Autowired
    NotificationStreams hub;

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
    void aStreamWhoseClientLeftIsDroppedQuietly(CapturedOutput log) throws Exception {
        closeATabAndWatchTheLog(log, false);
    }

    @Test
    void aStreamWhoseClientLeftAfterSigningOutElsewhereIsDroppedQuietly(CapturedOutput log) throws Exception {
        // Its session is gone, so the stream's last dispatch finds nobody signed in.
        closeATabAndWatchTheLog(log, true);
    }

    private void closeATabAndWatchTheLog(CapturedOutput log, boolean signOutFirst) throws Exception {
        int before = hub.openStreams();
        try (Socket tab = new Socket("127.0.0.1", port)) {
            tab.getOutputStream().write(("GET /notifications/stream HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nAccept: text/event-stream\r\nCookie: " + cookiesOf(b) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            var response = new BufferedReader(new InputStreamReader(tab.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(response.readLine()).startsWith("HTTP/1.1 200");
            awaitOpenStreams(before + 1, () -> { });
            if (signOutFirst) {
                assertThat(b.postForm("/index", "/auth/logout", Map.of()).statusCode()).isEqualTo(302);
            }
        }
        int closedAt = log.length();

        // The server learns that the tab is gone when it next writes to it.
        awaitOpenStreams(before, () -> aSendsToB("anyone there?"));
        Thread.sleep(500);

        assertThat(log.toString().substring(closedAt))
                .doesNotContain("ERROR")
                .doesNotContain("Exception")
                .doesNotContainPattern("\\n\\s+at [\\w.$]+\\(");
    }

    private static String cookiesOf(HttpMember member) {
        CookieManager cookies = (CookieManager) member.client().cookieHandler().orElseThrow();
        return cookies.getCookieStore().getCookies().stream().map(HttpCookie::toString).collect(Collectors.joining("; "));
    }

    /** Does {@code step} (at most 20 times, 250 ms apart) until this instance holds {@code count} streams. */
    private void awaitOpenStreams(int count, ThrowingRunnable step) throws Exception {
        for (int i = 0; i < 20 && hub.openStreams() != count; i++) {
            step.run();
            Thread.sleep(250);
        }
        assertThat(hub.openStreams()).isEqualTo(count);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void visitorsCannotOpenAStream() throws Exception {
        var visitor = java.net.http.HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(b.uri("/notifications/stream")).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(visitor.statusCode()).isEqualTo(302);
    }
}
