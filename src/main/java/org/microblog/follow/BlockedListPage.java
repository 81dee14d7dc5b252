package org.microblog.follow;

import org.microblog.user.UserPaths;
import org.microblog.web.PageOf;

/** What {@code /edit_profile/blocked} shows: one page of the members the viewer blocks, each with an Unblock button. */
public record BlockedListPage(PageOf<Row> members) {

    public static final String PATH = "/edit_profile/blocked";

    /** Members per page. */
    public static final int SIZE = 25;

    public String path() {
        return PATH;
    }

    /** One blocked member. */
    public record Row(String username, String avatarUrl) {

        public String path() {
            return UserPaths.profile(username);
        }

        public String unblockPath() {
            return UserPaths.unblock(username);
        }
    }
}
