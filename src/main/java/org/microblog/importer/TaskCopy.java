package org.microblog.importer;

import static org.microblog.importer.InsertBatch.Type.BOOLEAN;
import static org.microblog.importer.InsertBatch.Type.LONG;
import static org.microblog.importer.InsertBatch.Type.TEXT;
import static org.microblog.importer.InsertBatch.column;

import java.sql.SQLException;
import java.util.List;

/**
 * The original's {@code task} table (chapter 22 on) into {@code tasks}: finished tasks only. An
 * unfinished one was a job on the original's RQ worker, which cannot go on here; copied, it
 * would show as running forever and keep its member from starting another.
 */
final class TaskCopy extends TableCopy {

    private static final int MAX_ID = 36;
    private static final int MAX_TEXT = 128;
    private static final List<String> COLUMNS = List.of("id", "name", "description", "user_id", "complete");

    private final ImportContext context;

    TaskCopy(ImportContext context) {
        super(context, "task");
        this.context = context;
    }

    @Override
    long copy() throws SQLException {
        var rows = new long[1];
        try (InsertBatch batch = target.insert("tasks", column("id", TEXT), column("name", TEXT),
                column("description", TEXT), column("user_id", LONG), column("complete", BOOLEAN))) {
            source.forEach(table, COLUMNS, "id", row -> {
                progress.step();
                String id = row.text("id");
                Long user = number(row, "user_id");
                String name = row.text("name");
                Boolean complete;
                try {
                    complete = row.bool("complete");
                } catch (SourceRow.UnreadableValue e) {
                    complete = null;
                }
                if (id == null || id.length() > MAX_ID) {
                    findings.leftOut(table, id, "its id is empty or longer than " + MAX_ID + " characters");
                } else if (user == null || !context.memberIds().contains(user)) {
                    findings.leftOut(table, id, "its member " + row.text("user_id") + " does not exist");
                } else if (!Boolean.TRUE.equals(complete)) {
                    findings.leftOut(table, id, "unfinished: its job ran on the original's worker and cannot go on here");
                } else if (name == null || name.length() > MAX_TEXT) {
                    findings.leftOut(table, id, name == null ? "has no name" : "its name is longer than " + MAX_TEXT + " characters");
                } else {
                    batch.add(id, name, limited(row.text("description"), MAX_TEXT, id, "description"), user, true);
                    rows[0]++;
                }
            });
            batch.flush();
        }
        return rows[0];
    }
}
