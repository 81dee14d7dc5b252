package org.microblog.importer;

import static org.microblog.importer.InsertBatch.Type.LONG;
import static org.microblog.importer.InsertBatch.Type.TEXT;
import static org.microblog.importer.InsertBatch.Type.TIME;
import static org.microblog.importer.InsertBatch.column;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The original's {@code post} table into {@code posts}: ids, authors, bodies, times and languages (chapter 14 on). */
final class PostCopy extends TableCopy {

    static final int MAX_BODY = 140;
    private static final int MAX_LANGUAGE = 5;
    private static final List<String> COLUMNS = List.of("id", "body", "timestamp", "user_id", "language");

    private final ImportContext context;

    PostCopy(ImportContext context) {
        super(context, "post");
        this.context = context;
    }

    @Override
    long copy() throws SQLException {
        var rows = new long[1];
        try (InsertBatch batch = target.insert("posts", column("id", LONG), column("body", TEXT),
                column("timestamp", TIME), column("user_id", LONG), column("language", TEXT))) {
            source.forEach(table, COLUMNS, "id", row -> {
                progress.step();
                Long id = number(row, "id");
                Long author = number(row, "user_id");
                if (id == null) {
                    findings.leftOut(table, row.text("id"), "its id is not a whole number");
                } else if (author == null || !context.memberIds().contains(author)) {
                    findings.leftOut(table, id, "its author, member " + row.text("user_id") + ", does not exist");
                } else {
                    batch.add(id, body(row, id), requiredTime(row, id), author, language(row, id));
                    rows[0]++;
                }
            });
            batch.flush();
        }
        return rows[0];
    }

    private String body(SourceRow row, long id) throws SQLException {
        String body = row.text("body");
        if (body == null) {
            findings.changed(table, id, "has no body; given an empty one");
            return "";
        }
        return limited(body, MAX_BODY, id, "body");
    }

    private LocalDateTime requiredTime(SourceRow row, long id) throws SQLException {
        LocalDateTime time = time(row, id, "timestamp");
        if (time == null) {
            findings.changed(table, id, "has no timestamp; given the time of the import");
            return context.startedUtc();
        }
        return time;
    }

    private @Nullable String language(SourceRow row, long id) throws SQLException {
        String language = row.text("language");
        if (language != null && language.length() > MAX_LANGUAGE) {
            findings.changed(table, id, "its language '" + language + "' is longer than " + MAX_LANGUAGE
                    + " characters; left empty");
            return null;
        }
        return language;
    }
}
