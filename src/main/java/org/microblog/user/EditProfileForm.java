package org.microblog.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/** The original's profile form: {@code username} and {@code about_me}. */
record EditProfileForm(
        @NotBlank(message = "{form.required}") @Size(max = 64, message = "{form.tooLong}") @Nullable String username,
        @BindParam("about_me") @Size(max = 140, message = "{form.tooLong}") @Nullable String aboutMe) {
}
