package org.microblog.post;

/**
 * A post (or reply) names a member with {@code @username}. Published in the post's transaction:
 * listen with {@code @TransactionalEventListener(phase = AFTER_COMMIT)}. Edits publish none.
 */
public record MemberMentioned(long postId, long mentionedId, long authorId) {
}
