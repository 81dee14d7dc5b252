package org.microblog.profile;

import org.microblog.user.UserPaths;
import org.microblog.web.PageOf;

/**
 * What {@code /user/<name>/followers} and {@code /user/<name>/following} show: one page of
 * members, each with the viewer's follow button.
 *
 * @param followers true for the member's followers, false for the members they follow
 */
public record MemberListPage(String username, boolean followers, PageOf<Row> members) {

    public String path() {
        return followers ? followersPath(username) : followingPath(username);
    }

    public String profilePath() {
        return UserPaths.profile(username);
    }

    public String headingKey() {
        return followers ? "members.followers.heading" : "members.following.heading";
    }

    public String emptyKey() {
        return followers ? "members.followers.none" : "members.following.none";
    }

    public static String followersPath(String username) {
        return UserPaths.profile(username) + "/followers";
    }

    public static String followingPath(String username) {
        return UserPaths.profile(username) + "/following";
    }

    /**
     * One member in the list.
     *
     * @param viewer whether this row is the viewer (no button)
     * @param followedByViewer whether the viewer follows this member (the button says Unfollow)
     */
    public record Row(String username, String avatarUrl, boolean viewer, boolean followedByViewer) {

        public String path() {
            return UserPaths.profile(username);
        }

        public String followActionPath() {
            return followedByViewer ? UserPaths.unfollow(username) : UserPaths.follow(username);
        }
    }
}
