package org.microblog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.config.DatabaseUrl;
import org.microblog.post.PostService;
import org.microblog.post.PostView;
import org.microblog.search.SearchService;
import org.microblog.user.MemberCounts;
import org.microblog.web.PagePosition;
import org.microblog.testsupport.DatabaseTests;
import org.microblog.testsupport.Members;
import org.microblog.testsupport.TestApplication;
import org.microblog.user.UserService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

class SeedIntegrationTests extends DatabaseTests {

    static final Instant UNTIL = Instant.parse("2026-06-01T12:00:00Z");

    JdbcTemplate jdbc;
    StringWriter progress;

    @BeforeEach
    void setUp() {
        jdbc = app.jdbc();
        progress = new StringWriter();
    }

    static SeedPlan small(long seed) {
        return new SeedPlan(30, 300, 5, 40, seed, UNTIL, "seeded-password", false);
    }

    Seeder.Result seed(SeedPlan plan) {
        Seeder seeder = new Seeder(bean(DataSource.class), bean(DatabaseUrl.class).kind(),
                SeedProgress.lines(new PrintWriter(progress, true)));
        return seeder.seed(plan, bean(PasswordEncoder.class).encode(plan.password()));
    }

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void writesAsManyRowsAsAskedWithoutSelfFollowsOrOverlongTexts() {
        Seeder.Result result = seed(small(1));

        assertThat(result).isEqualTo(new Seeder.Result(1, 30, 300, 150, 40));
        assertThat(count("SELECT COUNT(*) FROM users")).isEqualTo(30);
        assertThat(count("SELECT COUNT(*) FROM posts")).isEqualTo(300);
        assertThat(count("SELECT COUNT(*) FROM followers")).isEqualTo(150);
        assertThat(count("SELECT COUNT(*) FROM messages")).isEqualTo(40);
        assertThat(count("SELECT COUNT(*) FROM followers WHERE follower_id = followed_id")).isZero();
        assertThat(count("SELECT COUNT(*) FROM messages WHERE sender_id = recipient_id")).isZero();
        assertThat(jdbc.queryForList("SELECT body FROM posts UNION ALL SELECT body FROM messages", String.class))
                .allSatisfy(body -> assertThat(body).isNotBlank().hasSizeLessThanOrEqualTo(SeedTexts.MAX_LENGTH));
        assertThat(jdbc.queryForList("SELECT DISTINCT language FROM posts", String.class)).containsOnly("en", "es");
        assertThat(progress.toString()).contains("members:", "posts:", "follows:", "messages:");
    }

    @Test
    void popularityAndActivityAreUneven() {
        seed(new SeedPlan(100, 2_000, 10, 0, 3, UNTIL, "pw", false));

        List<Long> postsPerAuthor = jdbc.queryForList(
                "SELECT COUNT(*) FROM posts GROUP BY user_id ORDER BY COUNT(*) DESC", Long.class);
        List<Long> followersPerMember = jdbc.queryForList(
                "SELECT COUNT(*) FROM followers GROUP BY followed_id ORDER BY COUNT(*) DESC", Long.class);
        // Zipf-like: the busiest member writes far more than the median one, the most followed has far more followers.
        assertThat(postsPerAuthor.get(0)).isGreaterThan(5 * postsPerAuthor.get(postsPerAuthor.size() / 2));
        assertThat(followersPerMember.get(0)).isGreaterThan(3 * followersPerMember.get(followersPerMember.size() / 2));
    }

    @Test
    void timesLieInThe180DaysBeforeTheEndAndReadBackThroughTheServices() {
        seed(small(2));

        List<PostView> newest = bean(PostService.class).explore(PagePosition.first(), 50).items();
        assertThat(newest).hasSize(50).allSatisfy(post -> assertThat(post.timestamp())
                .isBetween(UNTIL.minus(Seeder.SPAN), UNTIL));
        assertThat(newest.get(0).timestamp()).isAfter(UNTIL.minus(Seeder.SPAN.dividedBy(4)));
        assertThat(bean(UserService.class).getByUsername("user1").getLastSeen()).isBetween(UNTIL.minus(Seeder.SPAN), UNTIL);
    }

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
        seed(small(42));
        List<String> first = dump();
        TestApplication.clean(jdbc);
        seed(small(42));
        List<String> again = dump();
        TestApplication.clean(jdbc);
        seed(small(43));
        List<String> other = dump();

        assertThat(first).hasSize(30 + 300 + 150 + 40);
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void membersSignInWithThePlansPassword() {
        seed(small(5));

        UserService users = bean(UserService.class);
        assertThat(users.authenticate("user1", "seeded-password")).isPresent();
        assertThat(users.authenticate("USER30", "seeded-password")).isPresent();
        assertThat(users.authenticate("user7", "wrong")).isEmpty();
        assertThat(users.findByEmail("user12@example.com")).isPresent();
    }

