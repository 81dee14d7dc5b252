package org.microblog.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.TestClock;

class FailureMailTests {

    final List<Email> sent = new CopyOnWriteArrayList<>();
    final MailQueue queue = new MailQueue(sent::add);
    final TestClock clock = new TestClock();

    private void drain() throws InterruptedException {
        queue.finishQueuedMail();
    }

    @Test
    void mailsEveryAdministratorTheFailureWithItsStackTrace() throws Exception {
        var failures = new FailureMail(queue, List.of("ops@example.com", "dev@example.com"), clock);

        failures.report("POST", "/index", new IllegalStateException("database on fire"));
        drain();

        assertThat(sent).extracting(Email::to).containsExactly("ops@example.com", "dev@example.com");
        assertThat(sent.get(0).subject()).isEqualTo("Microblog Failure");
        assertThat(sent.get(0).textBody()).startsWith("POST /index failed at ")
                .contains("java.lang.IllegalStateException: database on fire")
                .contains("at org.microblog.mail.FailureMailTests");
    }

    @Test
    void sendsAtMostOneEmailAMinuteAndCountsTheRest() throws Exception {
        clock.set(Instant.parse("2026-01-01T12:00:00Z"));
        var failures = new FailureMail(queue, List.of("ops@example.com"), clock);

        failures.report("GET", "/a", new RuntimeException("one"));
        clock.advance(Duration.ofSeconds(10));
        failures.report("GET", "/b", new RuntimeException("two"));
        failures.report("GET", "/c", new RuntimeException("three"));
        clock.advance(Duration.ofSeconds(60));
        failures.report("GET", "/d", new RuntimeException("four"));
        drain();

        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).textBody()).startsWith("GET /d failed")
                .contains("2 more failure(s) since the last email were not mailed");
    }
}
