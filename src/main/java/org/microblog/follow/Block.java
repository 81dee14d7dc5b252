package org.microblog.follow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.microblog.schema.References;
import org.springframework.data.domain.Persistable;

/** {@code blocker} blocks {@code blocked}. Always inserted, never merged, as {@link Follow}. */
@Entity
@Table(name = "blocks", indexes = {
        @Index(name = "ix_blocks_blocked_id_blocker_id", columnList = "blocked_id, blocker_id")})
class Block implements Persistable<Block.Id> {

    @EmbeddedId
    private Id id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Transient
    private boolean isNew = true;

    protected Block() {
    }

    Block(long blockerId, long blockedId, Instant createdAt) {
        this.id = new Id(blockerId, blockedId);
        this.createdAt = createdAt;
    }

    @Override
    public Id getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        isNew = false;
    }

    @Embeddable
    record Id(@Column(name = "blocker_id") @References(table = "users", name = "fk_blocks_blocker") Long blockerId,
            @Column(name = "blocked_id") @References(table = "users", name = "fk_blocks_blocked") Long blockedId) {
    }
}
