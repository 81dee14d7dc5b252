package org.microblog.task;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.microblog.core.RuleViolation;
import org.microblog.user.UserService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The background jobs of members: at most one of each name in progress per member. */
@Service
public class TaskService {

    private final TaskRepository tasks;
    private final UserService users;

    TaskService(TaskRepository tasks, UserService users) {
        this.tasks = tasks;
        this.users = users;
    }

    /** Records a new task for the member; refused while one of the same name is in progress. */
    @Transactional
    public TaskView start(long userId, String name, @Nullable String description) {
        users.getById(userId);
        if (!tasks.findByUserIdAndNameAndCompleteFalse(userId, name).isEmpty()) {
            throw RuleViolation.of("task.inProgress", "A " + name + " task is currently in progress", name);
        }
        return TaskView.of(tasks.save(new Task(UUID.randomUUID().toString(), userId, name, description)));
    }

    @Transactional
    public void complete(String taskId) {
        tasks.findById(taskId).ifPresent(Task::markComplete);
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
}
