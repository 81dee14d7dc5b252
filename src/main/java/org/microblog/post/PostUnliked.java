package org.microblog.post;

/** A member took back their like of a post. Published in the unlike's transaction, as {@link PostLiked}. */
public record PostUnliked(long postId, long likerId) {
}
