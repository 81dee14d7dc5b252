package org.microblog.post;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.springframework.data.domain.Persistable;

/**
 * One hashtag of one post, lower case, with the post's time: the tag page reads the index
 * {@code (tag, timestamp, post_id)} from its newest end. Written with the post, in its transaction.
 */
@Entity
@IdClass(PostTag.Key.class)
@Table(name = "post_tags", indexes = @Index(name = "ix_post_tags_tag_timestamp_post_id", columnList = "tag, timestamp, post_id"))
class PostTag implements Persistable<PostTag.Key> {

    @Id
    @Column(name = "post_id")
    private Long postId;

    @Id
    @Column(length = Tags.MAX_LENGTH)
    private String tag;

    @Column(nullable = false)
    private Instant timestamp;

    // Mapped only for its foreign key: a post's tags go with it (change set 0016).
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "post_id", insertable = false, updatable = false, foreignKey = @ForeignKey(name = "fk_post_tags_post"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Post post;

    @Transient
    private boolean isNew = true;

    protected PostTag() {
    }

    PostTag(long postId, String tag, Instant timestamp) {
        this.postId = postId;
        this.tag = tag;
        this.timestamp = timestamp;
    }

    @Override
    public Key getId() {
        return new Key(postId, tag);
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    static class Key implements Serializable {
        private Long postId;
        private String tag;

        protected Key() {
        }

        Key(long postId, String tag) {
            this.postId = postId;
            this.tag = tag;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && postId.equals(key.postId) && tag.equals(key.tag);
        }

        @Override
        public int hashCode() {
            return 31 * postId.hashCode() + tag.hashCode();
        }
    }
}
