package org.microblog.importer;

import java.sql.SQLException;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What every table's copy shares: the report, the progress, and the rules for values that
 * cannot be taken as they are (a text longer than its column is shortened, an unreadable time
 * left empty), each reported against the row it came from.
 */
abstract class TableCopy {

    protected final SourceDatabase source;
    protected final TargetDatabase target;
    protected final Findings findings;
    protected final ImportProgress progress;
    /** The source table's name, which the report uses. */
    protected final String table;

    TableCopy(ImportContext context, String table) {
        this.source = context.source();
        this.target = context.target();
        this.findings = context.findings();
        this.progress = context.progress();
        this.table = table;
    }

    /** Copies the table and records its counts. */
    final void run() {
        long rows = source.count(table);
        progress.start(table, rows);
        long copied;
        try {
            copied = copy();
        } catch (SQLException e) {
            throw target.failure("write the rows of " + table, e);
        }
        progress.finish(table, copied);
        findings.counted(table, rows, copied);
    }

    /** Copies the rows, calling {@code progress.step()} for each; returns how many went in. */
    abstract long copy() throws SQLException;

    /** The time in {@code column}, or null when empty or unreadable (which is reported). */
    protected @Nullable LocalDateTime time(SourceRow row, Object rowName, String column) throws SQLException {
        try {
            return row.time(column);
        } catch (SourceRow.UnreadableValue e) {
            findings.changed(table, rowName, e.getMessage() + "; left empty");
            return null;
        }
    }

    /** The text cut to {@code max} characters (code points, as the columns count them), reporting a cut. */
    protected @Nullable String limited(@Nullable String text, int max, Object rowName, String column) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        findings.changed(table, rowName, column + " has " + text.codePointCount(0, text.length())
                + " characters, more than the " + max + " Microblog keeps; shortened to its first " + max);
        return text.substring(0, text.offsetByCodePoints(0, max));
    }

    /** A whole number such as an id, or null when empty or unreadable (the caller reports what follows). */
    protected static @Nullable Long number(SourceRow row, String column) throws SQLException {
        try {
            return row.number(column);
        } catch (SourceRow.UnreadableValue e) {
            return null;
        }
    }
}
