package org.microblog.post;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microblog.web.FormView;

/**
 * What {@code post/show.jte} renders: the conversation around one post.
 *
 * @param parent the post it replies to, if it still exists
 * @param post the post
 * @param replies its replies, oldest first
 * @param likers who liked it, newest like first
 * @param likedByMe whether the reader likes it
 * @param mine whether the reader wrote it (edit and delete are offered)
 * @param form the reply form with what was typed and its errors
 */
public record PostPage(@Nullable PostView parent, PostView post, List<PostView> replies, List<String> likers,
        boolean likedByMe, boolean mine, FormView form) {
}
