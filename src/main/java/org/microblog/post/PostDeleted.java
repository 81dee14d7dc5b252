package org.microblog.post;

/**
 * A post is being deleted by its author. Published in the delete's transaction before the row
 * goes (what refers to it still exists), so a listener there can find what the delete cascades to.
 */
public record PostDeleted(long postId, long authorId) {
}
