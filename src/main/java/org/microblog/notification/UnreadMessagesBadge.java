package org.microblog.notification;

import org.microblog.web.NavigationCounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The navigation bar's unread count, read from the member's notification row: one indexed lookup. */
@Component
class UnreadMessagesBadge implements NavigationCounts {

    private final NotificationRepository notifications;
    private final tools.jackson.databind.json.JsonMapper json;

    UnreadMessagesBadge(NotificationRepository notifications, tools.jackson.databind.json.JsonMapper json) {
        this.notifications = notifications;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadMessages(long userId) {
        return notifications.findByUserIdAndName(userId, UnreadMessageCounter.NAME)
                .map(n -> json.readTree(n.getPayloadJson()).asLong(0))
                .orElse(0L);
    }
}
