package org.microblog.importer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import org.microblog.config.DatabaseUrl;
import org.microblog.config.Migrations;
import org.microblog.user.MemberCounts;
import org.sqlite.SQLiteConfig;

/**
 * This Microblog's database, written in one transaction: {@link #commit} makes the whole import
 * visible at once, and closing without it leaves the tables as empty as they were.
 */
final class TargetDatabase implements AutoCloseable {

    /** Microblog's tables that an import fills; each must be empty before. */
    static final List<String> TABLES = List.of("users", "posts", "followers", "messages", "notifications", "tasks");
    /** Tables whose ids the database generates; kept ids must move their counters past them. */
    private static final List<String> GENERATED_IDS = List.of("users", "posts", "messages", "notifications");

    private final DatabaseUrl url;
    private final Connection connection;

    private final int versionsApplied;

    private TargetDatabase(DatabaseUrl url, Connection connection, int versionsApplied) {
        this.url = url;
        this.connection = connection;
        this.versionsApplied = versionsApplied;
    }

    /** Opens the database, bringing its schema to the newest version first (as {@code serve} would). */
    static TargetDatabase open(DatabaseUrl url) {
        int versionsApplied = upgrade(url);
        // One connection, not a pool: the import is one transaction, and a database server's
        // connections are shared with the site. SQLite gets the site's settings that matter here.
        try {
            Connection connection;
            if (url.kind() == DatabaseUrl.Kind.SQLITE) {
                SQLiteConfig config = new SQLiteConfig();
                config.enforceForeignKeys(true);
                config.setBusyTimeout(10_000);
                connection = DriverManager.getConnection(url.jdbcUrl(), config.toProperties());
            } else {
                connection = DriverManager.getConnection(url.jdbcUrl(), url.username() == null ? "" : url.username(),
                        url.password() == null ? "" : url.password());
            }
            connection.setAutoCommit(false);
            return new TargetDatabase(url, connection, versionsApplied);
        } catch (SQLException e) {
            throw new ImportException("cannot open the database " + url + ": " + e.getMessage(), e);
        }
    }

    /** How many schema versions {@link #open} applied (all of them to a new database). */
    int versionsApplied() {
        return versionsApplied;
    }

    /** Liquibase's console lines ("Running Changeset: …") go to its log, which is quiet here: the report says it. */
    private static int upgrade(DatabaseUrl url) {
        try {
            return Scope.child(Map.<String, Object>of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
                try (Migrations migrations = Migrations.open(url)) {
                    return migrations.upgrade(null);
                }
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ImportException("cannot upgrade the database " + url + ": " + e.getMessage(), e);
        }
    }

    /** Refuses a database that holds anything already: an import never merges. */
    void requireEmpty() {
        for (String table : TABLES) {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                long rows = rs.getLong(1);
                if (rows > 0) {
                    throw new ImportException("the database " + url + " is not empty (" + table + " has " + rows
                            + " row" + (rows == 1 ? "" : "s") + "); import-flask copies into an empty database only");
                }
            } catch (SQLException e) {
                throw failure("read " + table, e);
            }
        }
    }

    InsertBatch insert(String table, InsertBatch.Column... columns) {
        try {
            return new InsertBatch(connection, url.kind(), table, List.of(columns));
        } catch (SQLException e) {
            throw failure("prepare the rows of " + table, e);
        }
    }

    /** Kept ids are above what PostgreSQL's identity counters hold; move them on (SQLite and MariaDB do it themselves). */
    void advanceIdCounters() {
        if (url.kind() != DatabaseUrl.Kind.POSTGRESQL) {
            return;
        }
        for (String table : GENERATED_IDS) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "COALESCE((SELECT MAX(id) FROM " + table + "), 0) + 1, false)");
            } catch (SQLException e) {
                throw failure("move the id counter of " + table, e);
            }
        }
    }

    /** Every member's stored post, follower and following counts, from the rows copied. */
    void countMembers() {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(MemberCounts.RECOUNT);
        } catch (SQLException e) {
            throw failure("count the members' posts and follows", e);
        }
    }

    /** The copied posts' hashtags into {@code post_tags}, read by the site's own parser. */
    void tagPosts() {
        try {
            org.microblog.post.PostTagsBackfill.fill(connection);
        } catch (SQLException e) {
            throw failure("store the posts' tags", e);
        }
    }

    void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw failure("commit the import", e);
        }
    }

    ImportException failure(String what, SQLException e) {
        return new ImportException("cannot " + what + " in " + url + ": " + e.getMessage(), e);
    }

    /** Rolls back whatever was not committed, so a failed import leaves no rows behind. */
    @Override
    public void close() {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException ignored) {
            // the transaction dies with the connection either way
        }
    }
}
