package org.microblog.post;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.microblog.user.User;

@Entity
@Table(name = "posts", indexes = {
        @Index(name = "ix_posts_timestamp_id_user_id", columnList = "timestamp, id, user_id"),
        @Index(name = "ix_posts_user_id_timestamp_id", columnList = "user_id, timestamp, id"),
        @Index(name = "ix_posts_reply_to_id_timestamp_id", columnList = "reply_to_id, timestamp, id")})
class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 140)
    private String body;

    @Column(nullable = false)
    private Instant timestamp;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User author;

    @Column(length = 5)
    private @Nullable String language;

    @Column(name = "edited_at")
    private @Nullable Instant editedAt;

    @Column(name = "reply_to_id")
    private @Nullable Long replyToId;

    // Stored counts, changed by one in SQL (PostRepository) in the transaction that likes,
    // replies or deletes; the entity never writes them back.
    @Column(name = "like_count", nullable = false, insertable = false, updatable = false)
    private int likeCount;

    @Column(name = "reply_count", nullable = false, insertable = false, updatable = false)
    private int replyCount;

    protected Post() {
    }

    Post(User author, String body, Instant timestamp, @Nullable String language) {
        this.author = author;
        this.body = body;
        this.timestamp = timestamp;
        this.language = language;
    }

    Post(User author, String body, Instant timestamp, @Nullable String language, @Nullable Long replyToId) {
        this(author, body, timestamp, language);
        this.replyToId = replyToId;
    }

    void edit(String body, Instant at, @Nullable String language) {
        this.body = body;
        this.editedAt = at;
        this.language = language;
    }

    @Nullable Instant getEditedAt() {
        return editedAt;
    }

    @Nullable Long getReplyToId() {
        return replyToId;
    }

    int getLikeCount() {
        return likeCount;
    }

    int getReplyCount() {
        return replyCount;
    }

    Long getId() {
        return id;
    }

    String getBody() {
        return body;
    }

    Instant getTimestamp() {
        return timestamp;
    }

    User getAuthor() {
        return author;
    }

    @Nullable String getLanguage() {
        return language;
    }
}
