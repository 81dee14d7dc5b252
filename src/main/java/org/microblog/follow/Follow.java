package org.microblog.follow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.microblog.schema.References;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * One row of the follow relation: {@code follower} follows {@code followed}. A new one is
 * always inserted (never merged), so a concurrent duplicate fails on the primary key instead
 * of silently passing for a creation.
 */
@Entity
@Table(name = "followers", indexes = {
        @Index(name = "ix_followers_followed_id_follower_id", columnList = "followed_id, follower_id")})
class Follow implements Persistable<Follow.Id> {

    @EmbeddedId
    private Id id;

    @Transient
    private boolean isNew = true;

    protected Follow() {
    }

    Follow(long followerId, long followedId) {
        this.id = new Id(followerId, followedId);
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
    record Id(@Column(name = "follower_id") @References(table = "users", name = "fk_followers_follower") Long followerId,
            @Column(name = "followed_id") @References(table = "users", name = "fk_followers_followed") Long followedId) {
    }
}
