package org.microblog.notification;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microblog.web.NavigationCounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The navigation bar's numbers, read from the member's notification rows: the unread count and
 * the progress of a background task, in one indexed lookup.
 */
@Component
class UnreadMessagesBadge implements NavigationCounts {

    /** The name of a task's progress notification, as in the original: {@code {"task_id": …, "progress": …}}. */
    static final String TASK_PROGRESS = "task_progress";
    private static final List<String> NAMES = List.of(UnreadMessageCounter.NAME, TASK_PROGRESS);

    private final NotificationRepository notifications;
    private final tools.jackson.databind.json.JsonMapper json;

    UnreadMessagesBadge(NotificationRepository notifications, tools.jackson.databind.json.JsonMapper json) {
        this.notifications = notifications;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public Navigation navigation(long userId) {
        long unread = 0;
        TaskProgress task = null;
        for (Notification notification : notifications.findByUserIdAndNameIn(userId, NAMES)) {
            JsonNode payload = json.readTree(notification.getPayloadJson());
            if (UnreadMessageCounter.NAME.equals(notification.getName())) {
                unread = payload.asLong(0);
            } else {
                task = taskOf(payload);
            }
        }
        return new Navigation(unread, task);
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
