package org.microblog.user;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/**
 * Links to a member's pages. The username is encoded as a path segment, so that a name with
 * a space, {@code ?} or {@code #} still leads to its page.
 */
public final class UserPaths {

    private static final java.util.regex.Pattern ONLY_DOTS = java.util.regex.Pattern.compile("\\.+");

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

    public static String block(String username) {
        return "/block/" + segment(username);
    }

    public static String unblock(String username) {
        return "/unblock/" + segment(username);
    }

    public static String sendMessage(String username) {
        return "/send_message/" + segment(username);
    }

    public static String conversation(String username) {
        return "/messages/" + segment(username);
    }

    /**
     * The name as one path segment. Beyond what a segment must encode, {@code ;} is encoded
     * (servers cut a raw one off as a path parameter) and so are the dots of a name made only of
     * dots (a raw {@code .} or {@code ..} segment would climb the path).
     */
    static String segment(String username) {
        String segment = UriUtils.encodePathSegment(username, StandardCharsets.UTF_8).replace(";", "%3B");
        return ONLY_DOTS.matcher(username).matches() ? segment.replace(".", "%2E") : segment;
    }
}
