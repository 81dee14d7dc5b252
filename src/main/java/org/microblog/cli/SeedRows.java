package org.microblog.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.microblog.config.DatabaseUrl;
import org.microblog.user.MemberCounts;

/**
 * The stages of a seed: four write one table each (a {@link BatchInsert}; on PostgreSQL a
 * {@link CopyLoad}), the last the members' counts. On PostgreSQL the posts go in with the
 * search index's trigger disabled (inside their transaction only), and the seed fills
 * {@code post_search} for them afterwards with a {@link SearchFill}; the counts come from what
 * the stages drew instead of a recount.
 */
final class SeedRows {

    private static final long DAY = Duration.ofDays(1).toMillis();

    private final Connection connection;
    private final DatabaseUrl.Kind kind;
    private final SeedProgress progress;
    private final long start;
    private int[] postCounts = new int[0];
    private int[] followerCounts = new int[0];
    private int[] followingCounts = new int[0];

    SeedRows(Connection connection, DatabaseUrl.Kind kind, SeedProgress progress, Instant start) {
        this.connection = connection;
        this.kind = kind;
        this.progress = progress;
        this.start = start.toEpochMilli();
    }

    /**
     * Members {@code user<first>} … with one password hash; returns when each was last seen
     * (within the last two weeks of the span), which bounds what they wrote.
     */
    long[] members(SeedPlan plan, int first, String passwordHash, SplittableRandom random) throws SQLException {
        long until = plan.until().toEpochMilli();
        long[] lastSeen = new long[plan.users()];
        try (TableLoad users = insert("users", "username", "username_lower", "email", "email_lower", "password_hash",
                "about_me", "last_seen", "last_message_read_time");
                SeedProgress.Stage stage = progress.start("members", plan.users())) {
            for (int i = 0; i < plan.users(); i++) {
                String name = "user" + (first + i);
                lastSeen[i] = until - random.nextLong(14 * DAY);
                // Messages from the last day or two before their last visit are still unread.
                long readMessages = Math.max(start, lastSeen[i] - random.nextLong(2 * DAY));
                String about = random.nextBoolean() ? SeedTexts.aboutMe(random) : null;
                users.add(name, name, name + "@example.com", name + "@example.com", passwordHash, about,
                        Instant.ofEpochMilli(lastSeen[i]), Instant.ofEpochMilli(readMessages));
                stage.advance(1);
            }
            users.flush();
        }
        return lastSeen;
    }

    /**
     * Posts by active members, each before its author's last visit. On PostgreSQL returns the
     * range of the new posts' ids, which the search index still lacks; elsewhere (where the
     * index's triggers are cheap) null.
     */
    long @Nullable [] posts(long count, long[] ids, long[] lastSeen, Zipf activity, SplittableRandom random)
            throws SQLException {
        boolean copy = kind == DatabaseUrl.Kind.POSTGRESQL;
        postCounts = new int[ids.length];
        long before = 0;
        long last = 0;
        LoadShortcuts shortcuts = null;
        if (copy) {
            // Taken back before the commit: a committed DISABLE would leave the index unkept for good.
            // The lock it takes keeps other writers' posts out of the new posts' range of ids.
            execute("ALTER TABLE posts DISABLE TRIGGER post_search_write");
            shortcuts = LoadShortcuts.setAside(connection, "posts");
            before = highestPostId();
        }
        try (TableLoad posts = insert("posts", "body", "timestamp", "user_id", "language");
                SeedProgress.Stage stage = progress.start("posts", count)) {
            for (long i = 0; i < count; i++) {
                int author = activity.draw(random);
                SeedTexts.Text text = SeedTexts.sentence(random);
                posts.add(text.body(), before(lastSeen[author], random), ids[author], text.language());
                postCounts[author]++;
                stage.advance(1);
            }
            posts.end();
            if (shortcuts != null) {
                shortcuts.putBack();
                execute("ALTER TABLE posts ENABLE TRIGGER post_search_write");
                last = highestPostId();
            }
            posts.commit();
        }
        return copy ? new long[] {before + 1, last} : null;
    }

