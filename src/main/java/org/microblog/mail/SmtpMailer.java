package org.microblog.mail;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** With {@code MAIL_SERVER}: sends through SMTP, from the first of {@code ADMINS}. */
final class SmtpMailer implements Mailer {

    private final JavaMailSender sender;
    private final String from;

    SmtpMailer(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(Email email) {
        sender.send(message -> {
            try {
                var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(email.to());
                helper.setSubject(email.subject());
                helper.setText(email.textBody(), email.htmlBody());
                for (Email.Attachment attachment : email.attachments()) {
                    helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
                            attachment.contentType());
                }
            } catch (MessagingException e) {
                throw new MailPreparationException(e);
            }
        });
    }
}
