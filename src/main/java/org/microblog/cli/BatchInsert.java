package org.microblog.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microblog.config.DatabaseUrl;

/**
 * Rows for one table, sent as multi-row {@code INSERT … VALUES (…), (…)} statements of
 * {@link #ROWS_PER_STATEMENT} rows and committed every {@link #ROWS_PER_COMMIT}: one round trip
 * per few hundred rows instead of one per row, and transactions that stay small. Times are
 * bound as the application stores them: epoch milliseconds on SQLite, UTC elsewhere.
 */
final class BatchInsert implements TableLoad {

    static final int ROWS_PER_STATEMENT = 250;
    static final int ROWS_PER_COMMIT = 50_000;

    private final Connection connection;
    private final DatabaseUrl.Kind kind;
    private final String sql;
    private final int columns;
    private final List<@Nullable Object> pending = new ArrayList<>();
    private @Nullable PreparedStatement full;
    private long sinceCommit;

    BatchInsert(Connection connection, DatabaseUrl.Kind kind, String table, String... columnNames) {
        this.connection = connection;
        this.kind = kind;
        this.columns = columnNames.length;
        this.sql = "INSERT INTO " + table + " (" + String.join(", ", columnNames) + ") VALUES ";
    }

    @Override
    public void add(@Nullable Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
        }
        Collections.addAll(pending, values);
        if (pending.size() == columns * ROWS_PER_STATEMENT) {
            if (full == null) {
                full = connection.prepareStatement(statement(ROWS_PER_STATEMENT));
            }
            send(full);
        }
    }

    /** Sends what is pending; the rows sent before may already be committed (every {@link #ROWS_PER_COMMIT}). */
    @Override
    public void end() throws SQLException {
        if (!pending.isEmpty()) {
            try (PreparedStatement rest = connection.prepareStatement(statement(pending.size() / columns))) {
                send(rest);
            }
        }
    }

    @Override
    public void commit() throws SQLException {
        connection.commit();
        sinceCommit = 0;
    }

    @Override
    public void close() throws SQLException {
        if (full != null) {
            full.close();
        }
    }

    private void send(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < pending.size(); i++) {
            statement.setObject(i + 1, bindable(pending.get(i)));
        }
        statement.executeUpdate();
        sinceCommit += pending.size() / columns;
        pending.clear();
        if (sinceCommit >= ROWS_PER_COMMIT) {
            connection.commit();
            sinceCommit = 0;
        }
    }

    private @Nullable Object bindable(@Nullable Object value) {
        if (!(value instanceof Instant instant)) {
            return value;
        }
        return switch (kind) {
            case SQLITE -> instant.toEpochMilli();
            case POSTGRESQL -> OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
            case MARIADB -> LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        };
    }

    private String statement(int rows) {
        String row = "(" + "?, ".repeat(columns - 1) + "?)";
        StringBuilder statement = new StringBuilder(sql.length() + rows * (row.length() + 2)).append(sql);
        for (int i = 0; i < rows; i++) {
            statement.append(i == 0 ? "" : ", ").append(row);
        }
        return statement.toString();
    }
}
