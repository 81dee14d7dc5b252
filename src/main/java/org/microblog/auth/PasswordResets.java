package org.microblog.auth;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Locale;
import java.util.Optional;
import org.microblog.mail.Email;
import org.microblog.mail.MailQueue;
import org.microblog.user.User;
import org.microblog.user.UserService;
import org.microblog.web.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Password reset by email: sends the link, and sets the new password for a valid one. */
@Component
class PasswordResets {

    private final UserService users;
    private final PasswordResetTokens tokens;
    private final MailQueue mail;
    private final TemplateEngine templates;
    private final MessageSource texts;
    private final MemberSessions sessions;

    PasswordResets(UserService users, PasswordResetTokens tokens, MailQueue mail, TemplateEngine templates,
            MessageSource texts, MemberSessions sessions) {
        this.users = users;
        this.tokens = tokens;
        this.mail = mail;
        this.templates = templates;
        this.texts = texts;
        this.sessions = sessions;
    }

    /**
     * Emails a reset link to the member with this address, if there is one. Everything, the
     * lookup included, happens on the mail thread: the caller cannot tell by the time taken.
     */
    void requestLink(String email, Locale locale, String siteUrl) {
        mail.sendInBackground(() -> users.findByEmail(email).flatMap(user -> compose(user, locale, siteUrl)));
    }

    /** The member a link was sent to, while it is valid. */
    Optional<Long> memberFor(String token) {
        return tokens.verify(token);
    }

    /**
     * Sets the new password, which voids the link, and signs the member out everywhere: every
     * session, every "remember me" browser and the API token.
     */
    @Transactional
    void reset(long userId, String password) {
        users.setPassword(userId, password);
        sessions.endAll(userId, null);
    }

    private Optional<Email> compose(User user, Locale locale, String siteUrl) {
        return tokens.issue(user.getId()).map(token -> {
            var model = new ResetPasswordEmail(user.getUsername(), siteUrl + "/auth/reset_password/" + token,
                    PasswordResetTokens.LIFETIME.toMinutes(), new Texts(texts, locale));
            return new Email(user.getEmail(), model.texts().plain("auth.reset.email.subject"),
                    render("email/resetPasswordText.jte", model), render("email/resetPassword.jte", model));
        });
    }

    private String render(String template, ResetPasswordEmail model) {
        var output = new StringOutput();
        templates.render(template, model, output);
        return output.toString();
    }
}
