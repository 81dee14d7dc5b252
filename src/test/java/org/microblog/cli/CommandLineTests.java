package org.microblog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTests {

    @TempDir
    Path directory;

    Map<String, String> environment;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void setUp() {
        environment = Map.of("DATABASE_URL", "sqlite:///" + directory.resolve("cli.db"));
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return MicroblogCommand.execute(args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void historyListsEveryVersionInOrder() {
        assertThat(run("db", "history")).isZero();

        assertThat(out.toString().lines()).hasSize(17);
        assertThat(out.toString().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
                .startsWith("[ ] 0001-create-users"));
        assertThat(out.toString()).contains("0009-add-api-token-to-users");
    }

    @Test
    void upgradeCurrentAndDowngradeRoundTrip() {
        assertThat(run("db", "current")).isZero();
        assertThat(out.toString().strip()).isEqualTo("base");

        assertThat(run("db", "upgrade")).isZero();
        assertThat(out.toString()).contains("Applied 17 version(s); now at 0017-add-progress-and-files-to-tasks.");
        assertThat(run("db", "current")).isZero();
        assertThat(out.toString().strip()).isEqualTo("0017-add-progress-and-files-to-tasks (head)");

        assertThat(run("db", "downgrade")).isZero();
        assertThat(out.toString()).contains("now at 0016-create-post-tags-and-notices.");
        assertThat(run("db", "downgrade", "0003")).isZero();
        assertThat(run("db", "current")).isZero();
        assertThat(out.toString().strip()).isEqualTo("0003-add-profile-fields-to-users");

        assertThat(run("db", "downgrade", "base")).isZero();
        assertThat(out.toString()).contains("Undid 3 version(s); now at base.");
        assertThat(run("db", "upgrade", "0017-add-progress-and-files-to-tasks")).isZero();
        assertThat(run("db", "history")).isZero();
        assertThat(out.toString().lines()).allMatch(line -> line.startsWith("[x] "));
    }

    @Test
    void theCountsVersionFillsTheCountsOfExistingMembersAndRecountRepairsThem() throws Exception {
        assertThat(run("db", "upgrade", "0011")).isZero();
        sql("INSERT INTO users (id, username, username_lower, email, email_lower) "
                + "VALUES (1, 'ann', 'ann', 'ann@example.com', 'ann@example.com'), "
                + "(2, 'bob', 'bob', 'bob@example.com', 'bob@example.com')",
                "INSERT INTO posts (body, timestamp, user_id) VALUES ('restored', '2026-01-01 00:00:00', 1)",
                "INSERT INTO followers (follower_id, followed_id) VALUES (2, 1)");

        assertThat(run("db", "upgrade")).isZero();
        assertThat(counts()).containsExactly(List.of(1, 1, 0), List.of(0, 0, 1));
        assertThat(run("db", "recount")).isZero();
        assertThat(out.toString().strip()).isEqualTo("Recounted 2 member(s); 0 had counts that were off.");

        sql("UPDATE users SET post_count = 5", "DELETE FROM followers");
        assertThat(run("db", "recount")).isZero();
        assertThat(out.toString().strip()).isEqualTo("Recounted 2 member(s); 2 had counts that were off.");
        assertThat(counts()).containsExactly(List.of(1, 0, 0), List.of(0, 0, 0));
    }

    @Test
    void theTagsVersionFillsTheTagsOfExistingPostsAndItsDowngradeDropsThem() throws Exception {
        assertThat(run("db", "upgrade", "0015")).isZero();
        sql("INSERT INTO users (id, username, username_lower, email, email_lower) "
                + "VALUES (1, 'ann', 'ann', 'ann@example.com', 'ann@example.com')",
                "INSERT INTO posts (id, body, timestamp, user_id) VALUES (1, 'old #Java and #café', '2026-01-01 00:00:00', 1), "
                        + "(2, 'no tags, a#b', '2026-01-02 00:00:00', 1)");

        assertThat(run("db", "upgrade", "0016")).isZero();
        assertThat(rows("SELECT post_id || ':' || tag || ':' || timestamp FROM post_tags ORDER BY tag"))
                .containsExactly("1:café:2026-01-01 00:00:00", "1:java:2026-01-01 00:00:00");

        assertThat(run("db", "downgrade")).isZero();
        assertThat(rows("SELECT name FROM sqlite_master WHERE name IN ('post_tags', 'notices')")).isEmpty();
    }

    private List<String> rows(String query) throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("cli.db"));
                var rows = connection.createStatement().executeQuery(query)) {
            List<String> found = new java.util.ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            return found;
        }
    }

    private void sql(String... statements) throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("cli.db"));
                var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }

    /** Each member's post, follower and following counts, by id. */
    private List<List<Integer>> counts() throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("cli.db"));
                var rows = connection.createStatement().executeQuery(
                        "SELECT post_count, follower_count, following_count FROM users ORDER BY id")) {
            List<List<Integer>> counts = new java.util.ArrayList<>();
            while (rows.next()) {
                counts.add(List.of(rows.getInt(1), rows.getInt(2), rows.getInt(3)));
            }
            return counts;
        }
    }

    @Test
    void failuresExitNonZeroWithAOneLineReason() {
        assertThat(run("db", "upgrade", "0042")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("error: no version '0042'; 'db history' lists them");

        environment = Map.of("DATABASE_URL", "nonsense");
        assertThat(run("db", "current")).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: DATABASE_URL: cannot use 'nonsense'").hasLineCount(1);
    }

    @Test
    void unknownCommandsAreUsageErrors() {
        assertThat(run("db", "sideways")).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: microblog db");
    }

    @Test
    void aMistypedCommandIsAUsageErrorNotAServer() {
        assertThat(run("dbb", "upgrade")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown command 'dbb'");
    }

    @Test
    void seedFillsAnEmptyDatabaseAndPrintsThePasswordThenRefusesToSeedItAgain() {
        assertThat(run("seed", "--users", "12", "--posts", "40", "--follows", "3", "--messages", "6", "--seed", "9"))
                .as(err::toString).isZero();
        assertThat(out.toString()).contains("members:  12 in ", "posts:    40 in ", "follows:  36 in ", "messages: 6 in ",
                "Seeded 12 members (user1 to user12), 40 posts, 36 follows and 6 messages in ",
                "Every member's password: " + SeedCommand.passwordFor(9));

        assertThat(run("seed", "--users", "5", "--follows", "2")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo(
                "error: the database already has 12 member(s); add --append to add the seeded ones to them");
    }

    @Test
    void seedRefusesSizesItCannotMeetBeforeStarting() {
        assertThat(run("seed", "--users", "10", "--follows", "10")).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("error: --follows is a mean per member and must be below --users (10)");
        assertThat(run("seed", "--preset", "XL")).isEqualTo(2);
        assertThat(err.toString()).contains("--preset", "S, M, L");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : new String[][] {{"--help"}, {"db", "--help"}, {"db", "upgrade", "--help"},
                {"db", "downgrade", "--help"}, {"db", "current", "--help"}, {"db", "history", "--help"},
                {"serve", "--help"}, {"shell", "--help"}, {"seed", "--help"}}) {
            assertThat(run(command)).isZero();
            assertThat(out.toString()).startsWith("Usage: microblog");
        }
    }

    @Test
    void migrateExplainsItselfAndNeedsAMessage() {
        assertThat(run("db", "migrate", "--help")).isZero();
        assertThat(out.toString()).contains("-m, --message=MESSAGE", "--changelog-dir=DIR");

        assertThat(run("db", "migrate")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--message=MESSAGE'");
    }

    @Test
    void migrateNeedsAChangelogFolder() {
        assertThat(run("db", "migrate", "-m", "x", "--changelog-dir", directory.resolve("db/changelog").toString())).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("error: no db.changelog-master.yaml in ");
    }
}
