package org.microblog.mail;

import java.time.Clock;
import java.util.List;
import java.util.Properties;
import org.microblog.config.MailSettings;
import org.microblog.config.MicroblogProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Chooses the {@link Mailer} at startup: SMTP when {@code MAIL_SERVER} is set, the log otherwise. */
@Configuration(proxyBeanMethods = false)
class MailConfig {

    /** Keeps a slow or silent mail server from holding a thread for long. */
    static final String TIMEOUT_MILLIS = "10000";

    @Bean
    Mailer mailer(MicroblogProperties properties) {
        MailSettings settings = properties.mail();
        return settings.enabled() ? new SmtpMailer(javaMailSender(settings), settings.sender()) : new LoggingMailer();
    }

    /**
     * Failures are mailed to {@code ADMINS} only when mail goes out for real: logged emails
     * would repeat what the log already says about the failure.
     */
    @Bean
    FailureMail failureMail(MailQueue queue, MicroblogProperties properties, Clock clock) {
        MailSettings settings = properties.mail();
        return new FailureMail(queue, settings.enabled() ? settings.admins() : List.of(), clock);
    }

    static JavaMailSenderImpl javaMailSender(MailSettings settings) {
        var sender = new JavaMailSenderImpl();
        sender.setHost(settings.server());
        sender.setPort(settings.port());
        sender.setUsername(settings.username());
        sender.setPassword(settings.password());
        sender.setDefaultEncoding("UTF-8");
        Properties properties = sender.getJavaMailProperties();
        properties.setProperty("mail.smtp.auth", Boolean.toString(settings.username() != null));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.useTls()));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.useTls()));
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        return sender;
    }
}
