package org.microblog.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.annotations.ColumnDefault;
import org.jspecify.annotations.Nullable;

/**
 * A member. The one entity other features may refer to (posts have an author, messages a
 * sender); its state changes only through {@link UserService}.
 */
@Entity
@Table(name = "users", indexes = {
        @Index(name = "uq_users_username_lower", columnList = "username_lower", unique = true),
        @Index(name = "uq_users_email_lower", columnList = "email_lower", unique = true),
        @Index(name = "ix_users_username", columnList = "username", unique = true),
        @Index(name = "ix_users_email", columnList = "email", unique = true),
        @Index(name = "ix_users_token", columnList = "token", unique = true)})
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    /** {@code username} folded to lower case: the unique key that makes "Ann" and "ann" one name. */
    @Column(name = "username_lower", nullable = false, length = 128)
    private String usernameLower;

    @Column(nullable = false, length = 120)
    private String email;

    @Column(name = "email_lower", nullable = false, length = 240)
    private String emailLower;

    @Column(name = "password_hash", length = 256)
    private @Nullable String passwordHash;

    @Column(name = "about_me", length = 140)
    private @Nullable String aboutMe;

    @Column(name = "last_seen")
    private @Nullable Instant lastSeen;

    @Column(name = "last_message_read_time")
    private @Nullable Instant lastMessageReadTime;

    /** SHA-256 of the current API token, hex; the token itself is never stored. */
    @Column(name = "token", length = 64)
    private @Nullable String tokenHash;

    @Column(name = "token_expiration")
    private @Nullable Instant tokenExpiration;

    // The counts are written only by UserService's increments (SQL, in the transaction that
    // changes what they count), never by flushing this entity: a stale copy cannot overwrite them.
    @Column(name = "post_count", nullable = false, insertable = false, updatable = false)
    @ColumnDefault("0")
    private int postCount;

    @Column(name = "follower_count", nullable = false, insertable = false, updatable = false)
    @ColumnDefault("0")
    private int followerCount;

    @Column(name = "following_count", nullable = false, insertable = false, updatable = false)
    @ColumnDefault("0")
    private int followingCount;

    protected User() {
    }

    User(String username, String email, Instant now) {
        rename(username);
        changeEmail(email);
        this.lastSeen = now;
    }

    static String fold(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    void rename(String username) {
        this.username = username;
        this.usernameLower = fold(username);
    }

    void changeEmail(String email) {
        this.email = email;
        this.emailLower = fold(email);
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setAboutMe(@Nullable String aboutMe) {
        this.aboutMe = aboutMe;
    }

    void setLastSeen(Instant lastSeen) {
        this.lastSeen = lastSeen;
    }

    void setLastMessageReadTime(Instant lastMessageReadTime) {
        this.lastMessageReadTime = lastMessageReadTime;
    }

    void setToken(@Nullable String tokenHash, @Nullable Instant tokenExpiration) {
        this.tokenHash = tokenHash;
        this.tokenExpiration = tokenExpiration;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public @Nullable String getAboutMe() {
        return aboutMe;
    }

    public @Nullable Instant getLastSeen() {
        return lastSeen;
    }

    public @Nullable Instant getLastMessageReadTime() {
        return lastMessageReadTime;
    }

    /** How many posts the member has written (a stored count, exact as of this row's reading). */
    public int getPostCount() {
        return postCount;
    }

    /** How many members follow this one. */
    public int getFollowerCount() {
        return followerCount;
    }

    /** How many members this one follows. */
    public int getFollowingCount() {
        return followingCount;
    }

    @Nullable String getPasswordHash() {
        return passwordHash;
    }

    @Nullable String getTokenHash() {
        return tokenHash;
    }

    @Nullable Instant getTokenExpiration() {
        return tokenExpiration;
    }

    @Override
    public String toString() {
        return "User[" + id + ", " + username + "]";
    }
}
