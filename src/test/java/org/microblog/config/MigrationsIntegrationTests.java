package org.microblog.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.DatabaseTests;
import org.microblog.testsupport.TestDatabase;

class MigrationsIntegrationTests extends DatabaseTests {

    static final List<String> TABLES = List.of("users", "posts", "followers", "messages", "notifications", "tasks", "persistent_logins", "post_likes", "blocks", "task_files");
    static final List<String> VERSIONS = List.of("0001-create-users", "0002-create-posts",
            "0003-add-profile-fields-to-users", "0004-create-followers", "0005-add-language-to-posts",
            "0006-create-messages", "0007-create-notifications", "0008-create-tasks", "0009-add-api-token-to-users",
            "0010-create-persistent-logins", "0011-add-id-to-post-indexes", "0012-add-counts-to-users",
            "0013-create-post-search", "0014-add-replies-edits-likes-to-posts", "0015-create-blocks", "0016-create-post-tags-and-notices",
            "0017-add-progress-and-files-to-tasks");

    @Test
    void theApplicationsStartupLeavesTheDatabaseAtHead() {
        try (Migrations migrations = Migrations.open(DatabaseUrl.parse(app.databaseUrl()))) {
            assertThat(migrations.history()).extracting(Migrations.Version::id).containsExactlyElementsOf(VERSIONS);
            assertThat(migrations.history()).allMatch(Migrations.Version::applied);
            assertThat(migrations.current()).contains(migrations.head());
        }
    }

