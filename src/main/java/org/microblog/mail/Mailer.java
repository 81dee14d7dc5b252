package org.microblog.mail;

/** Sends email; which implementation depends on {@code MAIL_SERVER} (see the package description). */
public interface Mailer {

    /**
     * Sends the message now, on the caller's thread.
     *
     * @throws org.springframework.mail.MailException when the mail server refuses it or cannot be reached
     */
    void send(Email email);
}
