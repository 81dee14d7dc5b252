package org.microblog.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.microblog.config.DatabaseUrl;

/**
 * Inserts rows into one target table in JDBC batches, each value bound as its column's type on
 * this database. Times are stored as the application stores them (DESIGN.md §4): epoch
 * milliseconds on SQLite, {@code timestamptz} on PostgreSQL, UTC {@code DATETIME(6)} on MariaDB.
 */
final class InsertBatch implements AutoCloseable {

    private static final int BATCH_SIZE = 500;

    enum Type { LONG, TEXT, TIME, DOUBLE, BOOLEAN }

    record Column(String name, Type type) {
    }

    static Column column(String name, Type type) {
        return new Column(name, type);
    }

    private final DatabaseUrl.Kind kind;
    private final List<Column> columns;
    private final PreparedStatement statement;
    private int pending;

    InsertBatch(Connection connection, DatabaseUrl.Kind kind, String table, List<Column> columns) throws SQLException {
        this.kind = kind;
        this.columns = columns;
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        this.statement = connection.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")");
    }

    /** Adds a row, values in the order of the columns; a time is a naive UTC {@link LocalDateTime}. */
    void add(@Nullable Object... values) throws SQLException {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(columns.size() + " values expected, " + values.length + " given");
        }
        for (int i = 0; i < values.length; i++) {
            bind(i + 1, columns.get(i).type(), values[i]);
        }
        statement.addBatch();
        if (++pending == BATCH_SIZE) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    private void bind(int index, Type type, @Nullable Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, switch (type) {
                case LONG -> Types.BIGINT;
                case TEXT -> Types.VARCHAR;
                case TIME -> kind == DatabaseUrl.Kind.SQLITE ? Types.BIGINT
                        : kind == DatabaseUrl.Kind.POSTGRESQL ? Types.TIMESTAMP_WITH_TIMEZONE : Types.TIMESTAMP;
                case DOUBLE -> Types.DOUBLE;
                case BOOLEAN -> Types.BOOLEAN;
            });
            return;
        }
        switch (type) {
            case LONG -> statement.setLong(index, (Long) value);
            case TEXT -> statement.setString(index, (String) value);
            case DOUBLE -> statement.setDouble(index, (Double) value);
            case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
            case TIME -> {
                LocalDateTime utc = (LocalDateTime) value;
                switch (kind) {
                    case SQLITE -> statement.setLong(index, utc.toInstant(ZoneOffset.UTC).toEpochMilli());
                    case POSTGRESQL -> statement.setObject(index, utc.atOffset(ZoneOffset.UTC));
                    case MARIADB -> statement.setObject(index, utc);
                }
            }
        }
    }

    /** Closes the statement; rows not {@link #flush flushed} are dropped, as on a failure they must be. */
    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
