package org.microblog.auth;

import jakarta.validation.constraints.NotBlank;
import org.microblog.user.EmailAddress;

/** The original's two reset forms. */
final class PasswordResetForms {

    private PasswordResetForms() {
    }

    /** Asks for a link: {@code email}, an address as registration accepts it. */
    record Request(@EmailAddress String email) {
    }

    /** Chooses the new password: {@code password}, {@code password2}. */
    record NewPassword(@NotBlank(message = "{form.required}") String password,
            @NotBlank(message = "{form.required}") String password2) {
    }
}
