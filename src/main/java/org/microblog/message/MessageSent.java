package org.microblog.message;

/**
 * Published inside the sending transaction, with the recipient's unread count including this
 * message, so a listener (the notification feature's badge) needs nothing more from messages.
 */
public record MessageSent(long messageId, long senderId, long recipientId, long unreadCount) {
}
