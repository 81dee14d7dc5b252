package org.microblog.profile;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.microblog.post.PostView;
import org.microblog.user.UserPaths;
import org.microblog.web.PageOf;

/**
 * What the profile page shows.
 *
 * @param own whether viewers look at their own profile (edit and export links instead of follow)
 * @param followedByViewer whether the viewer follows this member (the button says Unfollow)
 * @param posts one page of the member's posts, newest first (none when a block stands between them)
 * @param viewerBlocks the viewer blocks this member (the button says Unblock; no posts shown)
 * @param blocksViewer this member blocks the viewer (no posts, no follow or message)
 */
public record ProfilePage(String username, @Nullable String aboutMe, @Nullable Instant lastSeen, String avatarUrl,
        long followers, long following, boolean own, boolean followedByViewer, PageOf<PostView> posts,
        boolean viewerBlocks, boolean blocksViewer) {

    /** The avatar's side on the profile, in pixels. */
    public static final int AVATAR_SIZE = 128;

    /** The avatar's side in the popover. */
    public static final int POPUP_AVATAR_SIZE = 64;

    public String path() {
        return UserPaths.profile(username);
    }

    /** Where the button posts: {@code /unfollow/<name>} when followed, else {@code /follow/<name>}. */
    public String followActionPath() {
        return followedByViewer ? UserPaths.unfollow(username) : UserPaths.follow(username);
    }

    /** Whether a block stands between the viewer and this member, either way. */
    public boolean blocked() {
        return viewerBlocks || blocksViewer;
    }

    /** Where the block button posts: {@code /unblock/<name>} when the viewer blocks the member, else {@code /block/<name>}. */
    public String blockActionPath() {
        return viewerBlocks ? UserPaths.unblock(username) : UserPaths.block(username);
    }

    public String followersPath() {
        return MemberListPage.followersPath(username);
    }

    public String followingPath() {
        return MemberListPage.followingPath(username);
    }

    public String sendMessagePath() {
        return UserPaths.sendMessage(username);
    }

    /** Last seen as text for browsers without script (the page script shows it in the viewer's time zone). */
    public String lastSeenText(Locale locale) {
        return lastSeen == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneOffset.UTC).format(lastSeen);
    }
}