    /** Each member follows {@code counts[member]} others, the popular ones more often; never themselves, never twice. */
    void follows(int[] counts, long[] ids, Zipf popularity, SplittableRandom random) throws SQLException {
        long total = 0;
        for (int count : counts) {
            total += count;
        }
        int n = ids.length;
        BitSet chosen = new BitSet(n);
        followingCounts = counts.clone();
        followerCounts = new int[n];
        LoadShortcuts shortcuts = kind == DatabaseUrl.Kind.POSTGRESQL ? LoadShortcuts.setAside(connection, "followers") : null;
        try (TableLoad follows = insert("followers", "follower_id", "followed_id");
                SeedProgress.Stage stage = progress.start("follows", total)) {
            for (int follower = 0; follower < n; follower++) {
                chosen.clear();
                chosen.set(follower);
                int wanted = counts[follower];
                if (wanted > (n - 1) / 2) {
                    // Following most of the site: leave out a random few instead of drawing the rare rest.
                    for (int left = n - 1 - wanted; left > 0; ) {
                        int skipped = random.nextInt(n);
                        if (!chosen.get(skipped)) {
                            chosen.set(skipped);
                            left--;
                        }
                    }
                    chosen.flip(0, n);
                    chosen.clear(follower);
                } else {
                    for (int left = wanted; left > 0; ) {
                        int followed = popularity.draw(random);
                        if (!chosen.get(followed)) {
                            chosen.set(followed);
                            left--;
                        }
                    }
                    chosen.clear(follower);
                }
                for (int followed = chosen.nextSetBit(0); followed >= 0; followed = chosen.nextSetBit(followed + 1)) {
                    follows.add(ids[follower], ids[followed]);
                    followerCounts[followed]++;
                }
                stage.advance(wanted);
            }
            follows.end();
            if (shortcuts != null) {
                shortcuts.putBack();
            }
            follows.commit();
        }
    }

    /** Private messages from active members to popular ones, never to oneself. */
    void messages(long count, long[] ids, long[] lastSeen, Zipf activity, Zipf popularity, SplittableRandom random)
            throws SQLException {
        try (TableLoad messages = insert("messages", "sender_id", "recipient_id", "body", "timestamp");
                SeedProgress.Stage stage = progress.start("messages", count)) {
            for (long i = 0; i < count; i++) {
                int sender = activity.draw(random);
                int recipient = popularity.draw(random);
                while (recipient == sender) {
                    recipient = popularity.draw(random);
                }
                messages.add(ids[sender], ids[recipient], SeedTexts.sentence(random).body(),
                        before(lastSeen[sender], random));
                stage.advance(1);
            }
            messages.flush();
        }
    }

    /**
     * Every member's stored post, follower and following counts. On PostgreSQL the seeded
     * members' counts as the stages drew them (the seeded rows only link seeded members, so the
     * others' counts stay as they were), copied into a temporary table and set in one UPDATE;
     * elsewhere counted again from the rows just written.
     */
    void counts(long[] ids) throws SQLException {
        try (SeedProgress.Stage stage = progress.start("counts", 1);
                Statement statement = connection.createStatement()) {
            if (kind == DatabaseUrl.Kind.POSTGRESQL) {
                statement.execute("CREATE TEMPORARY TABLE seed_counts (id BIGINT PRIMARY KEY, posts INTEGER NOT NULL, "
                        + "followers INTEGER NOT NULL, following INTEGER NOT NULL) ON COMMIT DROP");
                try (TableLoad counts = new CopyLoad(connection, "seed_counts", "id", "posts", "followers", "following")) {
                    for (int i = 0; i < ids.length; i++) {
                        counts.add(ids[i], count(postCounts, i), count(followerCounts, i), count(followingCounts, i));
                    }
                    counts.end();
                }
                statement.executeUpdate("UPDATE users SET post_count = c.posts, follower_count = c.followers, "
                        + "following_count = c.following FROM seed_counts c WHERE users.id = c.id");
            } else {
                statement.executeUpdate(MemberCounts.RECOUNT);
            }
            connection.commit();
            stage.advance(1);
        }
    }

    private static int count(int[] counts, int member) {
        return member < counts.length ? counts[member] : 0;
    }

    private long highestPostId() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM posts")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A moment between the start of the span and {@code end}. */
    private Instant before(long end, SplittableRandom random) {
        return Instant.ofEpochMilli(start + random.nextLong(Math.max(end - start, 1)));
    }

    private TableLoad insert(String table, String... columns) {
        return kind == DatabaseUrl.Kind.POSTGRESQL ? new CopyLoad(connection, table, columns)
                : new BatchInsert(connection, kind, table, columns);
    }
}
