package org.microblog.auth;

import jakarta.validation.constraints.NotBlank;
import org.microblog.user.EmailAddress;
import org.microblog.user.Username;

/**
 * The original's registration form: {@code username}, {@code email}, {@code password},
 * {@code password2}; username and email follow the rules {@code UserService.register} applies.
 */
record RegistrationForm(
        @Username String username,
        @EmailAddress String email,
        @NotBlank(message = "{form.required}") String password,
        @NotBlank(message = "{form.required}") String password2) {
}
