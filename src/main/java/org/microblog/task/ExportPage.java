package org.microblog.task;

import org.jspecify.annotations.Nullable;

/**
 * What {@code task/export.jte} shows: the member's newest export (null: none yet) and whether its
 * file can still be downloaded.
 */
public record ExportPage(@Nullable TaskView latest, boolean downloadable) {

    public boolean running() {
        return latest != null && !latest.complete();
    }

    public boolean failed() {
        return latest != null && latest.failed();
    }

    public String downloadPath() {
        return latest == null ? "" : "/export_posts/" + latest.id() + "/posts.json";
    }
}
