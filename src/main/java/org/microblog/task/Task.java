package org.microblog.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.microblog.schema.References;
import org.jspecify.annotations.Nullable;

/** A background job started by a member, such as exporting their posts. */
@Entity
@Table(name = "tasks", indexes = {
        @Index(name = "ix_tasks_name", columnList = "name"),
        @Index(name = "ix_tasks_user_id_complete", columnList = "user_id, complete"),
        @Index(name = "ix_tasks_user_id_name_created_at", columnList = "user_id, name, created_at")})
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

    /** Percent done, 0–100. */
    @Column(nullable = false)
    private int progress;

    /** Gave up after its last try; complete too. */
    @Column(nullable = false)
    private boolean failed;

    /** Its email went out: a job run again after a crash does not send it twice. */
    @Column(nullable = false)
    private boolean emailed;

    /** The language (a BCP 47 tag) of the member's page when they started it: its emails speak it. */
    @Column(length = 16)
    private @Nullable String locale;

    /** When it started; null for tasks recorded before 0017. */
    @Column(name = "created_at")
    private @Nullable Instant createdAt;

    protected Task() {
    }

    Task(String id, long userId, String name, @Nullable String description) {
        this(id, userId, name, description, null, null);
    }

    Task(String id, long userId, String name, @Nullable String description, @Nullable String locale,
            @Nullable Instant createdAt) {
        this.createdAt = createdAt;
        this.id = id;
        this.userId = userId;
        this.name = name;
        this.description = description;
        this.locale = locale;
    }

    void markComplete() {
        this.complete = true;
        this.progress = 100;
    }

    void markFailed() {
        this.complete = true;
        this.failed = true;
    }

    void markEmailed() {
        this.emailed = true;
    }

    void setProgress(int progress) {
        this.progress = Math.max(0, Math.min(100, progress));
    }

    int getProgress() {
        return progress;
    }

    boolean isFailed() {
        return failed;
    }

    boolean isEmailed() {
        return emailed;
    }

    @Nullable Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable String getLocale() {
        return locale;
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
