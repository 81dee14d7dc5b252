package org.microblog.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.SplittableRandom;
import org.microblog.config.DatabaseUrl;
import org.microblog.user.MemberCounts;

/** The stages of a seed: four write one table each with a {@link BatchInsert}, the last the members' counts. */
final class SeedRows {

    private static final long DAY = Duration.ofDays(1).toMillis();

    private final Connection connection;
    private final DatabaseUrl.Kind kind;
    private final SeedProgress progress;
    private final long start;

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
        try (BatchInsert users = insert("users", "username", "username_lower", "email", "email_lower", "password_hash",
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

    /** Posts by active members, each before its author's last visit. */
    void posts(long count, long[] ids, long[] lastSeen, Zipf activity, SplittableRandom random) throws SQLException {
        try (BatchInsert posts = insert("posts", "body", "timestamp", "user_id", "language");
                SeedProgress.Stage stage = progress.start("posts", count)) {
            for (long i = 0; i < count; i++) {
                int author = activity.draw(random);
                SeedTexts.Text text = SeedTexts.sentence(random);
                posts.add(text.body(), before(lastSeen[author], random), ids[author], text.language());
                stage.advance(1);
            }
            posts.flush();
        }
    }

    /** Each member follows {@code counts[member]} others, the popular ones more often; never themselves, never twice. */
    void follows(int[] counts, long[] ids, Zipf popularity, SplittableRandom random) throws SQLException {
        long total = 0;
        for (int count : counts) {
            total += count;
        }
        int n = ids.length;
        BitSet chosen = new BitSet(n);
        try (BatchInsert follows = insert("followers", "follower_id", "followed_id");
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
                }
                stage.advance(wanted);
            }
            follows.flush();
        }
    }

    /** Private messages from active members to popular ones, never to oneself. */
    void messages(long count, long[] ids, long[] lastSeen, Zipf activity, Zipf popularity, SplittableRandom random)
            throws SQLException {
        try (BatchInsert messages = insert("messages", "sender_id", "recipient_id", "body", "timestamp");
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

    /** Every member's stored post, follower and following counts, from the rows just written. */
    void counts() throws SQLException {
        try (SeedProgress.Stage stage = progress.start("counts", 1);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(MemberCounts.RECOUNT);
            stage.advance(1);
        }
    }

    /** A moment between the start of the span and {@code end}. */
    private Instant before(long end, SplittableRandom random) {
        return Instant.ofEpochMilli(start + random.nextLong(Math.max(end - start, 1)));
    }

    private BatchInsert insert(String table, String... columns) {
        return new BatchInsert(connection, kind, table, columns);
    }
}
