package org.microblog.cli;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for one PostgreSQL table, streamed with {@code COPY … FROM STDIN} in text format: one
 * statement for the whole table, sent in chunks of about {@link #CHUNK} characters, in the
 * caller's transaction. Texts are escaped (backslash, tab, newline, carriage return), nulls are
 * {@code \N} and times are ISO-8601 instants in UTC.
 */
final class CopyLoad implements TableLoad {

    static final int CHUNK = 1 << 20;

    private final Connection connection;
    private final String sql;
    private final int columns;
    private final StringBuilder pending = new StringBuilder(CHUNK + 1024);
    private @Nullable CopyIn copy;

    CopyLoad(Connection connection, String table, String... columnNames) {
        this.connection = connection;
        this.columns = columnNames.length;
        this.sql = "COPY " + table + " (" + String.join(", ", columnNames) + ") FROM STDIN";
    }

    @Override
    public void add(@Nullable Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                pending.append('\t');
            }
            append(pending, values[i]);
        }
        pending.append('\n');
        if (pending.length() >= CHUNK) {
            send();
        }
    }

    @Override
    public void end() throws SQLException {
        send();
        if (copy != null) {
            CopyIn open = copy;
            copy = null;
            open.endCopy();
        }
    }

    @Override
    public void commit() throws SQLException {
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        if (copy != null && copy.isActive()) {
            CopyIn open = copy;
            copy = null;
            open.cancelCopy();
        }
    }

    /** One value in COPY's text format. */
    static void append(StringBuilder out, @Nullable Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof Instant instant) {
            out.append(instant);
        } else if (value instanceof Number number) {
            out.append(number);
        } else {
            String text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        }
    }

    private void send() throws SQLException {
        if (pending.length() == 0) {
            return;
        }
        if (copy == null) {
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        }
        byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
        pending.setLength(0);
        copy.writeToCopy(bytes, 0, bytes.length);
    }
}