    @Test
    void upgradesToHeadDowngradesToBaseAndUpgradesAgainKeepingEveryConstraint() throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse(database.createDatabase());
        try (Migrations migrations = Migrations.open(url)) {
            assertThat(migrations.current()).isEmpty();

            assertThat(migrations.upgrade(null)).isEqualTo(VERSIONS.size());
            assertThat(migrations.current()).contains(VERSIONS.get(VERSIONS.size() - 1));
            assertSchemaIsComplete(url);

            assertThat(migrations.downgrade(Migrations.BASE)).isEqualTo(VERSIONS.size());
            assertThat(migrations.current()).isEmpty();
            assertThat(tables(url)).doesNotContainAnyElementsOf(TABLES);

            assertThat(migrations.upgrade(null)).isEqualTo(VERSIONS.size());
            assertSchemaIsComplete(url);
        }
    }

    @Test
    void everyVersionUpgradesAndDowngradesOneStepAtATime() throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse(database.createDatabase());
        try (Migrations migrations = Migrations.open(url)) {
            for (String version : VERSIONS) {
                assertThat(migrations.upgrade(version.substring(0, 4))).isEqualTo(1);
                assertThat(migrations.current()).contains(version);
            }
            for (int i = VERSIONS.size() - 1; i >= 0; i--) {
                assertThat(migrations.current()).contains(VERSIONS.get(i));
                assertThat(migrations.downgrade("-1")).isEqualTo(1);
            }
            assertThat(migrations.current()).isEmpty();
            assertThat(migrations.upgrade("0005")).isEqualTo(5);
            assertThat(migrations.downgrade("0002-create-posts")).isEqualTo(3);
            assertThat(migrations.current()).contains("0002-create-posts");
            assertThat(migrations.upgrade(null)).isEqualTo(VERSIONS.size() - 2);
            assertSchemaIsComplete(url);
        }
    }

    @Test
    void refusesImpossibleTargetsWithAReason() {
        DatabaseUrl url = DatabaseUrl.parse(database.createDatabase());
        try (Migrations migrations = Migrations.open(url)) {
            migrations.upgrade("0003");
            assertThatThrownBy(() -> migrations.upgrade("0002")).hasMessageContaining("db downgrade 0002");
            assertThatThrownBy(() -> migrations.downgrade("0005")).hasMessageContaining("db upgrade 0005");
            assertThatThrownBy(() -> migrations.upgrade("0042")).hasMessageContaining("no version '0042'");
            assertThat(migrations.current()).contains("0003-add-profile-fields-to-users");
        }
    }

    private void assertSchemaIsComplete(DatabaseUrl url) throws SQLException {
        DataSource dataSource = DataSources.create(url, "schema-check");
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            assertThat(tables(meta, connection)).containsAll(TABLES);
            assertThat(foreignKeys(meta, connection, "posts")).containsExactly("user_id->users");
            assertThat(foreignKeys(meta, connection, "followers"))
                    .containsExactlyInAnyOrder("follower_id->users", "followed_id->users");
            assertThat(foreignKeys(meta, connection, "messages"))
                    .containsExactlyInAnyOrder("sender_id->users", "recipient_id->users");
            assertThat(foreignKeys(meta, connection, "notifications")).containsExactly("user_id->users");
            assertThat(foreignKeys(meta, connection, "tasks")).containsExactly("user_id->users");
            assertThat(uniqueIndexes(meta, connection, "users")).contains("uq_users_username_lower",
                    "uq_users_email_lower", "ix_users_username", "ix_users_email", "ix_users_token");
            assertThat(uniqueIndexes(meta, connection, "notifications")).contains("uq_notifications_user_id_name");
            assertThat(indexes(meta, connection, "posts")).contains("ix_posts_user_id_timestamp_id", "ix_posts_timestamp_id_user_id");
            assertThat(columns(meta, connection, "users")).contains("about_me", "last_seen", "last_message_read_time",
                    "token", "token_expiration", "post_count", "follower_count", "following_count");
            assertThat(columns(meta, connection, "posts")).contains("language");
            if (database == TestDatabase.SQLITE) {
                assertSqliteSchemaIsSound(connection);
            }
        } finally {
            DataSources.close(dataSource);
        }
    }

    /** The SQLite traps of DESIGN.md §4: table rebuilds that drop constraints or re-point foreign keys. */
    private static void assertSqliteSchemaIsSound(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet problems = statement.executeQuery("PRAGMA foreign_key_check")) {
                assertThat(problems.next()).as("PRAGMA foreign_key_check finds nothing").isFalse();
            }
            try (ResultSet temporary = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE sql LIKE '%_temporary%' OR name LIKE '%_temporary%'")) {
                assertThat(temporary.next()).as("no table refers to a *_temporary table").isFalse();
            }
            try (ResultSet foreignKeys = statement.executeQuery("PRAGMA foreign_keys")) {
                foreignKeys.next();
                assertThat(foreignKeys.getInt(1)).as("foreign keys are enforced").isEqualTo(1);
            }
        }
    }

    private static Set<String> tables(DatabaseUrl url) throws SQLException {
        DataSource dataSource = DataSources.create(url, "schema-check");
        try (Connection connection = dataSource.getConnection()) {
            return tables(connection.getMetaData(), connection);
        } finally {
            DataSources.close(dataSource);
        }
    }

    private static Set<String> tables(DatabaseMetaData meta, Connection connection) throws SQLException {
        Set<String> names = new HashSet<>();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static List<String> foreignKeys(DatabaseMetaData meta, Connection connection, String table)
            throws SQLException {
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = meta.getImportedKeys(connection.getCatalog(), connection.getSchema(), table)) {
            while (rs.next()) {
                keys.add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT) + "->"
                        + rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return keys;
    }

    private static Set<String> uniqueIndexes(DatabaseMetaData meta, Connection connection, String table)
            throws SQLException {
        return indexNames(meta, connection, table, true);
    }

    private static Set<String> indexes(DatabaseMetaData meta, Connection connection, String table) throws SQLException {
        return indexNames(meta, connection, table, false);
    }

    private static Set<String> indexNames(DatabaseMetaData meta, Connection connection, String table, boolean unique)
            throws SQLException {
        Set<String> names = new HashSet<>();
        try (ResultSet rs = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), table, unique, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name != null) {
                    names.add(name.toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    private static Set<String> columns(DatabaseMetaData meta, Connection connection, String table) throws SQLException {
        Set<String> names = new HashSet<>();
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
