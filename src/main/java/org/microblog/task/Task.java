package org.microblog.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.microblog.schema.References;
import org.jspecify.annotations.Nullable;

/** A background job started by a member, such as exporting their posts. */
@Entity
@Table(name = "tasks", indexes = {
        @Index(name = "ix_tasks_name", columnList = "name"),
        @Index(name = "ix_tasks_user_id_complete", columnList = "user_id, complete")})
class Task {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 128)
    private String name;

    @Column(length = 128)
    private @Nullable String description;

    @Column(name = "user_id", nullable = false)
    @References(table = "users", name = "fk_tasks_user")
    private Long userId;

    @Column(nullable = false)
    private boolean complete;

    protected Task() {
    }

    Task(String id, long userId, String name, @Nullable String description) {
        this.id = id;
        this.userId = userId;
        this.name = name;
        this.description = description;
    }

    void markComplete() {
        this.complete = true;
    }

    String getId() {
        return id;
    }

    String getName() {
        return name;
    }

    @Nullable String getDescription() {
        return description;
    }

    Long getUserId() {
        return userId;
    }

    boolean isComplete() {
        return complete;
    }
}