    @Test
    void refusesADatabaseWithMembersUnlessAskedToAppend() {
        new Members(app).john();

        assertThatThrownBy(() -> seed(small(1))).isInstanceOf(CommandFailedException.class)
                .hasMessage("the database already has 1 member(s); add --append to add the seeded ones to them");
        assertThat(count("SELECT COUNT(*) FROM users")).isEqualTo(1);

        SeedPlan appending = new SeedPlan(10, 20, 2, 5, 1, UNTIL, "pw", true);
        assertThat(seed(appending).firstNumber()).isEqualTo(1);
        assertThat(seed(appending).firstNumber()).isEqualTo(11);
        assertThat(count("SELECT COUNT(*) FROM users")).isEqualTo(21);
        assertThat(count("SELECT COUNT(*) FROM followers")).isEqualTo(40);
        assertThat(bean(UserService.class).findByUsername("user20")).isPresent();
    }

    @Test
    void storedCountsEqualTheRowsAndSearchFindsTheSeededPosts() {
        seed(small(7));
        seed(new SeedPlan(10, 50, 3, 5, 8, UNTIL, "pw", true));

        assertThat(count(MemberCounts.DRIFTED)).isZero();
        assertThat(count("SELECT SUM(post_count) FROM users")).isEqualTo(350);
        assertThat(count("SELECT SUM(follower_count) FROM users")).isEqualTo(count("SELECT COUNT(*) FROM followers"));
        if (bean(DatabaseUrl.class).kind() != DatabaseUrl.Kind.SQLITE) {
            // SQLite's FTS5 table reads its rows from posts; the others keep one row per post.
            assertThat(count("SELECT COUNT(*) FROM post_search")).isEqualTo(350);
        }
        if (bean(DatabaseUrl.class).kind() == DatabaseUrl.Kind.POSTGRESQL) {
            assertThat(count("SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'post_search_write' AND tgenabled = 'O'"))
                    .isOne();
            assertThat(count("SELECT COUNT(*) FROM pg_constraint WHERE conrelid IN ('posts'::regclass, "
                    + "'followers'::regclass) AND contype = 'f'")).isEqualTo(3);
        }
        String body = jdbc.queryForObject("SELECT body FROM posts WHERE id = (SELECT MAX(id) FROM posts)", String.class);
        String word = java.util.Arrays.stream(body.split("[^\\p{L}]+"))
                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        assertThat(bean(SearchService.class).posts(word, 1, 20).posts()).isNotEmpty();
        // A post written after the seed is indexed by the trigger again.
        bean(PostService.class).publish(new Members(app).john().getId(), "zebrafinches sing", "en");
        assertThat(bean(SearchService.class).posts("zebrafinches", 1, 20).posts()).hasSize(1);
    }

    @Test
    void copyTextEscapesWhatTheFormatReserves() {
        StringBuilder out = new StringBuilder();
        CopyLoad.append(out, "a\\b\tc\nd\re ñ");
        out.append('|');
        CopyLoad.append(out, null);
        out.append('|');
        CopyLoad.append(out, Instant.parse("2026-06-01T12:00:00.250Z"));
        out.append('|');
        CopyLoad.append(out, 42L);

        assertThat(out).hasToString("a\\\\b\\tc\\nd\\re ñ|\\N|2026-06-01T12:00:00.250Z|42");
    }

    /** Every seeded row, by member names rather than ids (which each database numbers its own way). */
    List<String> dump() {
        List<String> rows = new java.util.ArrayList<>();
        rows.addAll(jdbc.query("SELECT username, email, about_me, last_seen, last_message_read_time, password_hash FROM users",
                (rs, i) -> row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4), rs.getObject(5),
                        rs.getString(6).startsWith("{bcrypt}"))));
        rows.addAll(jdbc.query("SELECT u.username, p.body, p.language, p.timestamp FROM posts p JOIN users u ON u.id = p.user_id",
                (rs, i) -> row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4))));
        rows.addAll(jdbc.query("SELECT a.username, b.username FROM followers f JOIN users a ON a.id = f.follower_id "
                + "JOIN users b ON b.id = f.followed_id", (rs, i) -> row(rs.getString(1), rs.getString(2))));
        rows.addAll(jdbc.query("SELECT a.username, b.username, m.body, m.timestamp FROM messages m "
                + "JOIN users a ON a.id = m.sender_id JOIN users b ON b.id = m.recipient_id",
                (rs, i) -> row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4))));
        rows.sort(null);
        return rows;
    }

    static String row(Object... values) {
        return java.util.Arrays.toString(values);
    }
}
