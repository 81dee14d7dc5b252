package org.microblog.task;

import java.util.Locale;
import java.util.Optional;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.microblog.core.NotFound;
import org.microblog.core.RuleViolation;
import org.springframework.stereotype.Service;

/** "Export your posts": one export per member at a time, run as a background job. */
@Service
public class Exports {

    private final TaskService tasks;
    private final TaskFiles files;
    private final JobRequestScheduler jobs;

    Exports(TaskService tasks, TaskFiles files, JobRequestScheduler jobs) {
        this.tasks = tasks;
        this.files = files;
        this.jobs = jobs;
    }

    /**
     * Starts an export of the member's posts, its email to be written in {@code locale}. The task is
     * committed before its job is enqueued, so the job always finds it; a job that cannot be
     * enqueued fails its task, so the member is not left waiting for one that never runs.
     *
     * @throws RuleViolation ({@code task.inProgress}) while the member's previous export runs
     */
    public TaskView start(long userId, Locale locale) {
        TaskView task = tasks.start(userId, ExportPostsJob.NAME, "Exporting posts...", locale.toLanguageTag());
        try {
            jobs.enqueue(new ExportPostsJob.Request(task.id(), userId));
        } catch (RuntimeException cannotEnqueue) {
            tasks.fail(task.id());
            throw cannotEnqueue;
        }
        return task;
    }

    /** The member has seen the export's failure on its page. */
    public void acknowledge(TaskView export) {
        tasks.acknowledge(export.id());
    }

    /** The member's own task; {@link NotFound} for another member's or one that does not exist. */
    public TaskView find(long userId, String taskId) {
        return tasks.findOwn(userId, taskId);
    }

    /** The member's export running now, if any. */
    public Optional<TaskView> running(long userId) {
        return tasks.inProgress(userId, ExportPostsJob.NAME);
    }

    /** The member's newest export, if any. */
    public Optional<TaskView> latest(long userId) {
        return tasks.latest(userId, ExportPostsJob.NAME);
    }

    /** Whether the export's file can still be downloaded (its owner's, finished under 24 hours ago). */
    public boolean downloadable(TaskView export) {
        return export.complete() && !export.failed() && files.kept(export.id());
    }

    /**
     * The JSON of the member's finished export, kept for 24 hours.
     *
     * @throws NotFound for another member's export, one not finished, or one past its 24 hours
     */
    public byte[] download(long userId, String taskId) {
        TaskView task = tasks.findOwn(userId, taskId);
        if (!ExportPostsJob.NAME.equals(task.name())) {
            throw NotFound.of("export", taskId);
        }
        return files.readKept(task.id()).map(ExportPostsJob::gunzip).orElseThrow(() -> NotFound.of("export", taskId));
    }
}
