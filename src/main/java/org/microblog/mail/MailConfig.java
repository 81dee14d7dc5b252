package org.microblog.mail;

import java.util.Properties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Chooses the {@link Mailer} at startup: SMTP when {@code MAIL_SERVER} is set, the log otherwise. */
@Configuration(proxyBeanMethods = false)
class MailConfig {

    /** Keeps a slow or silent mail server from holding a thread for long. */
    static final String TIMEOUT_MILLIS = "10000";

    @Bean
    Mailer mailer(Environment environment) {
        return MailSettings.from(environment)
                .<Mailer>map(settings -> new SmtpMailer(javaMailSender(settings), settings.from()))
                .orElseGet(LoggingMailer::new);
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
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        return sender;
    }
}
