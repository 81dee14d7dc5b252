package org.microblog.mail;

import java.util.List;

/** One message to one recipient: a plain-text body, its HTML twin and optional attachments. */
public record Email(String to, String subject, String textBody, String htmlBody, List<Attachment> attachments) {

    public Email {
        attachments = List.copyOf(attachments);
    }

    public Email(String to, String subject, String textBody, String htmlBody) {
        this(to, subject, textBody, htmlBody, List.of());
    }

    /** A file sent along, such as the JSON of a posts export. */
    public record Attachment(String filename, String contentType, byte[] content) {
    }
}
