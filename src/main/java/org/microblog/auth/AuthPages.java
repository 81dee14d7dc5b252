package org.microblog.auth;

import org.microblog.web.FormView;

/** The records the sign-in, registration and password-reset screens render ({@code auth/*.jte}). */
public final class AuthPages {

    private AuthPages() {
    }

    /**
     * {@code /auth/login}.
     *
     * @param next where to go after signing in (a local path, or empty)
     * @param waitMinutes while sign-in is throttled, how long to wait (rounded up); 0 otherwise
     */
    public record LoginPage(FormView form, String next, long waitMinutes) {

        public boolean throttled() {
            return waitMinutes > 0;
        }
    }

    /** {@code /auth/register}. */
    public record RegisterPage(FormView form) {
    }

    /** {@code /auth/reset_password_request}: asks for the email address to send a link to. */
    public record ResetPasswordRequestPage(FormView form) {
    }

    /** {@code /auth/reset_password/<token>}: the new password, for a valid link. */
    public record ResetPasswordPage(FormView form, String token) {
    }
}
