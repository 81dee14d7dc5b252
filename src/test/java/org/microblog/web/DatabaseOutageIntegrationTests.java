package org.microblog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microblog.config.DataSources;
import org.microblog.testsupport.EmbeddedPostgresServer;
import org.microblog.testsupport.HttpMember;
import org.microblog.testsupport.TcpProxy;
import org.microblog.testsupport.TestSite;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * PostgreSQL going away under the running site (a proxy in front of the embedded server is cut)
 * and coming back: requests are answered 503 with Retry-After within the configured connection
 * timeout, pages and API alike, never a wrong "not found"; the log says it once per outage and
 * once when it ends; the first request after the return is answered normally.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageIntegrationTests {

    private static final Pattern UNAVAILABLE = Pattern.compile("database unavailable since");
    private static final Pattern BACK = Pattern.compile("database back after");

    TcpProxy proxy;
    TestSite site;

    @BeforeEach
    void startSiteBehindProxy() throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
        String database = "microblog_outage_" + UUID.randomUUID().toString().substring(0, 8);
        server.createDatabase(database);
        proxy = new TcpProxy(server.port());
        site = TestSite.start("postgresql://postgres@127.0.0.1:" + proxy.port() + "/" + database,
                "DATABASE_CONNECT_TIMEOUT=1s", "logging.level.org.microblog.web.DatabaseOutage=info");
    }

    @AfterEach
    void stop() throws Exception {
        proxy.restore();
        site.close();
        proxy.close();
    }

    @Test
    void theConnectionTimeoutIsTheConfiguredOne() {
        assertThat(((DataSources.ServerDataSource) site.bean(DataSource.class)).connectionTimeoutMillis()).isEqualTo(1000);
    }

    @Test
    void anOutageIs503WithRetryAfterLoggedOnceAndTheSiteRecovers(CapturedOutput output) throws Exception {
        String bearer = site.bearerFor("alice", "dog");
        HttpMember alice = HttpMember.signIn(site.base(), "alice", "dog");
        String me = "/api/users/" + idIn(site.send("GET", "/api/users", bearer, null, null).body());
        assertThat(site.send("GET", me, bearer, null, null).statusCode()).isEqualTo(200);
        HttpMember visitor = HttpMember.visitor(site.base());
        int before = output.getOut().length();

        proxy.cut();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> api = site.send("GET", me, bearer, null, null);
            assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(api.body()).contains("\"error\":\"Service Unavailable\"").doesNotContain("not found");

            HttpResponse<String> post = site.sendJson("POST", "/api/posts", bearer, "{\"body\": \"hello\"}");
            assertThat(post.statusCode()).isEqualTo(503);
            HttpResponse<String> message = site.sendJson("POST", "/api/messages", bearer,
                    "{\"recipient_id\": " + me.substring(me.lastIndexOf('/') + 1) + ", \"body\": \"hi\"}");
            assertThat(message.statusCode()).as(message.body()).isEqualTo(503);
            assertThat(message.body()).doesNotContain("not found");
            HttpResponse<String> unfollow = site.send("DELETE", me + "/follow", bearer, null, null);
            assertThat(unfollow.statusCode()).as(unfollow.body()).isEqualTo(503);
            HttpResponse<String> token = site.send("POST", "/api/tokens", TestSite.basic("alice", "dog"), null, null);
            assertThat(token.statusCode()).as(token.body()).isEqualTo(503);

            HttpResponse<String> page = alice.get("/user/alice");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(page.body()).contains("Temporarily Unavailable").doesNotContain("not found");

            HttpResponse<String> explore = alice.get("/explore");
            assertThat(explore.statusCode()).isEqualTo(503);

            // signing in cannot read the member: a 503, not "Invalid username or password"
            HttpResponse<String> signIn = visitor.postForm("/auth/login", "/auth/login",
                    java.util.Map.of("username", "alice", "password", "dog"));
            assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(503);
            assertThat(signIn.headers().firstValue("Retry-After")).hasValue("5");
        }
        String during = output.getOut().substring(before);
        assertThat(UNAVAILABLE.matcher(during).results().count()).as(during).isEqualTo(1);
        assertThat(during).as("no stack trace, no ERROR per request").doesNotContain("\tat ").doesNotContain(" ERROR ");

        proxy.restore();
        long back = System.nanoTime();
        int status = 0;
        while (status != 200 && System.nanoTime() - back < 20_000_000_000L) {
            Thread.sleep(50);
            status = site.send("GET", me, bearer, null, null).statusCode();
        }
        long recoveredMillis = (System.nanoTime() - back) / 1_000_000;
        System.out.println("recovered " + recoveredMillis + " ms after the database returned");
        assertThat(status).isEqualTo(200);
        assertThat(alice.get("/user/alice").statusCode()).isEqualTo(200);
        long deadline = System.currentTimeMillis() + 10_000;
        while (!BACK.matcher(output.getOut().substring(before)).find() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(2_500); // requests still waiting on the retired pool meanwhile belong to the same outage
        String episode = output.getOut().substring(before);
        assertThat(BACK.matcher(episode).results().count()).as(episode).isEqualTo(1);
        assertThat(UNAVAILABLE.matcher(episode).results().count()).as(episode).isEqualTo(1);
        assertThat(episode).as("no stack trace, no ERROR").doesNotContain("\tat ").doesNotContain(" ERROR ");

        // Background jobs stopped with the database and run again: an export asked for now finishes.
        HttpResponse<String> export = site.send("POST", "/api/tasks/export", bearer, null, null);
        assertThat(export.statusCode()).isEqualTo(202);
        String task = export.headers().firstValue("Location").orElseThrow();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> site.send("GET", task, bearer, null, null).body().contains("\"complete\":true"));
    }

    @Test
    void theHealthCheckSaysDownDuringAnOutageAndUpWhenItEnds() throws Exception {
        assertThat(health("/actuator/health")).isEqualTo("200 UP");
        assertThat(health("/actuator/health/readiness")).isEqualTo("200 UP");

        proxy.cut();
        long cut = System.nanoTime();
        assertThat(health("/actuator/health")).isEqualTo("503 DOWN");
        System.out.println("first health check after the cut answered in " + (System.nanoTime() - cut) / 1_000_000 + " ms");
        long known = System.nanoTime();
        assertThat(health("/actuator/health/readiness")).isEqualTo("503 DOWN");
        assertThat((System.nanoTime() - known) / 1_000_000).as("an outage already known is DOWN without waiting for the pool")
                .isLessThan(900);
        // Alive all the same: a service manager must not restart an instance whose database is away.
        assertThat(health("/actuator/health/liveness")).isEqualTo("200 UP");

        proxy.restore();
        long deadline = System.currentTimeMillis() + 20_000;
        String now = health("/actuator/health");
        while (!now.startsWith("200") && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            now = health("/actuator/health");
        }
        assertThat(now).isEqualTo("200 UP");
    }

    /** Status and body of an anonymous health request: the status only, no details or components. */
    private String health(String path) throws Exception {
        HttpResponse<String> answer = site.send("GET", path, null, null, null);
        assertThat(answer.body()).doesNotContain("components").doesNotContain("details").doesNotContain("database");
        Matcher status = Pattern.compile("\"status\":\"(\\w+)\"").matcher(answer.body());
        return answer.statusCode() + " " + (status.find() ? status.group(1) : answer.body());
    }

    private static String idIn(String usersPage) {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(usersPage);
        assertThat(id.find()).as(usersPage).isTrue();
        return id.group(1);
    }
}
