package org.microblog.follow;

import org.microblog.user.UserPaths;

/**
 * The page a GET on {@code /follow/<name>} or {@code /unfollow/<name>} shows: the button that
 * does it, since a link must never change anything.
 *
 * @param follow true for the Follow button, false for Unfollow
 */
public record FollowConfirmPage(String username, boolean follow) {

    public String actionPath() {
        return follow ? UserPaths.follow(username) : UserPaths.unfollow(username);
    }

    public String profilePath() {
        return UserPaths.profile(username);
    }
}
