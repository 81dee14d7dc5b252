package org.microblog.task;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.microblog.core.NotFound;
import org.microblog.core.RuleViolation;
import org.microblog.notification.NotificationService;
import org.microblog.user.UserService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The background jobs of members: at most one of each name in progress per member, with their
 * progress told to the member as the original's {@code task_progress} notification
 * ({@code {"task_id": …, "progress": …}}, {@code "failed": true} when it gave up).
 */
@Service
public class TaskService {

    static final String PROGRESS = "task_progress";

    private final TaskRepository tasks;
    private final UserService users;
    private final NotificationService notifications;
    private final Clock clock;

    TaskService(TaskRepository tasks, UserService users, NotificationService notifications, Clock clock) {
        this.clock = clock;
        this.tasks = tasks;
        this.users = users;
        this.notifications = notifications;
    }

    /** Records a new task for the member; refused while one of the same name is in progress. */
    @Transactional
    public TaskView start(long userId, String name, @Nullable String description) {
        return start(userId, name, description, null);
    }

    /**
     * Records a new task for the member, to be written to in {@code locale}; refused while one of the
     * same name is in progress. The member's row is locked first, so two requests at once cannot
     * both start one.
     *
     * @throws RuleViolation ({@code task.inProgress}) when one is in progress
     */
    @Transactional
    public TaskView start(long userId, String name, @Nullable String description, @Nullable String locale) {
        users.lockPair(userId, userId);
        if (!tasks.findByUserIdAndNameAndCompleteFalse(userId, name).isEmpty()) {
            throw RuleViolation.of("task.inProgress", "A " + name + " task is currently in progress", name);
        }
        Task task = tasks.save(new Task(UUID.randomUUID().toString(), userId, name, description, locale,
                clock.instant()));
        tell(task);
        return TaskView.of(task);
    }

    /** Records how far the task is (0–100) and tells its member; nothing for a task that ended. */
    @Transactional
    public void progress(String taskId, int percent) {
        tasks.findById(taskId).filter(task -> !task.isComplete()).ifPresent(task -> {
            task.setProgress(Math.min(percent, 99));
            tell(task);
        });
    }

    @Transactional
    public void complete(String taskId) {
        tasks.findById(taskId).ifPresent(task -> {
            task.markComplete();
            tell(task);
        });
    }

    /** The task gave up: marked complete and failed, and its member told. */
    @Transactional
    public void fail(String taskId) {
        tasks.findById(taskId).filter(task -> !task.isComplete()).ifPresent(task -> {
            task.markFailed();
            tell(task);
        });
    }

    /** The member has seen that the task failed: the navigation bar stops saying so. */
    @Transactional
    public void acknowledge(String taskId) {
        tasks.findById(taskId).filter(Task::isFailed).ifPresent(task -> notifications.add(task.getUserId(), PROGRESS,
                Map.of("task_id", task.getId(), "progress", 100)));
    }

    /** Marks the task's email sent; false if it already was (a job run again after a crash). */
    @Transactional
    boolean markEmailed(String taskId) {
        Task task = tasks.findById(taskId).orElseThrow(() -> NotFound.of("task", taskId));
        if (task.isEmailed()) {
            return false;
        }
        task.markEmailed();
        return true;
    }

    @Transactional(readOnly = true)
    boolean isEmailed(String taskId) {
        return tasks.findById(taskId).map(Task::isEmailed).orElse(false);
    }

    /** The member's tasks still in progress. */
    @Transactional(readOnly = true)
    public List<TaskView> inProgress(long userId) {
        return tasks.findByUserIdAndCompleteFalseOrderByName(userId).stream().map(TaskView::of).toList();
    }

    /** The member's task of this name still in progress, if any. */
    @Transactional(readOnly = true)
    public Optional<TaskView> inProgress(long userId, String name) {
        return tasks.findByUserIdAndNameAndCompleteFalse(userId, name).stream().findFirst().map(TaskView::of);
    }

    @Transactional(readOnly = true)
    public Optional<TaskView> find(String taskId) {
        return tasks.findById(taskId).map(TaskView::of);
    }

    /** The member's own task; {@link NotFound} for anyone else's, as for one that does not exist. */
    @Transactional(readOnly = true)
    public TaskView findOwn(long userId, String taskId) {
        return tasks.findById(taskId).filter(task -> task.getUserId() == userId).map(TaskView::of)
                .orElseThrow(() -> NotFound.of("task", taskId));
    }

    /** The member's newest task of this name, if any. */
    @Transactional(readOnly = true)
    public Optional<TaskView> latest(long userId, String name) {
        return tasks.findFirstByUserIdAndNameOrderByCreatedAtDesc(userId, name).map(TaskView::of);
    }

    @Transactional(readOnly = true)
    @Nullable String localeOf(String taskId) {
        return tasks.findById(taskId).map(Task::getLocale).orElse(null);
    }

    private void tell(Task task) {
        notifications.add(task.getUserId(), PROGRESS, task.isFailed()
                ? Map.of("task_id", task.getId(), "progress", task.getProgress(), "failed", true)
                : Map.of("task_id", task.getId(), "progress", task.getProgress()));
    }
}
