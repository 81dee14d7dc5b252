package org.microblog.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The original's registration form: {@code username}, {@code email}, {@code password}, {@code password2}. */
record RegistrationForm(
        @NotBlank(message = "{form.required}") @Size(max = 64, message = "{form.tooLong}") String username,
        @NotBlank(message = "{form.required}") @Size(max = 120, message = "{form.tooLong}")
        @Email(message = "{form.email}") String email,
        @NotBlank(message = "{form.required}") String password,
        @NotBlank(message = "{form.required}") String password2) {
}
