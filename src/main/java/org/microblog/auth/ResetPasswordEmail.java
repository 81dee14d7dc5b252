package org.microblog.auth;

import org.microblog.web.Messages;

/** What the password-reset email templates ({@code email/resetPassword*.jte}) render. */
public record ResetPasswordEmail(String username, String link, long minutes, Messages messages) {

    public String t(String key, Object... args) {
        return messages.t(key, args);
    }
}
