package org.microblog.post;

/**
 * A member liked a post (a new like, not a repeated one). Published in the like's transaction:
 * listen with {@code @TransactionalEventListener(phase = AFTER_COMMIT)} to act only once it is stored.
 */
public record PostLiked(long postId, long authorId, long likerId) {
}
