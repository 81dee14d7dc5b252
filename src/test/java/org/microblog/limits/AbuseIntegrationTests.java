package org.microblog.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.microblog.testsupport.HttpMember;
import org.microblog.testsupport.Members;
import org.microblog.testsupport.TestApplication;
import org.microblog.testsupport.TestDatabase;
import org.microblog.testsupport.TestReset;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The site under attack, over real HTTP: parallel guesses, forged forwarded headers (the only
 * trusted proxy here is 192.0.2.1, so the tests' loopback client is not one), a new password
 * ending everything, sign-out ending streams, the remember-me cookie and odd {@code next} values.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AbuseIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static final Pattern LINK = Pattern.compile("(http://[^/\\s]+)/auth/reset_password/(\\S+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        String url = TestDatabase.SQLITE.createDatabase();
        registry.add("DATABASE_URL", () -> url);
        registry.add("SECRET_KEY", () -> "abuse-tests-secret-key-not-for-production");
        registry.add("TRUSTED_PROXIES", () -> "192.0.2.1");
        registry.add("MAIL_SERVER", () -> "127.0.0.1");
        registry.add("MAIL_PORT", () -> smtp.getSmtp().getPort());
        registry.add("ADMINS", () -> "admin@example.com");
    }

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    Members members;
    HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void clean() throws Exception {
        TestApplication.clean(jdbc);
        TestReset.all(context);
        smtp.purgeEmailFromAllMailboxes();
        members = new Members(users);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void fortyParallelWrongPasswordsOnTheTokenEndpointAreCountedBeforeTheHashIsChecked() throws Exception {
        members.john();
        int parallel = 40;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return plain.send(HttpRequest.newBuilder(URI.create(base() + "/api/tokens"))
                            .header("Authorization", basic("john", "dog")).POST(HttpRequest.BodyPublishers.noBody())
                            .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses.stream().filter(s -> s == 401).count()).isEqualTo(LimitSettings.SIGN_IN.capacity());
            assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(parallel - LimitSettings.SIGN_IN.capacity());
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpResponse<String> requestReset(String email, Map<String, String> headers) throws Exception {
        HttpMember visitor = HttpMember.visitor(base());
        Matcher token = CSRF.matcher(visitor.get("/auth/reset_password_request").body());
        assertThat(token.find()).isTrue();
        HttpRequest.Builder request = HttpRequest.newBuilder(visitor.uri("/auth/reset_password_request"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)));
        headers.forEach(request::header);
        return visitor.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void forwardedHeadersFromAnUntrustedAddressChangeNeitherTheResetLinkNorTheAddressCounted() throws Exception {
        members.john();

        HttpResponse<String> first = requestReset("john@example.com", Map.of("X-Forwarded-Host", "evil.example",
                "X-Forwarded-For", "198.51.100.1", "X-Forwarded-Proto", "https"));
        assertThat(first.statusCode()).isEqualTo(302);
        Matcher link = LINK.matcher(onlyMailText());
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).isEqualTo(base());

        // Another forged client address is still this address: one reset request a minute.
        HttpResponse<String> second = requestReset("other@example.com", Map.of("X-Forwarded-For", "198.51.100.2"));
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(second.headers().firstValue("Retry-After")).isPresent();
        // The site's own page.
        assertThat(second.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(second.body()).contains("<a class=\"navbar-brand\" href=\"/index\">Microblog</a>");
    }

    @Test
    void theApiAnswersARateLimitWithItsJsonError() throws Exception {
        int status = 0;
        HttpResponse<String> answer = null;
        for (int i = 0; i <= LimitSettings.REGISTRATIONS.capacity() && status != 429; i++) {
            answer = plain.send(HttpRequest.newBuilder(URI.create(base() + "/api/users"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"ann" + i + "\", \"email\": \"ann" + i
                            + "@example.com\", \"password\": \"cat\"}")).build(), HttpResponse.BodyHandlers.ofString());
            status = answer.statusCode();
        }
        assertThat(status).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(answer.body()).contains("\"error\"").contains("Too Many Requests");
        assertThat(users.findByUsername("ann" + (LimitSettings.REGISTRATIONS.capacity()))).isEmpty();
    }

    @Test
    void aPasswordResetEndsEveryOtherSessionEveryRememberMeLoginAndTheApiToken() throws Exception {
        User john = members.john();
        HttpMember laptop = HttpMember.signIn(base(), "john", Members.PASSWORD);
        HttpMember phone = HttpMember.visitor(base());
        HttpResponse<String> remembered = phone.postForm("/auth/login", "/auth/login",
                Map.of("username", "john", "password", Members.PASSWORD, "remember_me", "y"));
        assertThat(remembered.statusCode()).isEqualTo(302);
        String rememberMe = cookie(phone, "remember-me");
        HttpResponse<String> tokenAnswer = plain.send(HttpRequest.newBuilder(URI.create(base() + "/api/tokens"))
                .header("Authorization", basic("john", Members.PASSWORD)).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        String token = tokenAnswer.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(laptop.get("/index").statusCode()).isEqualTo(200);
        assertThat(phone.get("/index").statusCode()).isEqualTo(200);
        assertThat(api("/api/users/" + john.getId(), token)).isEqualTo(200);

        // From a third browser: forgot the password, reset it.
        requestReset("john@example.com", Map.of());
        Matcher link = LINK.matcher(onlyMailText());
        assertThat(link.find()).isTrue();
        String path = "/auth/reset_password/" + link.group(2);
        HttpMember inbox = HttpMember.visitor(base());
        assertThat(inbox.postForm(path, path, Map.of("password", "new-secret", "password2", "new-secret")).statusCode())
                .isEqualTo(302);

        assertThat(laptop.get("/index").headers().firstValue("Location").orElse("")).contains("/auth/login");
        assertThat(plain.send(HttpRequest.newBuilder(URI.create(base() + "/index")).header("Cookie", "remember-me=" + rememberMe)
                .build(), HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElse(""))
                .contains("/auth/login");
        assertThat(api("/api/users/" + john.getId(), token)).isEqualTo(401);
        assertThat(phone.get("/index").statusCode()).isEqualTo(302);
        HttpMember.signIn(base(), "john", "new-secret");
    }

    private int api(String path, String token) throws Exception {
        return plain.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void signingOutEndsThatSessionsOpenStream() throws Exception {
        members.john();
        HttpMember john = HttpMember.signIn(base(), "john", Members.PASSWORD);
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<Void> stream = john.client().sendAsync(HttpRequest.newBuilder(john.uri("/notifications/stream"))
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    lines.add("status:" + response.statusCode());
                    response.body().forEach(lines::add);
                });
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains(":connected"));
        assertThat(lines).contains("status:200", ":connected");
        assertThat(stream).isNotDone();

        assertThat(john.postForm("/index", "/auth/logout", Map.of()).statusCode()).isEqualTo(302);

        // The site ends an upgraded stream by telling the page to close it (notifications.js does).
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event: close"));
        stream.cancel(true);
    }

    @Test
    void theRememberMeCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        members.john();
        HttpMember phone = HttpMember.visitor(base());
        HttpResponse<String> answer = phone.postForm("/auth/login", "/auth/login",
                Map.of("username", "john", "password", Members.PASSWORD, "remember_me", "y"));
        String setCookie = answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("remember-me="))
                .findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure;"); // a plain-HTTP request: not Secure, or the browser drops it
    }

    @Test
    void anOddNextAnswersARedirectWithASafeLocation() throws Exception {
        members.john();
        for (String next : List.of("/\u200b/evil.example", "/\u200b\u200b/evil.example", "/%2F%2Fevil.example",
                "/%5Cevil.example", "/\\evil.example", "/a\tb", "/%E2%80%8B/evil.example", "/\u00e9t\u00e9")) {
            HttpMember visitor = HttpMember.visitor(base());
            HttpResponse<String> answer = visitor.postForm("/auth/login", "/auth/login",
                    Map.of("username", "john", "password", Members.PASSWORD, "next", next));
            assertThat(answer.statusCode()).as(next).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).as(next).get().isIn("/index", base() + "/index");
        }
    }

    private static String cookie(HttpMember member, String name) {
        CookieManager cookies = (CookieManager) member.client().cookieHandler().orElseThrow();
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).collect(Collectors.joining());
    }

    private String onlyMailText() throws Exception {
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        String text = part(mails[0], "text/plain");
        smtp.purgeEmailFromAllMailboxes();
        return text;
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = part(child, type);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }
}
