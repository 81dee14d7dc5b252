package org.microblog.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.mail.Mailer;
import org.microblog.testsupport.WebTests;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/** Without {@code MAIL_SERVER} the reset email, link included, is written to the log. */
class PasswordResetWithoutMailServerTests extends WebTests {

    private final Logger log = (Logger) LoggerFactory.getLogger("org.microblog.mail.LoggingMailer");
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Level level;

    @Autowired
    Mailer mailer;

    @BeforeEach
    void captureTheMailLog() {
        level = log.getLevel();
        log.setLevel(Level.INFO);
        logged.start();
        log.addAppender(logged);
    }

    @AfterEach
    void stopCapturing() {
        log.detachAppender(logged);
        log.setLevel(level);
    }

    @Test
    void usesTheLoggingMailer() {
        assertThat(mailer.getClass().getSimpleName()).isEqualTo("LoggingMailer");
    }

    @Test
    void writesTheResetEmailWithItsLinkToTheLog() throws Exception {
        members.john();

        mvc.perform(post("/auth/reset_password_request").with(csrf()).param("email", "john@example.com"))
                .andExpect(redirectedUrl("/auth/login"));

        await().atMost(Duration.ofSeconds(10)).until(() -> !logged.list.isEmpty());
        ILoggingEvent event = logged.list.get(0);
        assertThat(event.getLevel()).isEqualTo(Level.INFO);
        assertThat(event.getFormattedMessage()).contains("To: john@example.com", "[Microblog] Reset Your Password",
                "http://localhost/auth/reset_password/");
    }
}
