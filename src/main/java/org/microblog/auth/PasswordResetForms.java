package org.microblog.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The original's two reset forms. */
final class PasswordResetForms {

    private PasswordResetForms() {
    }

    /** Asks for a link: {@code email}. */
    record Request(@NotBlank(message = "{form.required}") @Size(max = 120, message = "{form.tooLong}")
            @Email(message = "{form.email}") String email) {
    }

    /** Chooses the new password: {@code password}, {@code password2}. */
    record NewPassword(@NotBlank(message = "{form.required}") String password,
            @NotBlank(message = "{form.required}") String password2) {
    }
}
