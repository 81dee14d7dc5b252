package org.microblog.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.microblog.auth.MemberSessions;
import org.microblog.message.MessageService;
import org.microblog.post.PostService;
import org.microblog.task.Exports;
import org.microblog.testsupport.HttpMember;
import org.microblog.testsupport.Members;
import org.microblog.testsupport.TcpProxy;
import org.microblog.testsupport.TestDatabase;
import org.microblog.testsupport.TestSite;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.web.server.ResponseStatusException;

/**
 * Two instances of the site (A and B, each on a random port) on one PostgreSQL database and one
 * Redis, the way several instances run behind a proxy: a session made on A holds on B, a message
 * sent on A reaches B's open stream, a throttle tripped on A holds on B, and when Redis goes away
 * the pages keep serving and the pushes come back within 5 s of its return. Redis is reached
 * through a {@link TcpProxy} the test cuts; every key of the run has its own prefix, deleted after.
 *
 * An export asked for on A runs once, though both instances' job servers poll the database.
 */
class TwoInstancesIntegrationTests {

    static final String REDIS_HOST = System.getenv().getOrDefault("TEST_REDIS_HOST", "127.0.0.1:6379");
    static final String PREFIX = "microblog_test_" + UUID.randomUUID().toString().substring(0, 8) + ":";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    static TcpProxy redis;
    static TestSite a;
    static TestSite b;
    static Members members;
    static final List<CompletableFuture<?>> streams = new ArrayList<>();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        assumeTrue(TestDatabase.POSTGRES_SERVER.unavailability().isEmpty(),
                () -> TestDatabase.POSTGRES_SERVER.unavailability().orElse(""));
        assumeTrue(redisAnswers(), () -> "skipped: no Redis server reachable at " + REDIS_HOST
                + " (TEST_REDIS_HOST=host:port); start it to run these tests");
        redis = new TcpProxy(Integer.parseInt(REDIS_HOST.substring(REDIS_HOST.indexOf(':') + 1)));
        String database = TestDatabase.POSTGRES_SERVER.createDatabase();
        String[] shared = {"REDIS_URL=redis://127.0.0.1:" + redis.port() + "/0", "REDIS_KEY_PREFIX=" + PREFIX,
                "RATE_LIMIT_SIGN_IN=3/5m", "MAIL_SERVER=127.0.0.1", "MAIL_PORT=" + smtp.getSmtp().getPort()};
        a = TestSite.start(database, shared);
        b = TestSite.start(database, shared);
        members = new Members(a.bean(UserService.class));
        members.register("alice");
        members.register("bob");
        members.register("carol");
    }

    @AfterAll
    static void stopAndDeleteKeys() throws Exception {
        streams.forEach(stream -> stream.cancel(true));
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        if (redis != null) {
            redis.close();
            try (RedisClient client = RedisClient.create(RedisURI.create("redis://" + REDIS_HOST + "/0"));
                    StatefulRedisConnection<String, String> connection = client.connect()) {
                int deleted = 0;
                ScanCursor cursor = ScanCursor.INITIAL;
                do {
                    KeyScanCursor<String> page = connection.sync().scan(cursor, ScanArgs.Builder.matches(PREFIX + "*").limit(500));
                    if (!page.getKeys().isEmpty()) {
                        deleted += connection.sync().del(page.getKeys().toArray(String[]::new)).intValue();
                    }
                    cursor = page;
                } while (!cursor.isFinished());
                System.out.println("two instances: deleted " + deleted + " Redis key(s) under " + PREFIX);
            }
        }
    }

    @AfterEach
    void closeStreams() {
        streams.forEach(stream -> stream.cancel(true));
        streams.clear();
    }

    static boolean redisAnswers() {
        int colon = REDIS_HOST.indexOf(':');
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(REDIS_HOST.substring(0, colon), Integer.parseInt(REDIS_HOST.substring(colon + 1))), 2000);
            socket.setSoTimeout(2000);
            socket.getOutputStream().write("PING\r\n".getBytes());
            byte[] answer = new byte[7];
            return socket.getInputStream().read(answer) > 0 && new String(answer).startsWith("+PONG");
        } catch (Exception unreachable) {
            return false;
        }
    }

    @Test
    void bothInstancesUseRedis() {
        assertThat(a.bean(RedisConnectionFactory.class)).isNotNull();
        assertThat(b.bean(RedisConnectionFactory.class)).isNotNull();
    }

    @Test
    void aSessionMadeOnAIsValidOnBAndEndsEverywhereWithANewPassword() throws Exception {
        HttpMember carol = HttpMember.signIn(a.base(), "carol", Members.PASSWORD);
        // Spring Session keeps the servlet container's cookie name (sign-out deletes it by that name).
        assertThat(((java.net.CookieManager) carol.client().cookieHandler().orElseThrow()).getCookieStore().getCookies())
                .extracting(java.net.HttpCookie::getName).contains("JSESSIONID");
        // Cookies are the host's whatever its port: the same browser, now talking to B.
        HttpResponse<String> onB = send(carol, b, "/index");
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("carol");

        HttpMember carolAgain = HttpMember.signIn(b.base(), "carol", Members.PASSWORD);
        long carolId = a.bean(UserService.class).getByUsername("carol").getId();
        assertThat(a.bean(MemberSessions.class).openSessions(carolId)).isEqualTo(2);
        assertThat(b.bean(MemberSessions.class).openSessions(carolId)).isEqualTo(2);

        // A new password on A ends both sessions, the one made on B too.
        b.bean(MemberSessions.class).endAll(carolId, null);
        assertThat(send(carol, a, "/index").statusCode()).isEqualTo(302);
        assertThat(send(carolAgain, b, "/index").statusCode()).isEqualTo(302);
        assertThat(a.bean(MemberSessions.class).openSessions(carolId)).isZero();
    }

    @Test
    void anExportAskedOnARunsOnceThoughBothInstancesRunJobs() throws Exception {
        User erin = members.register("exporter");
        PostService posts = a.bean(PostService.class);
        for (int i = 0; i < 300; i++) {
            posts.publish(erin.getId(), "erin's post " + i, "en");
        }
        int before = smtp.getReceivedMessages().length;
        String taskId = a.bean(Exports.class).start(erin.getId(), Locale.ENGLISH).id();

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> b.bean(Exports.class).find(erin.getId(), taskId).complete());
        // One email, and still one through two more polls of both job servers: nobody runs it again.
        Awaitility.await().atMost(Duration.ofSeconds(15)).during(Duration.ofSeconds(11))
                .until(() -> emailsTo("exporter@example.com", before) == 1);
    }

    @Test
    void aThrottleTrippedOnAHoldsOnB() throws Exception {
        members.register("dave");
        HttpMember guesser = HttpMember.visitor(a.base());
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> wrong = guesser.postForm("/auth/login", "/auth/login",
                    Map.of("username", "dave", "password", "wrong-" + i));
            assertThat(wrong.statusCode()).as("wrong password %d on A", i).isIn(200, 302);
        }
        HttpMember onB = HttpMember.visitor(b.base());
        HttpResponse<String> right = onB.postForm("/auth/login", "/auth/login", Map.of("username", "dave", "password", Members.PASSWORD));
        assertThat(right.statusCode()).as("the right password on B, after three wrong ones on A").isEqualTo(429);
    }

    @Test
    void messagesSentOnAReachBsOpenStreamQuickly() throws Exception {
        HttpMember bob = HttpMember.signIn(b.base(), "bob", Members.PASSWORD);
        BlockingQueue<String> lines = openStream(bob, b, null);
        assertThat(lines.poll(5, TimeUnit.SECONDS)).isEqualTo("status:200");
        waitForBrokerOnBoth();

        MessageService messages = a.bean(MessageService.class);
        User alice = a.bean(UserService.class).getByUsername("alice");
        User bobUser = a.bean(UserService.class).getByUsername("bob");
        for (int i = 0; i < 20; i++) {
            // Warming up: the first requests of a JVM compile the code they run.
            messages.send(alice.getId(), bobUser.getId(), "warm-up " + i);
            nextEvent(lines, "unread_message_count", Duration.ofSeconds(5));
        }
        int count = 200;
        long[] micros = new long[count];
        long[] afterCommit = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            messages.send(alice.getId(), bobUser.getId(), "message " + i);
            long committed = System.nanoTime();
            nextEvent(lines, "unread_message_count", Duration.ofSeconds(5));
            long arrived = System.nanoTime();
            micros[i] = (arrived - start) / 1000;
            afterCommit[i] = (arrived - committed) / 1000;
        }
        Arrays.sort(micros);
        Arrays.sort(afterCommit);
        System.out.printf("two instances: of which from A's commit to B's stream (Redis and B): p50 %.1f ms, p99 %.1f ms%n",
                afterCommit[count / 2] / 1000.0, afterCommit[(int) Math.ceil(count * 0.99) - 1] / 1000.0);
        long p50 = micros[count / 2];
        long p99 = micros[(int) Math.ceil(count * 0.99) - 1];
        System.out.printf("two instances: message on A to B's stream over %d messages: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                count, p50 / 1000.0, p99 / 1000.0, micros[count - 1] / 1000.0);
        // The broker's part, from A's commit to B's stream: what two instances add to a message's way.
        assertThat(afterCommit[(int) Math.ceil(count * 0.99) - 1]).as("p99 from A's commit, in microseconds").isLessThan(100_000);
        // The whole way includes A's transaction on the PostgreSQL server (a shared 2-core machine here).
        assertThat(p99).as("p99 from the start of the send, in microseconds").isLessThan(500_000);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void withoutRedisPagesServeAndPushesComeBackWithinFiveSeconds(CapturedOutput output) throws Exception {
        HttpMember bob = HttpMember.signIn(b.base(), "bob", Members.PASSWORD);
        HttpMember remembered = HttpMember.visitor(a.base());
        members.register("erin");
        HttpResponse<String> signedIn = remembered.postForm("/auth/login", "/auth/login",
                Map.of("username", "erin", "password", Members.PASSWORD, "remember_me", "y"));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        BlockingQueue<String> lines = openStream(bob, b, null);
        assertThat(lines.poll(5, TimeUnit.SECONDS)).isEqualTo("status:200");
        waitForBrokerOnBoth();
        MessageService messages = a.bean(MessageService.class);
        long alice = a.bean(UserService.class).getByUsername("alice").getId();
        long bobId = a.bean(UserService.class).getByUsername("bob").getId();
        messages.send(alice, bobId, "before");
        Map<String, String> before = nextEvent(lines, "unread_message_count", Duration.ofSeconds(5));
        String seen = before.get("id");
        int unread = unreadCount(before);

        assertThat(a.send("GET", "/actuator/health/readiness", null, null, null).statusCode()).isEqualTo(200);
        redis.cut();
        try {
            for (TestSite site : List.of(a, b)) {
                assertThat(site.send("GET", "/actuator/health/readiness", null, null, null).statusCode())
                        .as("readiness without Redis").isEqualTo(503);
                assertThat(HttpMember.visitor(site.base()).get("/auth/login").statusCode()).as("sign-in page").isEqualTo(200);
                // A remembered member is signed in again from the database's remember-me token.
                assertThat(send(remembered, site, "/index").statusCode()).as("remembered member's page").isEqualTo(200);
            }
            // The sign-in throttle (here through the API's token request, which needs no session)
            // counts in each instance's memory meanwhile: a right password passes on A ...
            assertThat(a.send("POST", "/api/tokens", TestSite.basic("alice", Members.PASSWORD), null, null).statusCode())
                    .isEqualTo(200);
            // ... and three wrong ones on B make B refuse the right one.
            for (int i = 0; i < 3; i++) {
                assertThat(b.send("POST", "/api/tokens", TestSite.basic("erin", "wrong-" + i), null, null).statusCode())
                        .isEqualTo(401);
            }
            assertThat(b.send("POST", "/api/tokens", TestSite.basic("erin", Members.PASSWORD), null, null).statusCode())
                    .as("B's own count while Redis is away").isEqualTo(429);
            // Ending a member's sessions (a new password) is refused, rather than leaving them for Redis's return.
            long frank = members.register("frank").getId();
            assertThatThrownBy(() -> b.bean(MemberSessions.class).endAll(frank, null))
                    .isInstanceOfSatisfying(ResponseStatusException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(503));
            messages.send(alice, bobId, "while Redis is away");
        } finally {
            redis.restore();
        }
        long restored = System.nanoTime();

        // B subscribes again and closes its streams, so their pages replay what they missed.
        assertThat(nextEvent(lines, "close", Duration.ofSeconds(5))).isNotNull();
        BlockingQueue<String> again = openStream(bob, b, seen);
        assertThat(again.poll(5, TimeUnit.SECONDS)).isEqualTo("status:200");
        Map<String, String> replayed = nextEvent(again, "unread_message_count", Duration.ofSeconds(5));
        assertThat(unreadCount(replayed)).as("the message sent while Redis was away, replayed").isEqualTo(unread + 1);
        messages.send(alice, bobId, "after");
        Map<String, String> live = nextEvent(again, "unread_message_count", Duration.ofSeconds(5));
        double seconds = (System.nanoTime() - restored) / 1e9;
        System.out.printf("two instances: a push from A reached B's stream %.2f s after Redis came back%n", seconds);
        assertThat(unreadCount(live)).isEqualTo(unread + 2);
        assertThat(seconds).isLessThan(5);
        assertThat(a.send("GET", "/actuator/health/readiness", null, null, null).statusCode()).isEqualTo(200);
        // One line per instance for the whole outage, whatever the requests and reconnection attempts.
        assertThat(output.getOut().split("Redis unavailable since", -1)).as("WARN lines, one per instance").hasSize(3);
    }

    private static int unreadCount(Map<String, String> event) {
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("\"data\":(\\d+)").matcher(event.get("data"));
        assertThat(count.find()).as("an unread count in %s", event).isTrue();
        return Integer.parseInt(count.group(1));
    }

    /** Both brokers are subscribed (a fresh connection confirms its subscription in a few ms). */
    private static void waitForBrokerOnBoth() {
        Awaitility.await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> subscribed(a) && subscribed(b));
    }

    private static long emailsTo(String address, int skipped) {
        return Arrays.stream(smtp.getReceivedMessages()).skip(skipped).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).count();
    }

    private static boolean subscribed(TestSite site) {
        return org.microblog.notification.NotificationTestAccess.subscribed(site);
    }

    private static HttpResponse<String> send(HttpMember member, TestSite site, String path) throws Exception {
        return member.client().send(HttpRequest.newBuilder(java.net.URI.create(site.base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static BlockingQueue<String> openStream(HttpMember member, TestSite site, String since) {
        HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(site.base() + "/notifications/stream"
                + (since == null ? "" : "?since=" + since))).header("Accept", "text/event-stream");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        streams.add(member.client().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            lines.add("status:" + response.statusCode());
            try (Stream<String> body = response.body()) {
                body.forEach(lines::add);
            }
        }));
        return lines;
    }

    /** The next event of this name: its {@code id:} and {@code data:} lines. */
    private static Map<String, String> nextEvent(BlockingQueue<String> lines, String name, Duration within)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        String event = null;
        String id = null;
        while (true) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertThat(line).as("an event '%s' within %s", name, within).isNotNull();
            if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("data:") && name.equals(event)) {
                return Map.of("id", id == null ? "" : id, "data", line.substring(5).strip());
            } else if (line.isEmpty()) {
                event = null;
                id = null;
            }
        }
    }
}
