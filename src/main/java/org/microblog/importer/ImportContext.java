package org.microblog.importer;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * One import's shared parts: both databases, the report, the progress, the time it started
 * (given to rows that lack a required time) and the ids of the members copied so far.
 */
record ImportContext(SourceDatabase source, TargetDatabase target, Findings findings, ImportProgress progress,
        LocalDateTime startedUtc, Set<Long> memberIds) {
}
