package org.microblog.importer;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The rows of an original Microblog, the same on every engine: five members (one pbkdf2 and one
 * scrypt hash, two names and emails equal without regard to case, one name with a trailing
 * space), their posts, follows, messages with one member's read time, a notification and tasks.
 */
public final class FlaskMicroblogFixture {

    static final LocalDateTime T = LocalDateTime.of(2024, 5, 1, 12, 0, 0);
    static final String JOHNS_TOKEN = "0123456789abcdef0123456789abcdef";
    static final String FINISHED_TASK = "5a3c1a0e-6a55-4b0e-9d0f-2b7c4a8e1f01";
    public static final String UNFINISHED_TASK = "9b2d3c4e-1f00-4a1b-8c2d-3e4f5a6b7c8d";

    /**
     * Mary's: made by Python's {@code hashlib.pbkdf2_hmac("sha256", b"rose", salt, 600000)}, what
     * Werkzeug 3.0's {@code generate_password_hash("rose", "pbkdf2")} computes, in its format.
     */
    static final String MARYS_HASH = "pbkdf2:sha256:600000$Xq3vLw9PzR2mKt7B$"
            + "3fef22943f083dea10a5fff0ac662f1ceaf7fe616ca7644c5ff073e564870a04";

    static final String JOHN_PASSWORD = "dog";
    static final String SUSAN_PASSWORD = "cat";

    private FlaskMicroblogFixture() {
    }

    /** Members 1 to 5 and their activity, in the chapter 23 schema. */
    public static void fill(FlaskDatabase db) throws Exception {
        db.insert("user", "id", 1, "username", "john", "email", "john@example.com",
                        "password_hash", WerkzeugFormat.pbkdf2Sha256(JOHN_PASSWORD, "J0hnSalt9xYz1234", 1000),
                        "about_me", "I am John", "last_seen", T.plusHours(1), "last_message_read_time", T.plusMinutes(5),
                        "token", JOHNS_TOKEN, "token_expiration", LocalDateTime.of(2099, 1, 1, 0, 0))
                .insert("user", "id", 2, "username", "susan", "email", "susan@example.com",
                        "password_hash", WerkzeugFormat.scrypt(SUSAN_PASSWORD, "SusanSalt8aBcDeF", 16384, 8, 1),
                        "last_seen", T)
                .insert("user", "id", 3, "username", "Mary", "email", "mary@example.com",
                        "password_hash", MARYS_HASH)
                .insert("user", "id", 4, "username", "mary", "email", "MARY@example.com",
                        "password_hash", WerkzeugFormat.pbkdf2Sha256("lily", "OtherMarySalt", 1000))
                .insert("user", "id", 5, "username", "david ", "email", "david@example.com");
        db.insert("post", "id", 1, "body", "hello from john", "timestamp", T.plusMinutes(1), "user_id", 1, "language", "en")
                .insert("post", "id", 2, "body", "hola de susan", "timestamp", T.plusMinutes(2), "user_id", 2, "language", "es")
                .insert("post", "id", 3, "body", "Mary here", "timestamp", T.plusMinutes(3), "user_id", 3)
                .insert("post", "id", 4, "body", "the other mary", "timestamp", T.plusMinutes(4), "user_id", 4, "language", "");
        db.insert("followers", "follower_id", 1, "followed_id", 2)
                .insert("followers", "follower_id", 1, "followed_id", 3)
                .insert("followers", "follower_id", 2, "followed_id", 1)
                .insert("followers", "follower_id", 4, "followed_id", 1);
        db.insert("message", "id", 1, "sender_id", 2, "recipient_id", 1, "body", "before you read", "timestamp", T.plusMinutes(1))
                .insert("message", "id", 2, "sender_id", 3, "recipient_id", 1, "body", "after you read", "timestamp", T.plusMinutes(10))
                .insert("message", "id", 3, "sender_id", 1, "recipient_id", 2, "body", "hi susan", "timestamp", T.plusMinutes(2));
        db.insert("notification", "id", 1, "name", "unread_message_count", "user_id", 1,
                "timestamp", (double) T.plusMinutes(10).toEpochSecond(ZoneOffset.UTC), "payload_json", "1");
        db.insert("task", "id", FINISHED_TASK, "name", "export_posts", "description", "Exporting posts...", "user_id", 1,
                        "complete", true)
                .insert("task", "id", UNFINISHED_TASK, "name", "export_posts", "description", "Exporting posts...",
                        "user_id", 2, "complete", false);
    }

    static java.time.Instant utc(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }
}
