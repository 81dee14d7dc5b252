package org.microblog.user;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/**
 * Links to a member's pages. The username is encoded as a path segment, so that a name with
 * a space, {@code ?} or {@code #} still leads to its page.
 */
public final class UserPaths {

    private UserPaths() {
    }

    public static String profile(String username) {
        return "/user/" + segment(username);
    }

    public static String follow(String username) {
        return "/follow/" + segment(username);
    }

    public static String unfollow(String username) {
        return "/unfollow/" + segment(username);
    }

    public static String sendMessage(String username) {
        return "/send_message/" + segment(username);
    }

    public static String conversation(String username) {
        return "/messages/" + segment(username);
    }

    private static String segment(String username) {
        return UriUtils.encodePathSegment(username, StandardCharsets.UTF_8);
    }
}
