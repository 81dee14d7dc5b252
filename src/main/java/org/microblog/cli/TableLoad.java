package org.microblog.cli;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** Rows for one table of a seed: {@link BatchInsert} on every database, {@link CopyLoad} on PostgreSQL. */
interface TableLoad extends AutoCloseable {

    /** Adds one row; values in the order of the column names. */
    void add(@Nullable Object... values) throws SQLException;

    /** Sends what is pending, leaving the commit to the caller. */
    void end() throws SQLException;

    /** Sends what is pending and commits. */
    default void flush() throws SQLException {
        end();
        commit();
    }

    void commit() throws SQLException;

    @Override
    void close() throws SQLException;
}
