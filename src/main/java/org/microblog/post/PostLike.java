package org.microblog.post;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.microblog.user.User;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A member's like of a post; the composite key allows one per member and post. */
@Entity
@IdClass(PostLike.Key.class)
@Table(name = "post_likes", indexes = @Index(name = "ix_post_likes_user_id_post_id", columnList = "user_id, post_id"))
class PostLike {

    @Id
    @Column(name = "post_id")
    private Long postId;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false)
    private Instant timestamp;

    // Mapped only for their foreign keys (cascading deletes, as change set 0014 makes them).
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "post_id", insertable = false, updatable = false, foreignKey = @ForeignKey(name = "fk_post_likes_post"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Post post;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", insertable = false, updatable = false, foreignKey = @ForeignKey(name = "fk_post_likes_user"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private User user;

    protected PostLike() {
    }

    PostLike(long postId, long userId, Instant timestamp) {
        this.postId = postId;
        this.userId = userId;
        this.timestamp = timestamp;
    }

    static class Key implements Serializable {
        private Long postId;
        private Long userId;

        protected Key() {
        }

        Key(long postId, long userId) {
            this.postId = postId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && postId.equals(key.postId) && userId.equals(key.userId);
        }

        @Override
        public int hashCode() {
            return 31 * postId.hashCode() + userId.hashCode();
        }
    }
}
