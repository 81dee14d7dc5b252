package org.microblog.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.microblog.schema.References;

/**
 * One thing that happened to a member: who did it, what, to which post. Notices that repeat
 * share a {@code groupKey} ({@code like:<post>}, {@code follow:<day>}); the others have their own.
 */
@Entity
@Table(name = "notices", indexes = {
        @Index(name = "ix_notices_recipient_id_read_at", columnList = "recipient_id, read_at"),
        @Index(name = "ix_notices_recipient_id_group_key_id", columnList = "recipient_id, group_key, id"),
        @Index(name = "ix_notices_actor_id", columnList = "actor_id"),
        @Index(name = "ix_notices_post_id", columnList = "post_id")})
class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    @References(table = "users", name = "fk_notices_recipient")
    private Long recipientId;

    @Column(name = "actor_id", nullable = false)
    @References(table = "users", name = "fk_notices_actor")
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NoticeKind kind;

    @Column(name = "post_id")
    @References(table = "posts", name = "fk_notices_post")
    private @Nullable Long postId;

    @Column(name = "group_key", nullable = false, length = 64)
    private String groupKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected Notice() {
    }

    Notice(long recipientId, long actorId, NoticeKind kind, @Nullable Long postId, String groupKey, Instant createdAt) {
        this.recipientId = recipientId;
        this.actorId = actorId;
        this.kind = kind;
        this.postId = postId;
        this.groupKey = groupKey;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getActorId() {
        return actorId;
    }

    NoticeKind getKind() {
        return kind;
    }

    @Nullable Long getPostId() {
        return postId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
