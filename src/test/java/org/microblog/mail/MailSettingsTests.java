package org.microblog.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microblog.config.InvalidSettingException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

class MailSettingsTests {

    @Test
    void withoutMailServerMailIsDisabled() {
        assertThat(MailSettings.from(new MockEnvironment())).isEmpty();
        assertThat(MailSettings.from(new MockEnvironment().withProperty("MAIL_SERVER", " "))).isEmpty();
        assertThat(new MailConfig().mailer(new MockEnvironment())).isInstanceOf(LoggingMailer.class);
    }

    @Test
    void readsTheOriginalsVariables() {
        var environment = new MockEnvironment().withProperty("MAIL_SERVER", "smtp.example.com")
                .withProperty("MAIL_PORT", "587").withProperty("MAIL_USE_TLS", "1")
                .withProperty("MAIL_USERNAME", "me").withProperty("MAIL_PASSWORD", "secret")
                .withProperty("ADMINS", "admin@example.com,ops@example.com");

        MailSettings settings = MailSettings.from(environment).orElseThrow();

        assertThat(settings).isEqualTo(new MailSettings("smtp.example.com", 587, true, "me", "secret", "admin@example.com"));
        assertThat(settings.toString()).doesNotContain("secret");
        assertThat(new MailConfig().mailer(environment)).isInstanceOf(SmtpMailer.class);
        JavaMailSenderImpl sender = MailConfig.javaMailSender(settings);
        assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.auth", "true");
    }

    @Test
    void defaultsToPort25WithoutTlsFromNoReply() {
        MailSettings settings = MailSettings.from(new MockEnvironment().withProperty("MAIL_SERVER", "localhost")).orElseThrow();

        assertThat(settings.port()).isEqualTo(25);
        assertThat(settings.startTls()).isFalse();
        assertThat(settings.username()).isNull();
        assertThat(settings.from()).isEqualTo("no-reply@localhost");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "false", "No", "OFF"})
    void anExplicitNoLeavesTlsOff(String value) {
        assertThat(MailSettings.useTls(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"smtp", "-1", "0", "65536", "25.0"})
    void aMalformedPortStopsStartup(String port) {
        var environment = new MockEnvironment().withProperty("MAIL_SERVER", "localhost").withProperty("MAIL_PORT", port);

        assertThatThrownBy(() -> MailSettings.from(environment))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.variable()).isEqualTo("MAIL_PORT"))
                .hasMessageContaining(port);
    }

    @Test
    void aMalformedAdminAddressStopsStartup() {
        assertThatThrownBy(() -> MailSettings.sender("admin@example.com, not an address"))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.variable()).isEqualTo("ADMINS"));
    }
}
