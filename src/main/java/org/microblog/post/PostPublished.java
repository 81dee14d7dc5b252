package org.microblog.post;

/** A post or a reply was written; published in its transaction (the live timeline announces it after commit). */
public record PostPublished(long postId, long authorId) {
}
