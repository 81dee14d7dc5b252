package org.microblog.follow;

/**
 * A member started following another (a new follow, not a repeated one). Published in the
 * follow's transaction: a listener there writes with it, or acts after commit.
 */
public record MemberFollowed(long followerId, long followedId) {
}
