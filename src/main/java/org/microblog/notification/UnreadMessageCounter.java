package org.microblog.notification;

import org.microblog.message.MessageSent;
import org.microblog.message.MessagesRead;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each member's {@code unread_message_count} notification in step with their messages,
 * inside the transaction that changed them, so the count is never lost or stale after a crash.
 */
@Component
class UnreadMessageCounter {

    static final String NAME = "unread_message_count";

    private final NotificationService notifications;

    UnreadMessageCounter(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(MessageSent sent) {
        notifications.add(sent.recipientId(), NAME, sent.unreadCount());
    }

    @EventListener
    void on(MessagesRead read) {
        notifications.add(read.userId(), NAME, 0);
    }
}
