package org.microblog.notification;

import java.util.List;
import org.microblog.web.NavigationCounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The navigation bar's unread counts, read from the member's {@code unread_message_count} and
 * {@code unread_notice_count} notification rows: one indexed lookup for both.
 */
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
    public Badges badges(long userId) {
        long messages = 0;
        long notices = 0;
        for (Notification row : notifications.findByUserIdAndNameIn(userId, List.of(UnreadMessageCounter.NAME, NotificationService.UNREAD_NOTICE_COUNT))) {
            long count = json.readTree(row.getPayloadJson()).asLong(0);
            if (row.getName().equals(UnreadMessageCounter.NAME)) {
                messages = count;
            } else {
                notices = count;
            }
        }
        return new Badges(messages, notices);
    }
}
