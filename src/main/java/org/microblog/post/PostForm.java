package org.microblog.post;

import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.CodePointLength;
import org.jspecify.annotations.Nullable;

/**
 * The original's post form: one field, {@code post}, of 1 to 140 characters once the white
 * space around it is dropped. Characters are counted as people see them (code points), so
 * 140 emoji fit, as {@link PostService#publish} counts them.
 */
record PostForm(
        @NotBlank(message = "{form.required}")
        @CodePointLength(max = PostService.MAX_LENGTH, message = "{form.tooLong}") @Nullable String post) {

    PostForm {
        post = post == null ? null : post.strip();
    }

    /** The text to publish, once validation has passed. */
    String body() {
        return post == null ? "" : post;
    }
}
