package org.microblog.message;

import java.time.Instant;

/** A private message as pages and the API show it, with the avatars of post lists. */
public record MessageView(long id, String body, Instant timestamp, long senderId, String senderUsername,
        String senderAvatarUrl, long recipientId, String recipientUsername, String recipientAvatarUrl) {

    /** Avatars in message lists have the size of those in post lists. */
    public static final int AVATAR_SIZE = 36;
}
