package org.microblog.auth;

import org.microblog.web.Texts;

/** What the password-reset email templates ({@code email/resetPassword*.jte}) render. */
public record ResetPasswordEmail(String username, String link, long minutes, Texts texts) {
}
