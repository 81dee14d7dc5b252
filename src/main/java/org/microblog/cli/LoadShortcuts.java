package org.microblog.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What PostgreSQL checks and keeps row by row during a bulk load, set aside for one table
 * inside the load's transaction and put back, set-based, before it commits: its foreign keys
 * (one lookup per row and key, most of a COPY's time, against one join when the key is added
 * back) and its plain indexes (rebuilt by one sort instead of a random insert per row). The
 * statements that put them back are the database's own definitions
 * ({@code pg_get_constraintdef}, {@code pg_get_indexdef}), so the schema ends as it was; a
 * failure rolls the whole change back with the rows. Primary keys and unique indexes stay.
 */
final class LoadShortcuts {

    private static final String FOREIGN_KEYS = """
            SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE conrelid = CAST(? AS regclass) AND contype = 'f' ORDER BY conname""";
    private static final String PLAIN_INDEXES = """
            SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid = CAST(? AS regclass) AND NOT i.indisunique AND NOT i.indisprimary
            AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) ORDER BY c.relname""";

    private final Connection connection;
    private final List<String> restore = new ArrayList<>();

    private LoadShortcuts(Connection connection) {
        this.connection = connection;
    }

    /** Drops {@code table}'s foreign keys and plain indexes in the connection's (open) transaction. */
    static LoadShortcuts setAside(Connection connection, String table) throws SQLException {
        LoadShortcuts shortcuts = new LoadShortcuts(connection);
        List<String> drop = new ArrayList<>();
        for (String[] key : definitions(connection, FOREIGN_KEYS, table)) {
            drop.add("ALTER TABLE " + table + " DROP CONSTRAINT " + quote(key[0]));
            shortcuts.restore.add("ALTER TABLE " + table + " ADD CONSTRAINT " + quote(key[0]) + " " + key[1]);
        }
        for (String[] index : definitions(connection, PLAIN_INDEXES, table)) {
            drop.add("DROP INDEX " + quote(index[0]));
            shortcuts.restore.add(index[1]);
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : drop) {
                statement.execute(sql);
            }
        }
        return shortcuts;
    }

    /** Builds the indexes and adds (and so checks) the foreign keys again, before the caller commits. */
    void putBack() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : restore) {
                statement.execute(sql);
            }
        }
        restore.clear();
    }

    private static List<String[]> definitions(Connection connection, String query, String table) throws SQLException {
        List<String[]> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return found;
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
