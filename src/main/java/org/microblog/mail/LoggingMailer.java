package org.microblog.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Without {@code MAIL_SERVER}: writes each message to the log (recipient, subject, text body) instead of sending it. */
final class LoggingMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(LoggingMailer.class);

    LoggingMailer() {
        log.info("Mail is disabled (MAIL_SERVER is not set): emails are written to this log instead of being sent.");
    }

    @Override
    public void send(Email email) {
        log.info("Email not sent (mail is disabled)\nTo: {}\nSubject: {}\nAttachments: {}\n\n{}", email.to(),
                email.subject(), email.attachments().stream().map(Email.Attachment::filename).toList(),
                email.textBody());
    }
}
