package org.microblog.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Locale;
import org.microblog.core.NotFound;
import org.microblog.core.RuleViolation;
import org.microblog.task.Exports;
import org.microblog.task.TaskView;
import org.microblog.web.CurrentMembers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Your background tasks: start an export of your posts, and follow it. */
@RestController
@Tag(name = "Tasks", description = "Beyond the original: exporting your posts over the API")
class TaskApiController {

    private final Exports exports;
    private final CurrentMembers currentMembers;

    TaskApiController(Exports exports, CurrentMembers currentMembers) {
        this.exports = exports;
        this.currentMembers = currentMembers;
    }

    /** A task as the API shows it: progress 0–100, complete when it ended well, failed when it gave up. */
    record TaskResponse(String id, String name, int progress, boolean complete, boolean failed, String url) {

        static TaskResponse of(TaskView task) {
            return new TaskResponse(task.id(), task.name(), task.progress(), task.complete() && !task.failed(), task.failed(),
                    "/api/tasks/" + task.id());
        }
    }

    @Operation(summary = "Export your posts: emailed as posts.json; 202 with the task's Location, 409 while one runs")
    @PostMapping("/api/tasks/export")
    ResponseEntity<TaskResponse> export(Locale locale) {
        long member = currentMembers.require().id();
        TaskView task;
        try {
            task = exports.start(member, locale);
        } catch (RuleViolation inProgress) {
            throw new ApiException(HttpStatus.CONFLICT, "An export task is currently in progress");
        }
        TaskResponse body = TaskResponse.of(task);
        return ResponseEntity.accepted().location(URI.create(body.url())).body(body);
    }

    @Operation(summary = "One of your tasks: its progress (0-100), whether it is complete, whether it failed")
    @GetMapping("/api/tasks/{id}")
    TaskResponse task(@PathVariable String id) {
        try {
            return TaskResponse.of(exports.find(currentMembers.require().id(), id));
        } catch (NotFound notYours) {
            throw ApiException.notFound();
        }
    }
}
