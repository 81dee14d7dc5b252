package org.microblog.mail;

import java.time.Clock;
import java.util.Properties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
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

    /** Failures are mailed to {@code ADMINS} only when mail goes out for real and someone is listed. */
    @Bean
    @ConditionalOnExpression("'${MAIL_SERVER:}'.trim() != '' && '${ADMINS:}'.trim() != ''")
    FailureMail failureMail(MailQueue queue, Environment environment, Clock clock) {
        return new FailureMail(queue, MailSettings.admins(environment.getProperty("ADMINS")), clock);
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
