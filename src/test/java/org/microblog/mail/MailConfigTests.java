package org.microblog.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.microblog.config.MicroblogProperties;
import org.microblog.config.Settings;
import org.microblog.testsupport.TestClock;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The mail variables, as {@link MicroblogProperties} hands them over, choose how email goes out. */
class MailConfigTests {

    final MailConfig config = new MailConfig();

    @Test
    void withoutMailServerEmailsGoToTheLog() {
        assertThat(config.mailer(Settings.of(Map.of()))).isInstanceOf(LoggingMailer.class);
        assertThat(config.mailer(Settings.of(Map.of("MAIL_SERVER", " ", "ADMINS", "admin@example.com"))))
                .isInstanceOf(LoggingMailer.class);
    }

    @Test
    void withMailServerEmailsGoOverSmtpWithTheOriginalsVariables() {
        MicroblogProperties properties = Settings.of(Map.of("MAIL_SERVER", "smtp.example.com", "MAIL_PORT", "587",
                "MAIL_USE_TLS", "1", "MAIL_USERNAME", "me", "MAIL_PASSWORD", "secret", "ADMINS", "admin@example.com"));

        assertThat(config.mailer(properties)).isInstanceOf(SmtpMailer.class);
        JavaMailSenderImpl sender = MailConfig.javaMailSender(properties.mail());
        assertThat(sender.getHost()).isEqualTo("smtp.example.com");
        assertThat(sender.getPort()).isEqualTo(587);
        assertThat(sender.getUsername()).isEqualTo("me");
        assertThat(sender.getPassword()).isEqualTo("secret");
        assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true").containsEntry("mail.smtp.auth", "true");
    }

    @Test
    void defaultsToPort25WithoutTlsOrSignIn() {
        JavaMailSenderImpl sender = MailConfig.javaMailSender(Settings.of(Map.of("MAIL_SERVER", "localhost")).mail());

        assertThat(sender.getPort()).isEqualTo(25);
        assertThat(sender.getUsername()).isNull();
        assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.starttls.enable", "false")
                .containsEntry("mail.smtp.auth", "false");
    }

    @Test
    void failuresAreMailedToTheAdministratorsOnlyWhenMailGoesOut() throws Exception {
        List<Email> sent = new CopyOnWriteArrayList<>();
        MailQueue queue = new MailQueue(sent::add);
        var admins = Map.of("ADMINS", "ops@example.com, dev@example.com");
        var withServer = new java.util.HashMap<>(admins);
        withServer.put("MAIL_SERVER", "localhost");

        config.failureMail(queue, Settings.of(admins), new TestClock()).report("GET", "/a", new RuntimeException("one"));
        config.failureMail(queue, Settings.of(Map.of("MAIL_SERVER", "localhost")), new TestClock())
                .report("GET", "/b", new RuntimeException("two"));
        config.failureMail(queue, Settings.of(withServer), new TestClock()).report("GET", "/c", new RuntimeException("three"));
        queue.finishQueuedMail();

        assertThat(sent).extracting(Email::to).containsExactly("ops@example.com", "dev@example.com");
        assertThat(sent).allSatisfy(email -> assertThat(email.textBody()).startsWith("GET /c failed"));
    }
}
