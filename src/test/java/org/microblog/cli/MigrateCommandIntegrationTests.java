package org.microblog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microblog.config.DatabaseUrl;
import org.microblog.testsupport.DatabaseTests;
import org.microblog.testsupport.TestDatabase;

/**
 * {@code db migrate} on every database: a freshly migrated schema is in sync with the entities,
 * and what is dropped by hand is detected, written as a change set that upgrades and downgrades.
 * It writes into a copy of the changelog, never into src/.
 */
class MigrateCommandIntegrationTests extends DatabaseTests {

    @TempDir
    Path temporary;

    Path changelog;
    String databaseUrl;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void copyTheChangelog() throws IOException {
        changelog = Files.createDirectories(temporary.resolve("db/changelog"));
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/changelog"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, changelog.resolve(file.getFileName()));
            }
        }
        databaseUrl = database.createDatabase();
    }

    @Test
    void aFreshlyMigratedDatabaseHasNoChanges() throws IOException {
        assertThat(db("upgrade")).isZero();
        String master = Files.readString(changelog.resolve("db.changelog-master.yaml"));

        assertThat(db("migrate", "-m", "nothing to do")).as(err.toString()).isZero();

        assertThat(out.toString().strip()).isEqualTo("No changes detected");
        assertThat(changelog.resolve("0012-nothing-to-do.yaml")).doesNotExist();
        assertThat(Files.readString(changelog.resolve("db.changelog-master.yaml"))).isEqualTo(master);
    }

    @Test
    void aColumnAndAnIndexDroppedByHandAreWrittenBackAsAChangeSetThatUpgradesAndDowngrades() throws Exception {
        assertThat(db("upgrade")).isZero();
        execute(database == TestDatabase.MARIADB_SERVER ? "DROP INDEX ix_posts_timestamp_id_user_id ON posts" : "DROP INDEX ix_posts_timestamp_id_user_id",
                "ALTER TABLE posts DROP COLUMN language");

        assertThat(db("migrate", "-m", "Add posts' language back")).as(err.toString()).isZero();

        Path written = changelog.resolve("0018-add-posts-language-back.yaml");
        assertThat(out.toString()).contains("Detected added column 'posts.language'",
                "Detected added index 'ix_posts_timestamp_id_user_id' on posts(timestamp, id, user_id)", "Generated " + written);
        assertThat(out.toString()).doesNotContain("removed");
        assertThat(written).exists();
        assertThat(Files.readString(changelog.resolve("db.changelog-master.yaml")))
                .endsWith("  - include: {file: 0018-add-posts-language-back.yaml, relativeToChangelogFile: true}\n");

        assertThat(db("upgrade")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("now at 0018-add-posts-language-back.");
        assertThat(columns("posts")).contains("language");
        assertThat(indexes("posts")).contains("ix_posts_timestamp_id_user_id");

        assertThat(db("downgrade")).as(err.toString()).isZero();
        assertThat(columns("posts")).doesNotContain("language");
        assertThat(indexes("posts")).doesNotContain("ix_posts_timestamp_id_user_id");

        assertThat(db("upgrade")).as(err.toString()).isZero();
        assertThat(columns("posts")).contains("language");
        assertThat(db("migrate", "-m", "again")).isZero();
        assertThat(out.toString().strip()).isEqualTo("No changes detected");
    }

    @Test
    void aTableWithoutEntityAndAForeignKeyDroppedByHandAreWrittenInEveryDatabasesForm() throws Exception {
        assertThat(db("upgrade")).isZero();
        execute("CREATE TABLE likes (id BIGINT NOT NULL PRIMARY KEY, user_id BIGINT NOT NULL,"
                + " CONSTRAINT fk_likes_user FOREIGN KEY (user_id) REFERENCES users (id))",
                "CREATE INDEX ix_likes_user_id ON likes (user_id)");
        // SQLite cannot drop a foreign key without rebuilding the table: only the servers lose one.
        boolean servers = database != TestDatabase.SQLITE;
        if (servers) {
            execute(database == TestDatabase.MARIADB_SERVER ? "ALTER TABLE tasks DROP FOREIGN KEY fk_tasks_user"
                    : "ALTER TABLE tasks DROP CONSTRAINT fk_tasks_user");
        }

        assertThat(db("migrate", "-m", "drop likes")).as(err.toString()).isZero();

        assertThat(out.toString()).contains("Detected removed table 'likes'");
        if (servers) {
            assertThat(out.toString()).contains(
                    "Detected added foreign key 'fk_tasks_user' on tasks(user_id) -> users(id)",
                    "Warning: foreign key tasks(user_id) -> users(id) is not written for SQLite");
        }
        assertThat(db("upgrade")).as(err.toString()).isZero();
        assertThat(tables()).doesNotContain("likes");
        assertThat(foreignKeys("tasks")).containsExactly("user_id->users");

        assertThat(db("downgrade")).as(err.toString()).isZero();
        assertThat(tables()).contains("likes");
        assertThat(foreignKeys("likes")).containsExactly("user_id->users");
        assertThat(indexes("likes")).contains("ix_likes_user_id");
        assertThat(foreignKeys("tasks")).isEqualTo(servers ? List.of() : List.of("user_id->users"));

        assertThat(db("upgrade")).as(err.toString()).isZero();
        assertThat(db("migrate", "-m", "again")).isZero();
        assertThat(out.toString().strip()).isEqualTo("No changes detected");
        assertThat(scratchDatabasesLeft()).isEmpty();
    }

    @Test
    void refusesADatabaseThatIsNotUpToDate() {
        assertThat(db("upgrade", "0009")).isZero();

        assertThat(db("migrate", "-m", "too early")).isEqualTo(1);

        assertThat(err.toString().strip()).isEqualTo(
                "error: the database is not up to date (0010-create-persistent-logins is not applied); run 'db upgrade' first");
        assertThat(changelog.resolve("0012-too-early.yaml")).doesNotExist();
    }

    private int db(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] command = Stream.concat(Stream.of("db"), Stream.concat(Stream.of(args),
                Stream.of("--changelog-dir", changelog.toString()))).toArray(String[]::new);
        return MicroblogCommand.execute(command, Map.of("DATABASE_URL", databaseUrl), new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    private Connection connect() throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse(databaseUrl);
        return DriverManager.getConnection(url.jdbcUrl(), url.username(), url.password());
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private Set<String> columns(String table) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection connection = connect();
                ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private Set<String> tables() throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection connection = connect(); ResultSet rs = connection.getMetaData()
                .getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private List<String> foreignKeys(String table) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection connection = connect();
                ResultSet rs = connection.getMetaData().getImportedKeys(connection.getCatalog(), connection.getSchema(), table)) {
            while (rs.next()) {
                keys.add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT) + "->"
                        + rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return keys;
    }

    /** The scratch databases {@code db migrate} creates on a server are dropped when it is done. */
    private List<String> scratchDatabasesLeft() throws SQLException {
        List<String> names = new ArrayList<>();
        if (database == TestDatabase.SQLITE) {
            return names;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(database == TestDatabase.MARIADB_SERVER ? "SHOW DATABASES"
                        : "SELECT datname FROM pg_database")) {
            while (rs.next()) {
                if (rs.getString(1).startsWith("microblog_migrate_")) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private Set<String> indexes(String table) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection connection = connect(); ResultSet rs = connection.getMetaData()
                .getIndexInfo(connection.getCatalog(), connection.getSchema(), table, false, false)) {
            while (rs.next()) {
                if (rs.getString("INDEX_NAME") != null) {
                    names.add(rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }
}
