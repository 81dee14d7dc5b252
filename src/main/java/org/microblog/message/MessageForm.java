package org.microblog.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The original's message form: one field, {@code message}, 1–140 characters. */
record MessageForm(
        @NotBlank(message = "{form.required}") @Size(max = MessageService.MAX_LENGTH, message = "{form.tooLong}")
        String message) {
}
