package org.microblog.message;

import org.jspecify.annotations.Nullable;
import org.microblog.core.ShortText;

/** The original's message form: one field, {@code message}, a {@link ShortText} as {@link MessageService#send} takes. */
record MessageForm(@ShortText @Nullable String message) {

    /** The text to send, once validation has passed (the service strips it). */
    String body() {
        return message == null ? "" : message;
    }
}
