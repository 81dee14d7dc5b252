package org.microblog.importer;

import static org.microblog.importer.InsertBatch.Type.DOUBLE;
import static org.microblog.importer.InsertBatch.Type.LONG;
import static org.microblog.importer.InsertBatch.Type.TEXT;
import static org.microblog.importer.InsertBatch.column;

import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The original's {@code notification} table (chapter 21 on) into {@code notifications}; the
 * timestamp is a float of Unix seconds in both. Microblog keeps one notification per member and
 * name (the original replaced it too, but did not enforce it): of several, the newest stays.
 */
final class NotificationCopy extends TableCopy {

    private static final int MAX_NAME = 128;
    private static final List<String> COLUMNS = List.of("id", "name", "user_id", "timestamp", "payload_json");

    private record Notification(long id, String name, long userId, double timestamp, String payloadJson) {
    }

    private final ImportContext context;

    NotificationCopy(ImportContext context) {
        super(context, "notification");
        this.context = context;
    }

    @Override
    long copy() throws SQLException {
        // Read by id, so a later row of the same member and name is the newer one.
        Map<List<Object>, Notification> newest = new LinkedHashMap<>();
        source.forEach(table, COLUMNS, "id", row -> {
            progress.step();
            Long id = number(row, "id");
            Long user = number(row, "user_id");
            String name = row.text("name");
            if (id == null) {
                findings.leftOut(table, row.text("id"), "its id is not a whole number");
            } else if (user == null || !context.memberIds().contains(user)) {
                findings.leftOut(table, id, "its member " + row.text("user_id") + " does not exist");
            } else if (name == null || name.length() > MAX_NAME) {
                findings.leftOut(table, id, name == null ? "has no name" : "its name is longer than " + MAX_NAME + " characters");
            } else {
                Notification kept = new Notification(id, name, user, timestamp(row, id), payload(row, id));
                Notification replaced = newest.remove(List.of(user, name));
                if (replaced != null) {
                    findings.leftOut(table, replaced.id(), "notification " + id + " of the same name ('" + name
                            + "') for the same member is newer and replaces it");
                }
                newest.put(List.of(user, name), kept);
            }
        });
        try (InsertBatch batch = target.insert("notifications", column("id", LONG), column("name", TEXT),
                column("user_id", LONG), column("timestamp", DOUBLE), column("payload_json", TEXT))) {
            for (Notification n : newest.values()) {
                batch.add(n.id(), n.name(), n.userId(), n.timestamp(), n.payloadJson());
            }
            batch.flush();
        }
        return newest.size();
    }

    private double timestamp(SourceRow row, long id) throws SQLException {
        Double seconds = null;
        try {
            seconds = row.decimal("timestamp");
        } catch (SourceRow.UnreadableValue e) {
            findings.changed(table, id, e.getMessage());
        }
        if (seconds == null || seconds.isNaN() || seconds.isInfinite()) {
            findings.changed(table, id, "has no usable timestamp; given the time of the import");
            return context.startedUtc().toInstant(ZoneOffset.UTC).toEpochMilli() / 1000.0;
        }
        return seconds;
    }

    private String payload(SourceRow row, long id) throws SQLException {
        String payload = row.text("payload_json");
        if (payload == null) {
            findings.changed(table, id, "has no payload; given JSON null");
            return "null";
        }
        return payload;
    }
}
