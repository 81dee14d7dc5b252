/**
 * Outgoing email. {@link org.microblog.mail.Mailer} sends a message with a text and an HTML body
 * (and attachments, for the posts export). With {@code MAIL_SERVER} set it goes out over SMTP
 * ({@code MAIL_PORT}, {@code MAIL_USE_TLS}, {@code MAIL_USERNAME}, {@code MAIL_PASSWORD}, sender
 * the first of {@code ADMINS}); without it the message is written to the log instead, so a
 * development site still shows its password-reset links. {@link org.microblog.mail.MailQueue}
 * sends in the background, for requests that must not wait for (or reveal) the mail server.
 */
@NullMarked
package org.microblog.mail;

import org.jspecify.annotations.NullMarked;
