package org.microblog.post;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.microblog.web.Cursor;

/** The home timeline's query, written per database (see {@link TimelineQueriesImpl}). */
interface TimelineQueries {

    /**
     * The ids of one page of the member's home timeline (their own posts and those of everyone
     * they follow), newest first, ties by id: posts older than {@code before} if given, after
     * skipping {@code offset} posts, at most {@code limit}.
     */
    List<Long> findHomeTimelineIds(long userId, @Nullable Cursor before, long offset, int limit);
}
