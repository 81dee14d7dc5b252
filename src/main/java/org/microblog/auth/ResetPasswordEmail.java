package org.microblog.auth;

import org.microblog.web.Texts;

/** What the password-reset email templates ({@code email/resetPassword*.jte}) render. */
public record ResetPasswordEmail(String username, String link, long minutes, Texts texts) {

    public String t(String key, Object... args) {
        return texts.t(key, args);
    }
}
