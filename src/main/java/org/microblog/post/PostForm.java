package org.microblog.post;

import org.jspecify.annotations.Nullable;
import org.microblog.core.FieldText;
import org.microblog.core.ShortText;

/**
 * The original's post form: one field, {@code post}, a {@link ShortText} (1 to 140 characters
 * once the white space around it is dropped, counted as {@link PostService#publish} counts them).
 */
record PostForm(@ShortText @Nullable String post) {

    /** The text to publish, once validation has passed. */
    String body() {
        return post == null ? "" : FieldText.clean(post);
    }
}
