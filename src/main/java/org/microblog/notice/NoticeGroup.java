package org.microblog.notice;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.microblog.post.PostView;

/**
 * One line of the notices page: what happened, the newest actor, how many more did the same.
 *
 * @param kind what the notices of the group tell
 * @param actorId who did it most recently
 * @param actor their username
 * @param actorAvatarUrl their avatar
 * @param others how many more notices the group holds ("alice and 3 others")
 * @param post the post concerned (the reply, for a reply); {@code null} for a follow, or when it is gone
 * @param at when the newest notice of the group happened
 * @param unread whether the group holds a notice not seen before this page
 */
public record NoticeGroup(NoticeKind kind, long actorId, String actor, String actorAvatarUrl, long others, @Nullable PostView post,
        Instant at, boolean unread) {

    /** The kind as the page's class and the API name it: {@code mention}, {@code reply}, {@code like}, {@code follow}. */
    public String kindName() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The key of the group's line, e.g. {@code notice.like}. */
    public String textKey() {
        return "notice." + kindName();
    }
}
