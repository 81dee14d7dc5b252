package org.microblog.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.microblog.config.DatabaseUrl;

/**
 * Writes a {@link SeedPlan} straight into the tables: members {@code user<N>}, then posts,
 * follows and messages among them. It is a bulk loader, so it bypasses the services (one
 * bcrypt hash for everyone, multi-row inserts) and keeps their rules itself: texts within
 * 140 characters, no self-follow, no follow twice. Every stage draws from its own random
 * stream of the plan's seed, so the same plan gives the same rows.
 */
final class Seeder {

    static final Duration SPAN = Duration.ofDays(180);
    /** Zipf exponents: who writes (milder) and who gets followed and messaged (steeper). */
    private static final double ACTIVITY = 0.8;
    private static final double POPULARITY = 1.0;
    private static final Pattern SEEDED_NAME = Pattern.compile("user(\\d{1,9})");

    /** What was written: the members' names run from {@code user<firstNumber>} on. */
    record Result(int firstNumber, int users, long posts, long follows, long messages) {
    }

    private final DataSource dataSource;
    private final DatabaseUrl.Kind kind;
    private final SeedProgress progress;

    Seeder(DataSource dataSource, DatabaseUrl.Kind kind, SeedProgress progress) {
        this.dataSource = dataSource;
        this.kind = kind;
        this.progress = progress;
    }

    /** Seeds the database; refuses one that has members unless the plan appends. */
    Result seed(SeedPlan plan, String passwordHash) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                return seed(connection, plan, passwordHash);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new CommandFailedException("seeding stopped: " + e.getMessage());
        }
    }

    private Result seed(Connection connection, SeedPlan plan, String passwordHash) throws SQLException {
        long existing = count(connection, "SELECT COUNT(*) FROM users");
        if (existing > 0 && !plan.append()) {
            throw new CommandFailedException("the database already has " + existing + " member(s); "
                    + "add --append to add the seeded ones to them");
        }
        int first = highestSeededNumber(connection) + 1;
        int n = plan.users();
        SplittableRandom shape = new SplittableRandom(plan.seed());
        Zipf activity = new Zipf(Math.max(n, 1), ACTIVITY, shape.split());
        Zipf popularity = new Zipf(Math.max(n, 1), POPULARITY, shape.split());
        Instant start = plan.until().minus(SPAN);
        SeedRows rows = new SeedRows(connection, kind, progress, start);
        long[] lastSeen = rows.members(plan, first, passwordHash, new SplittableRandom(plan.seed() + 1));
        long[] ids = memberIds(connection, first, n);
        long[] unindexed = rows.posts(plan.posts(), ids, lastSeen, activity, new SplittableRandom(plan.seed() + 2));
        rows.follows(FollowCounts.allocate(plan.follows(), activity.weights()), ids, popularity,
                new SplittableRandom(plan.seed() + 3));
        rows.messages(plan.messages(), ids, lastSeen, activity, popularity, new SplittableRandom(plan.seed() + 4));
        rows.counts(ids);
        if (unindexed != null) {
            new SearchFill(dataSource, progress).fill(connection, unindexed[0], unindexed[1]);
        }
        if (kind == DatabaseUrl.Kind.POSTGRESQL) {
            // Fresh statistics for the rows just loaded: without them the planner guesses, and the
            // home timeline of a seeded database took 1.9 s instead of 6 ms until autovacuum came by.
            try (var statement = connection.createStatement()) {
                statement.execute("ANALYZE");
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        return new Result(first, n, plan.posts(), plan.follows(), plan.messages());
    }

    /** Ids of {@code user<first>} … in order; read back because each database numbers rows itself. */
    private static long[] memberIds(Connection connection, int first, int n) throws SQLException {
        long[] ids = new long[n];
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT id, username_lower FROM users WHERE username_lower LIKE 'user%'")) {
            while (rs.next()) {
                Matcher name = SEEDED_NAME.matcher(rs.getString(2));
                if (name.matches()) {
                    long number = Long.parseLong(name.group(1));
                    if (number >= first && number < (long) first + n) {
                        ids[(int) (number - first)] = rs.getLong(1);
                    }
                }
            }
        }
        return ids;
    }

    private static long count(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The highest N of the members named {@code user<N>}, 0 when there are none: appended members come after. */
    private static int highestSeededNumber(Connection connection) throws SQLException {
        int highest = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT username_lower FROM users WHERE username_lower LIKE 'user%'")) {
            while (rs.next()) {
                Matcher name = SEEDED_NAME.matcher(rs.getString(1));
                if (name.matches()) {
                    highest = Math.max(highest, Integer.parseInt(name.group(1)));
                }
            }
        }
        return highest;
    }

    /** How many members each member follows: the total shared by activity, nobody above everyone else. */
    static final class FollowCounts {

        private FollowCounts() {
        }

        static int[] allocate(long total, double[] weights) {
            int n = weights.length;
            int cap = Math.max(n - 1, 0);
            int[] counts = new int[n];
            long left = total;
            while (left > 0) {
                double open = 0;
                for (int i = 0; i < n; i++) {
                    open += counts[i] < cap ? weights[i] : 0;
                }
                long given = 0;
                for (int i = 0; i < n && open > 0; i++) {
                    if (counts[i] < cap) {
                        int more = (int) Math.min(cap - counts[i], Math.min(left - given, (long) (left * weights[i] / open)));
                        counts[i] += more;
                        given += more;
                    }
                }
                // Rounding leaves a remainder: one more each, in member order, until it is gone.
                for (int i = 0; i < n && given == 0 && left > 0; i++) {
                    if (counts[i] < cap) {
                        counts[i]++;
                        left--;
                    }
                }
                left -= given;
            }
            return counts;
        }
    }
}
