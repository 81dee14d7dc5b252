package org.microblog.importer;

import static org.microblog.importer.InsertBatch.Type.LONG;
import static org.microblog.importer.InsertBatch.column;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The original's {@code followers} association table (chapter 8 on) into {@code followers}.
 * Early chapters gave it no primary key, so the same pair may appear twice; it is taken once.
 */
final class FollowCopy extends TableCopy {

    private static final List<String> COLUMNS = List.of("follower_id", "followed_id");

    private final ImportContext context;

    FollowCopy(ImportContext context) {
        super(context, "followers");
        this.context = context;
    }

    @Override
    long copy() throws SQLException {
        Set<List<Long>> seen = new HashSet<>();
        try (InsertBatch batch = target.insert("followers", column("follower_id", LONG), column("followed_id", LONG))) {
            source.forEach(table, COLUMNS, "follower_id", row -> {
                progress.step();
                Long follower = number(row, "follower_id");
                Long followed = number(row, "followed_id");
                String pair = row.text("follower_id") + " follows " + row.text("followed_id");
                if (follower == null || !context.memberIds().contains(follower)) {
                    findings.leftOut(table, pair, "the follower, member " + row.text("follower_id") + ", does not exist");
                } else if (followed == null || !context.memberIds().contains(followed)) {
                    findings.leftOut(table, pair, "the followed member " + row.text("followed_id") + " does not exist");
                } else if (!seen.add(List.of(follower, followed))) {
                    findings.leftOut(table, pair, "the same follow appears more than once; taken once");
                } else {
                    batch.add(follower, followed);
                }
            });
            batch.flush();
        }
        return seen.size();
    }
}
