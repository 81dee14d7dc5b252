package org.microblog.message;

/** Published inside the sending transaction; the recipient's unread count is derived from it. */
public record MessageSent(long messageId, long senderId, long recipientId) {
}
