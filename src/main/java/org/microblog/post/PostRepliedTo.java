package org.microblog.post;

/**
 * A member replied to a post. Published in the reply's transaction: listen with
 * {@code @TransactionalEventListener(phase = AFTER_COMMIT)} to act only once it is stored.
 */
public record PostRepliedTo(long replyId, long parentId, long parentAuthorId, long replierId) {
}
