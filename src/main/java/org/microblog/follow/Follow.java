package org.microblog.follow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One row of the follow relation: {@code follower} follows {@code followed}. */
@Entity
@Table(name = "followers")
class Follow {

    @EmbeddedId
    private Id id;

    protected Follow() {
    }

    Follow(long followerId, long followedId) {
        this.id = new Id(followerId, followedId);
    }

    Id getId() {
        return id;
    }

    @Embeddable
    record Id(@Column(name = "follower_id") Long followerId, @Column(name = "followed_id") Long followedId) {
    }
}
