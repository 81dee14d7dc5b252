package org.microblog.user;

import org.microblog.core.NotFound;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each member's stored post, follower and following counts. They change by one, in SQL, inside
 * the transaction that writes the post or the follow, so they are exact whatever runs at the
 * same time, and pages read them from the member's row instead of counting.
 * {@link #recountAll()} repairs them (after a restore or an import).
 */
@Component
public class MemberCounts {

    /** Sets every member's counts from the rows they count (bulk loaders run it before they commit). */
    public static final String RECOUNT = """
            UPDATE users SET
            post_count = (SELECT COUNT(*) FROM posts WHERE posts.user_id = users.id),
            follower_count = (SELECT COUNT(*) FROM followers WHERE followers.followed_id = users.id),
            following_count = (SELECT COUNT(*) FROM followers WHERE followers.follower_id = users.id)""";

    /** How many members' stored counts differ from the rows they count. */
    public static final String DRIFTED = """
            SELECT COUNT(*) FROM users WHERE
            post_count <> (SELECT COUNT(*) FROM posts WHERE posts.user_id = users.id)
            OR follower_count <> (SELECT COUNT(*) FROM followers WHERE followers.followed_id = users.id)
            OR following_count <> (SELECT COUNT(*) FROM followers WHERE followers.follower_id = users.id)""";

    private final UserRepository users;
    private final JdbcTemplate jdbc;

    MemberCounts(UserRepository users, JdbcTemplate jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    /**
     * Counts one more post for the author, taking the author's row lock first (before the post's
     * foreign key asks for a shared one, which would make two posts by one member deadlock on MariaDB).
     *
     * @throws NotFound when the author does not exist
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void postWritten(long authorId) {
        if (users.addToPostCount(authorId, 1) == 0) {
            throw NotFound.of("user", authorId);
        }
    }

    /** Counts one post fewer for the author, taking the author's row lock (before the post's row, as {@link #postWritten}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void postDeleted(long authorId) {
        if (users.addToPostCount(authorId, -1) == 0) {
            throw NotFound.of("user", authorId);
        }
    }

    /** Counts a follow that was created ({@code +1}) or ended ({@code -1}); both rows are already locked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void followChanged(long followerId, long followedId, int delta) {
        users.addToFollowingCount(followerId, delta);
        users.addToFollowerCount(followedId, delta);
    }

    /** How many members' stored counts differ from the rows they count. */
    @Transactional(readOnly = true)
    public long drifted() {
        Long drifted = jdbc.queryForObject(DRIFTED, Long.class);
        return drifted == null ? 0 : drifted;
    }

    /** Sets every member's counts from the rows they count; the number of members written. */
    @Transactional
    public int recountAll() {
        return jdbc.update(RECOUNT);
    }
}
