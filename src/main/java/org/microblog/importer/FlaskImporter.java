package org.microblog.importer;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import org.microblog.config.DatabaseUrl;

/**
 * Copies an original Flask Microblog database into an empty Microblog database: members with
 * their password hashes, posts, follows, messages with read times, notifications and finished
 * tasks, in one transaction. Ids are kept.
 */
public final class FlaskImporter {

    /** The original's tables, in the order they are copied (each refers only to those before it). */
    public static final java.util.List<String> SOURCE_TABLES =
            java.util.List.of("user", "post", "followers", "message", "notification", "task");

    private final Clock clock;

    public FlaskImporter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Copies {@code source} (the original's database, only read) into {@code target} (this
     * Microblog's, upgraded to the newest schema first, and empty), reporting progress as it goes.
     * Either everything is copied and committed, or, on any failure, nothing is.
     *
     * @return the counts, and every row not taken as it was, with the reason
     * @throws ImportException when the source is not the original's, the target is not empty,
     *         or a database cannot be opened, read or written; its message is one line for the operator
     */
    public ImportReport copy(DatabaseUrl source, DatabaseUrl target, ImportProgress progress) {
        if (source.jdbcUrl().equals(target.jdbcUrl())) {
            throw new ImportException("the Flask Microblog database and DATABASE_URL are the same database");
        }
        try (SourceDatabase from = SourceDatabase.open(source)) {
            if (!from.has("user")) {
                throw new ImportException("the database " + source + " has no table 'user': it is not a Flask Microblog database");
            }
            try (TargetDatabase to = TargetDatabase.open(target)) {
                to.requireEmpty();
                Findings findings = new Findings();
                ImportContext context = new ImportContext(from, to, findings, progress,
                        LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), new HashSet<>());
                new MemberCopy(context).run();
                new PostCopy(context).run();
                new FollowCopy(context).run();
                new MessageCopy(context).run();
                new NotificationCopy(context).run();
                new TaskCopy(context).run();
                to.advanceIdCounters();
                to.countMembers();
                to.tagPosts();
                to.commit();
                return findings.report(to.versionsApplied());
            }
        }
    }
}
