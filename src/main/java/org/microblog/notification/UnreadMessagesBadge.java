package org.microblog.notification;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microblog.web.NavigationCounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The navigation bar's numbers, read from the member's {@code unread_message_count},
 * {@code unread_notice_count} and {@code task_progress} notification rows: one indexed lookup.
 */
@Component
class UnreadMessagesBadge implements NavigationCounts {

    /** The name of a task's progress notification, as in the original: {@code {"task_id": …, "progress": …}}. */
    static final String TASK_PROGRESS = "task_progress";
    private static final List<String> NAMES = List.of(UnreadMessageCounter.NAME, NotificationService.UNREAD_NOTICE_COUNT,
            TASK_PROGRESS);

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
        TaskProgress task = null;
        for (Notification row : notifications.findByUserIdAndNameIn(userId, NAMES)) {
            JsonNode payload = json.readTree(row.getPayloadJson());
            if (row.getName().equals(UnreadMessageCounter.NAME)) {
                messages = payload.asLong(0);
            } else if (row.getName().equals(TASK_PROGRESS)) {
                task = taskOf(payload);
            } else {
                notices = payload.asLong(0);
            }
        }
        return new Badges(messages, notices, task);
    }

    /** A task still running or failed; none once it is done. */
    private static @Nullable TaskProgress taskOf(JsonNode payload) {
        String taskId = payload.path("task_id").asString("");
        int progress = payload.path("progress").asInt(0);
        boolean failed = payload.path("failed").asBoolean(false);
        if (taskId.isEmpty() || (progress >= 100 && !failed)) {
            return null;
        }
        return new TaskProgress(taskId, progress, failed);
    }
}
