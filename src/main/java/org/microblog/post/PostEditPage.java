package org.microblog.post;

import org.microblog.web.FormView;

/** What {@code post/edit.jte} and {@code post/delete.jte} render: the post and, for editing, the form. */
public record PostEditPage(PostView post, FormView form) {
}
