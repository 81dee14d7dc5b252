package org.microblog.importer;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.microblog.config.DatabaseUrl;
import org.sqlite.SQLiteConfig;

/**
 * The original's database, opened read-only. Its tables and their columns are read from the
 * JDBC metadata once, so each chapter's schema (4 to 23) is read with what it has.
 */
final class SourceDatabase implements AutoCloseable {

    private static final int FETCH_SIZE = 1000;

    private final DatabaseUrl url;
    private final Connection connection;
    private final String quote;
    /** Lower-case table name → (its name as the database spells it, its lower-case column names). */
    private final Map<String, Table> tables;

    private record Table(String name, Set<String> columns) {
    }

    private SourceDatabase(DatabaseUrl url, Connection connection) throws SQLException {
        this.url = url;
        this.connection = connection;
        DatabaseMetaData meta = connection.getMetaData();
        this.quote = meta.getIdentifierQuoteString().strip();
        this.tables = readTables(meta);
    }

    static SourceDatabase open(DatabaseUrl url) {
        if (url.kind() == DatabaseUrl.Kind.SQLITE && !Files.isRegularFile(url.sqliteFile())) {
            throw new ImportException("there is no SQLite database at " + url.sqliteFile());
        }
        try {
            Connection connection;
            if (url.kind() == DatabaseUrl.Kind.SQLITE) {
                SQLiteConfig config = new SQLiteConfig();
                config.setReadOnly(true);
                connection = DriverManager.getConnection(url.jdbcUrl(), config.toProperties());
            } else {
                Properties properties = new Properties();
                properties.setProperty("user", url.username() == null ? "" : url.username());
                properties.setProperty("password", url.password() == null ? "" : url.password());
                connection = DriverManager.getConnection(url.jdbcUrl(), properties);
                connection.setReadOnly(true);
                // PostgreSQL streams a result set in FETCH_SIZE pieces only inside a transaction.
                connection.setAutoCommit(false);
            }
            return new SourceDatabase(url, connection);
        } catch (SQLException e) {
            throw new ImportException("cannot open the Flask Microblog database " + url + ": " + e.getMessage(), e);
        }
    }

    DatabaseUrl.Kind kind() {
        return url.kind();
    }

    boolean has(String table) {
        return tables.containsKey(table);
    }

    /** The table's columns among {@code wanted}, in that order; the others are absent in this chapter. */
    List<String> present(String table, List<String> wanted) {
        Table t = tables.get(table);
        return t == null ? List.of() : wanted.stream().filter(t.columns()::contains).toList();
    }

    long count(String table) {
        if (!has(table)) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + quoted(tables.get(table).name()))) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure("count the rows of " + table, e);
        }
    }

    interface RowHandler {
        void handle(SourceRow row) throws SQLException;
    }

    /**
     * Reads every row of {@code table} in the order of {@code orderBy} (a column it has), with
     * those of {@code wanted} that exist; the others read as null.
     */
    void forEach(String table, List<String> wanted, String orderBy, RowHandler handler) {
        if (!has(table)) {
            return;
        }
        List<String> columns = present(table, wanted);
        String sql = "SELECT " + columns.stream().map(this::quoted).collect(Collectors.joining(", "))
                + " FROM " + quoted(tables.get(table).name()) + " ORDER BY " + quoted(orderBy);
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery(sql)) {
                SourceRow row = new SourceRow(rs, columns, url.kind());
                while (rs.next()) {
                    handler.handle(row);
                }
            }
        } catch (SQLException e) {
            throw failure("read " + table, e);
        }
    }

    private Map<String, Table> readTables(DatabaseMetaData meta) throws SQLException {
        Map<String, String> names = new HashMap<>();
        String catalog = connection.getCatalog();
        String schema = url.kind() == DatabaseUrl.Kind.POSTGRESQL ? connection.getSchema() : null;
        try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        }
        Map<String, Table> result = new HashMap<>();
        for (var entry : names.entrySet()) {
            Set<String> columns = new LinkedHashSet<>();
            try (ResultSet rs = meta.getColumns(catalog, schema, entry.getValue(), "%")) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            result.put(entry.getKey(), new Table(entry.getValue(), columns));
        }
        return result;
    }

    private String quoted(String identifier) {
        return quote + identifier + quote;
    }

    private ImportException failure(String what, SQLException e) {
        return new ImportException("cannot " + what + " in the Flask Microblog database: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.close();
        } catch (SQLException ignored) {
            // nothing was written: closing a read-only connection cannot lose anything
        }
    }
}
