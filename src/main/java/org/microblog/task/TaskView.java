package org.microblog.task;

import org.jspecify.annotations.Nullable;

/** A member's background job as the navigation bar and the API show it. */
public record TaskView(String id, String name, @Nullable String description, long userId, boolean complete,
        int progress, boolean failed) {

    static TaskView of(Task task) {
        return new TaskView(task.getId(), task.getName(), task.getDescription(), task.getUserId(), task.isComplete(),
                task.getProgress(), task.isFailed());
    }
}
