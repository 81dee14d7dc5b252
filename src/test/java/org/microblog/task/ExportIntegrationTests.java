package org.microblog.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.microblog.core.NotFound;
import org.microblog.core.RuleViolation;
import org.microblog.post.PostService;
import org.microblog.post.PostView;
import org.microblog.testsupport.OnEveryDatabase;
import org.microblog.testsupport.TestDatabase;
import org.microblog.testsupport.TestSite;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.microblog.web.NavigationCounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Export your posts" end to end on each database: the job run by JobRunr on the site's own
 * database, the email over SMTP to GreenMail in the member's language, the file kept for its
 * owner, the API over HTTP, and a mail server that refuses: retries, then the task failed.
 */
@OnEveryDatabase
class ExportIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Parameter
    TestDatabase database;

    TestSite site;

    private TestSite start(int mailPort, String... more) {
        assumeTrue(database.unavailability().isEmpty(), () -> database.unavailability().orElseThrow());
        List<String> properties = new ArrayList<>(List.of("MAIL_SERVER=127.0.0.1", "MAIL_PORT=" + mailPort));
        properties.addAll(List.of(more));
        site = TestSite.start(database.createDatabase(), properties.toArray(String[]::new));
        return site;
    }

    @AfterEach
    void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void theEmailedJsonIsTheMembersPostsAndOneExportRunsAtATime() throws Exception {
        start(smtp.getSmtp().getPort());
        User susan = site.bean(UserService.class).register("susan", "susan@example.com", "cat-and-dog");
        PostService posts = site.bean(PostService.class);
        List<PostView> written = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            written.add(posts.publish(susan.getId(), "post number " + i + " <b>&</b> \"quoted\"", "en"));
        }
        Exports exporter = site.bean(Exports.class);

        // Eight requests at once: one export starts, the others are refused.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tries.add(pool.submit((Callable<Boolean>) () -> {
                try {
                    exporter.start(susan.getId(), Locale.forLanguageTag("es"));
                    return true;
                } catch (RuleViolation refused) {
                    return false;
                }
            }));
        }
        int started = 0;
        for (Future<Boolean> attempt : tries) {
            started += attempt.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(started).isEqualTo(1);
        TaskView task = exporter.running(susan.getId()).orElseThrow();
        // The navigation bar shows it at once, before the job has begun.
        assertThat(site.bean(NavigationCounts.class).badges(susan.getId()).task())
                .isEqualTo(new NavigationCounts.TaskProgress(task.id(), 0, false));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> smtp.getReceivedMessages().length == 1);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> exporter.find(susan.getId(), task.id()).complete());
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("susan@example.com");
        assertThat(mail.getSubject()).isEqualTo("[Microblog] Tus publicaciones");
        byte[] attachment = attachment((Multipart) mail.getContent(), "posts.json");
        assertThat(attachment).isNotNull();

        JsonNode json = site.bean(JsonMapper.class).readTree(attachment);
        assertThat(json.path("posts").size()).isEqualTo(2500);
        for (int i = 0; i < written.size(); i++) {
            JsonNode exported = json.path("posts").get(i);
            assertThat(exported.path("body").asString()).isEqualTo(written.get(i).body());
            // As stored: milliseconds on SQLite, microseconds on a server.
            assertThat(Duration.between(written.get(i).timestamp(), Instant.parse(exported.path("timestamp").asString())).abs())
                    .isLessThan(Duration.ofMillis(1));
        }

        // Done: progress 100, the navigation bar clear, the file its owner's, the next export may start.
        assertThat(exporter.find(susan.getId(), task.id()).progress()).isEqualTo(100);
        assertThat(site.bean(NavigationCounts.class).badges(susan.getId()).task()).isNull();
        assertThat(exporter.download(susan.getId(), task.id())).isEqualTo(attachment);
        User other = site.bean(UserService.class).register("other", "other@example.com", "cat-and-dog");
        assertThatThrownBy(() -> exporter.download(other.getId(), task.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> exporter.find(other.getId(), task.id())).isInstanceOf(NotFound.class);
        assertThat(exporter.start(susan.getId(), Locale.ENGLISH).complete()).isFalse();
        assertThatThrownBy(() -> exporter.start(susan.getId(), Locale.ENGLISH)).isInstanceOf(RuleViolation.class);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> smtp.getReceivedMessages().length == 2);
        assertThat(smtp.getReceivedMessages()[1].getSubject()).isEqualTo("[Microblog] Your blog posts");
    }

    @Test
    void theApiStartsAnExportAndShowsItsProgress() throws Exception {
        start(smtp.getSmtp().getPort());
        String bearer = site.bearerFor("john", "cat-and-dog");

        var started = site.send("POST", "/api/tasks/export", bearer, null, null);
        assertThat(started.statusCode()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/api/tasks/");
        assertThat(site.send("POST", "/api/tasks/export", bearer, null, null).statusCode()).isEqualTo(409);
        assertThat(site.send("POST", "/api/tasks/export", null, null, null).statusCode()).isEqualTo(401);

        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> site.send("GET", location, bearer, null, null).body().contains("\"complete\":true"));
        assertThat(site.send("GET", location, bearer, null, null).body()).contains("\"progress\":100", "\"failed\":false");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        String other = site.bearerFor("mary", "cat-and-dog");
        assertThat(site.send("GET", location, other, null, null).statusCode()).isEqualTo(404);
        assertThat(site.send("GET", "/api/tasks/00000000-0000-0000-0000-000000000000", bearer, null, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aMailServerThatRefusesMakesTheJobRetryThenTheTaskFails() throws Exception {
        int closedPort;
        try (ServerSocket nobody = new ServerSocket(0)) {
            closedPort = nobody.getLocalPort();
        }
        start(closedPort, "JOB_RETRY_BACKOFF=1");
        User bob = site.bean(UserService.class).register("bob", "bob@example.com", "cat-and-dog");
        site.bean(PostService.class).publish(bob.getId(), "one post", "en");
        Exports exporter = site.bean(Exports.class);
        TaskView task = exporter.start(bob.getId(), Locale.ENGLISH);

        // Four tries (the first and three retries), each picked up at the next 5 s poll.
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> exporter.find(bob.getId(), task.id()).failed());
        assertThat(exporter.find(bob.getId(), task.id()).complete()).isTrue();
        assertThat(site.bean(NavigationCounts.class).badges(bob.getId()).task())
                .satisfies(shown -> assertThat(shown.failed()).isTrue());
        // The site still serves, and another export may be asked for.
        assertThat(site.send("GET", "/actuator/health", null, null, null).statusCode()).isEqualTo(200);
        assertThat(exporter.start(bob.getId(), Locale.ENGLISH).complete()).isFalse();
    }

    @Test
    void aJobLeftInTheDatabaseIsRunByTheNextApplicationOnItOnce() throws Exception {
        assumeTrue(database.unavailability().isEmpty(), () -> database.unavailability().orElseThrow());
        String url = database.createDatabase();
        String mail = "MAIL_PORT=" + smtp.getSmtp().getPort();
        // An instance that only enqueues (as one that stopped before its job ran) ...
        TestSite first = TestSite.start(url, "MAIL_SERVER=127.0.0.1", mail, "JOB_WORKERS=0");
        String taskId;
        long memberId;
        try {
            User ann = first.bean(UserService.class).register("ann", "ann@example.com", "cat-and-dog");
            memberId = ann.getId();
            first.bean(PostService.class).publish(ann.getId(), "kept for later", "en");
            taskId = first.bean(Exports.class).start(ann.getId(), Locale.ENGLISH).id();
        } finally {
            first.close();
        }
        assertThat(smtp.getReceivedMessages()).isEmpty();

        // ... and the next application on the same database runs it, once.
        site = TestSite.start(url, "MAIL_SERVER=127.0.0.1", mail);
        Exports exporter = site.bean(Exports.class);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> exporter.find(memberId, taskId).complete());
        // One email, and still one through the next poll: nothing runs it again.
        Awaitility.await().atMost(Duration.ofSeconds(10)).during(Duration.ofSeconds(6))
                .until(() -> smtp.getReceivedMessages().length == 1);
        assertThat(exporter.find(memberId, taskId).failed()).isFalse();
    }

    private static byte[] attachment(Multipart multipart, String filename) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            Part part = multipart.getBodyPart(i);
            if (filename.equals(part.getFileName())) {
                return part.getInputStream().readAllBytes();
            }
            if (part.getContent() instanceof Multipart inner) {
                byte[] found = attachment(inner, filename);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
