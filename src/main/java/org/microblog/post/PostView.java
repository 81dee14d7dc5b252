package org.microblog.post;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A post as pages and the API show it, with what they need of its author (the avatar URL is
 * the small one of post lists).
 */
public record PostView(long id, String body, Instant timestamp, @Nullable String language, long authorId,
        String authorUsername, String authorAvatarUrl, @Nullable Instant editedAt, @Nullable Long replyToId,
        @Nullable String replyToUsername, int likeCount, int replyCount) {

    /** Avatar size in post lists, as in the original. */
    public static final int AVATAR_SIZE = 36;
}
