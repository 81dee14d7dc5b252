package org.microblog.importer;

import static org.microblog.importer.InsertBatch.Type.LONG;
import static org.microblog.importer.InsertBatch.Type.TEXT;
import static org.microblog.importer.InsertBatch.Type.TIME;
import static org.microblog.importer.InsertBatch.column;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The original's {@code message} table (chapter 21 on) into {@code messages}. With the members'
 * {@code last_message_read_time} copied too, every member's unread count comes out as it was.
 */
final class MessageCopy extends TableCopy {

    private static final List<String> COLUMNS = List.of("id", "sender_id", "recipient_id", "body", "timestamp");

    private final ImportContext context;

    MessageCopy(ImportContext context) {
        super(context, "message");
        this.context = context;
    }

    @Override
    long copy() throws SQLException {
        var rows = new long[1];
        try (InsertBatch batch = target.insert("messages", column("id", LONG), column("sender_id", LONG),
                column("recipient_id", LONG), column("body", TEXT), column("timestamp", TIME))) {
            source.forEach(table, COLUMNS, "id", row -> {
                progress.step();
                Long id = number(row, "id");
                Long sender = number(row, "sender_id");
                Long recipient = number(row, "recipient_id");
                if (id == null) {
                    findings.leftOut(table, row.text("id"), "its id is not a whole number");
                } else if (sender == null || !context.memberIds().contains(sender)) {
                    findings.leftOut(table, id, "its sender, member " + row.text("sender_id") + ", does not exist");
                } else if (recipient == null || !context.memberIds().contains(recipient)) {
                    findings.leftOut(table, id, "its recipient, member " + row.text("recipient_id") + ", does not exist");
                } else {
                    String body = row.text("body");
                    if (body == null) {
                        findings.changed(table, id, "has no body; given an empty one");
                        body = "";
                    }
                    batch.add(id, sender, recipient, limited(body, PostCopy.MAX_BODY, id, "body"), requiredTime(row, id));
                    rows[0]++;
                }
            });
            batch.flush();
        }
        return rows[0];
    }

    private LocalDateTime requiredTime(SourceRow row, long id) throws SQLException {
        LocalDateTime time = time(row, id, "timestamp");
        if (time == null) {
            findings.changed(table, id, "has no timestamp; given the time of the import");
            return context.startedUtc();
        }
        return time;
    }
}
