package org.microblog.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

/**
 * The limits of the live streams over real HTTP, on a site that may hold {@value #LIMIT}: the
 * stream beyond them is refused with 503 and {@code Retry-After}, and streams opened all at
 * once while notifications are being delivered to them always open (never a 500).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationStreamLimitsIntegrationTests {

    static final int LIMIT = 40;
    static final int MEMBERS = LIMIT / NotificationStreams.MAX_PER_MEMBER;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = TestDatabase.SQLITE.createDatabase();
        registry.add("DATABASE_URL", () -> url);
        registry.add("SECRET_KEY", () -> "stream-limit-tests-secret-key-not-for-production");
        registry.add("NOTIFICATION_STREAMS_MAX", () -> Integer.toString(LIMIT));
    }

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NotificationStreams hub;

    final List<User> members = new ArrayList<>();
    final List<String> cookies = new ArrayList<>();
    final List<Socket> open = new ArrayList<>();

    @BeforeEach
    void signIn() throws Exception {
        TestApplication.clean(jdbc);
        Members registered = new Members(users);
        for (int i = 1; i <= MEMBERS; i++) {
            members.add(registered.register("member" + i));
            cookies.add(cookiesOf(HttpMember.signIn("http://127.0.0.1:" + port, "member" + i, Members.PASSWORD)));
        }
    }

    @AfterEach
    void closeStreams() throws Exception {
        closeAll();
    }

    @Test
    void theStreamBeyondTheLimitIsRefusedWith503AndRetryAfter() throws Exception {
        assertThat(hub.max()).isEqualTo(LIMIT);
        for (int i = 0; i < LIMIT; i++) {
            assertThat(open(cookies.get(i % MEMBERS)).status()).isEqualTo(200);
        }

        Answer refused = open(cookies.get(0));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.headers()).containsEntry("retry-after", Integer.toString(NotificationStreams.RETRY_AFTER_SECONDS));
        // A tab that closes gives its place to the next.
        open.remove(0).close();
        awaitHeld(LIMIT - 1);
        assertThat(open(cookies.get(0)).status()).isEqualTo(200);
    }

    @Test
    void streamsOpenedAllAtOnceWhileNotificationsFlowNeverFail() throws Exception {
        AtomicBoolean flowing = new AtomicBoolean(true);
        Thread raiser = new Thread(() -> {
            int n = 0;
            while (flowing.get()) {
                notifications.add(members.get(n % MEMBERS).getId(), "task_progress", n++);
            }
        });
        raiser.start();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService openers = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<Answer>> answers = new ArrayList<>();
                for (int i = 0; i < LIMIT; i++) {
                    String cookie = cookies.get(i % MEMBERS);
                    answers.add(openers.submit(() -> open(cookie)));
                }
                for (Future<Answer> answer : answers) {
                    Answer a = answer.get(30, TimeUnit.SECONDS);
                    statuses.merge(a.status(), 1, Integer::sum);
                    assertThat(a.firstLine()).as("the stream's first line").isEqualTo(":connected");
                }
                closeAll();
                awaitHeld(0);
            }
        } finally {
            flowing.set(false);
            raiser.join();
            openers.shutdownNow();
        }

        assertThat(statuses).containsOnlyKeys(200).containsEntry(200, 5 * LIMIT);
    }

    @Test
    void signingOutEndsTheMembersStreamsWithACloseEvent() throws Exception {
        HttpMember member = HttpMember.signIn("http://127.0.0.1:" + port, "member1", Members.PASSWORD);
        Answer stream = open(cookiesOf(member));
        assertThat(stream.status()).isEqualTo(200);

        assertThat(member.postForm("/index", "/auth/logout", Map.of()).statusCode()).isEqualTo(302);

        String line;
        do {
            line = stream.in().readLine();
        } while (line != null && !line.equals("event: close"));
        assertThat(line).as("the close event").isEqualTo("event: close");
        assertThat(hub.openStreams()).isZero();
        // The page closes the stream on that event; then the site lets it go.
        closeAll();
        awaitHeld(0);
    }

    record Answer(int status, Map<String, String> headers, String firstLine, BufferedReader in) {
    }

    /** Opens a stream over a plain socket and reads its status, headers and first body line. */
    private Answer open(String cookie) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        synchronized (open) {
            open.add(socket);
        }
        socket.getOutputStream().write(("GET /notifications/stream HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nAccept: text/event-stream\r\nCookie: " + cookie + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        int status = Integer.parseInt(in.readLine().split(" ")[1]);
        Map<String, String> headers = new ConcurrentHashMap<>();
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), line.substring(colon + 1).strip());
        }
        String first = status == 200 ? in.readLine() : "";
        return new Answer(status, headers, first == null ? "" : first, in);
    }

    private void closeAll() throws IOException {
        synchronized (open) {
            for (Socket socket : open) {
                socket.close();
            }
            open.clear();
        }
    }

    /** The site notices closed tabs at once (it reads every stream); waits up to 10 s for the count. */
    private void awaitHeld(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> hub.heldStreams() == count);
    }

    private static String cookiesOf(HttpMember member) {
        CookieManager jar = (CookieManager) member.client().cookieHandler().orElseThrow();
        return jar.getCookieStore().getCookies().stream().map(HttpCookie::toString).collect(Collectors.joining("; "));
    }
}
