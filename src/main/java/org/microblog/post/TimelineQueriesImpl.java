package org.microblog.post;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.jspecify.annotations.Nullable;
import org.microblog.config.DatabaseUrl;
import org.microblog.web.Cursor;

/**
 * The home timeline, in two strategies chosen per page by what the database finds (see
 * docs/decisions.md for the numbers). First a <em>walk</em>: the site's newest
 * {@value #WINDOW} posts (older than the cursor) off the {@code posts(timestamp, id, user_id)}
 * index, keeping those by the reader or a member they follow; for a member who follows busy
 * members this fills the page after a few dozen rows. When it does not, a <em>merge</em>: for
 * every member followed (and the reader) the newest {@code offset + limit} posts off the
 * {@code posts(user_id, timestamp, id)} index, then the newest of those; its cost follows the
 * page and the number of members followed, never the number of posts. Neither ever walks the
 * whole timestamp index, as the plain "author in (followed) order by timestamp" did for a
 * member whose few followed posts are old (4 s at 500k posts).
 *
 * <p>PostgreSQL does both in one statement (a lateral join, run only when the walk falls
 * short). MariaDB 10.11 and SQLite have no lateral join: there the walk is one statement and,
 * when it falls short, the followed ids are read and merged with a {@code UNION ALL} of one
 * limited subquery per author.
 */
class TimelineQueriesImpl implements TimelineQueries {

    /** How many of the site's newest posts the walk looks at before the merge takes over. */
    static final int WINDOW = 500;

    /** Authors per statement on MariaDB and SQLite (SQLite allows 500 terms in one compound select). */
    static final int AUTHORS_PER_STATEMENT = 200;

    private static final String BEFORE = " AND q.timestamp <= :ts AND (q.timestamp < :ts OR q.id < :id)";

    // The merge's branch carries the walk's verdict as a condition on uncorrelated subqueries,
    // which PostgreSQL checks once before running the branch (a one-time filter): a page the
    // walk filled never touches the per-author index.
    private static final String HYBRID = """
            WITH recent AS MATERIALIZED (
                SELECT q.id, q.timestamp, q.user_id FROM posts q WHERE TRUE%1$s
                ORDER BY q.timestamp DESC, q.id DESC LIMIT :window),
            authors AS MATERIALIZED (
                SELECT f.followed_id AS author_id FROM followers f WHERE f.follower_id = :userId
                UNION SELECT CAST(:userId AS BIGINT)),
            walked AS MATERIALIZED (
                SELECT r.id, r.timestamp FROM recent r WHERE r.user_id IN (SELECT author_id FROM authors)
                ORDER BY r.timestamp DESC, r.id DESC LIMIT :perAuthor)
            SELECT w.id, w.timestamp FROM walked w
            WHERE (SELECT count(*) FROM walked) = :perAuthor OR (SELECT count(*) FROM recent) < :window
            UNION ALL
            SELECT p.id, p.timestamp FROM authors a CROSS JOIN LATERAL (
                SELECT q.id, q.timestamp FROM posts q WHERE q.user_id = a.author_id%1$s
                ORDER BY q.timestamp DESC, q.id DESC LIMIT :perAuthor) p
            WHERE (SELECT count(*) FROM walked) < :perAuthor AND (SELECT count(*) FROM recent) = :window
            ORDER BY 2 DESC, 1 DESC LIMIT :limit OFFSET :offset""";

    // Each row also says how many posts the walk looked at: fewer than the window means it saw
    // every post there is, so a short result is the whole timeline and the merge is not needed.
    private static final String WALK = """
            SELECT r.id, r.timestamp, r.scanned FROM (
                SELECT w.id, w.timestamp, w.user_id, count(*) OVER () AS scanned FROM (
                    SELECT q.id, q.timestamp, q.user_id FROM posts q WHERE 1 = 1%s
                    ORDER BY q.timestamp DESC, q.id DESC LIMIT :window) w) r
            WHERE r.user_id = :userId OR r.user_id IN (SELECT f.followed_id FROM followers f WHERE f.follower_id = :userId)
            ORDER BY r.timestamp DESC, r.id DESC LIMIT :perAuthor""";

    private final EntityManager entities;
    private final boolean lateralJoins;

    TimelineQueriesImpl(EntityManager entities, DatabaseUrl database) {
        this.entities = entities;
        this.lateralJoins = database.kind() == DatabaseUrl.Kind.POSTGRESQL;
    }

    @Override
    public List<Long> findHomeTimelineIds(long userId, @Nullable Cursor before, long offset, int limit) {
        long perAuthor = offset + limit;
        String cursor = before == null ? "" : BEFORE;
        if (lateralJoins) {
            Query query = entities.createNativeQuery(HYBRID.formatted(cursor)).setParameter("window", WINDOW)
                    .setParameter("userId", userId).setParameter("perAuthor", perAuthor)
                    .setParameter("limit", limit).setParameter("offset", offset);
            return ids(rows(bind(query, before)));
        }
        Query walk = entities.createNativeQuery(WALK.formatted(cursor)).setParameter("window", WINDOW)
                .setParameter("userId", userId).setParameter("perAuthor", perAuthor);
        @SuppressWarnings("unchecked")
        List<Object[]> walked = bind(walk, before).unwrap(NativeQuery.class).addScalar("id", StandardBasicTypes.LONG)
                .addScalar("timestamp", StandardBasicTypes.INSTANT).addScalar("scanned", StandardBasicTypes.LONG)
                .getResultList();
        if (walked.size() == perAuthor || !walked.isEmpty() && (Long) walked.get(0)[2] < WINDOW) {
            return ids(walked.stream().skip(offset).toList());
        }
        Set<Long> authors = new LinkedHashSet<>();
        authors.add(userId);
        for (Object id : entities.createNativeQuery("SELECT followed_id FROM followers WHERE follower_id = :userId")
                .setParameter("userId", userId).getResultList()) {
            authors.add(((Number) id).longValue());
        }
        List<Long> all = new ArrayList<>(authors);
        List<Object[]> merged = new ArrayList<>();
        for (int from = 0; from < all.size(); from += AUTHORS_PER_STATEMENT) {
            merged.addAll(unionAll(all.subList(from, Math.min(all.size(), from + AUTHORS_PER_STATEMENT)), before,
                    perAuthor));
        }
        // Several statements (a member following hundreds) are merged here as the database would.
        merged.sort(Comparator.<Object[], Instant>comparing(row -> (Instant) row[1])
                .thenComparing(row -> (Long) row[0]).reversed());
        return ids(merged.stream().skip(offset).limit(limit).toList());
    }

    private List<Object[]> unionAll(List<Long> authors, @Nullable Cursor before, long perAuthor) {
        StringBuilder sql = new StringBuilder("SELECT id, timestamp FROM (");
        for (int i = 0; i < authors.size(); i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT id, timestamp FROM (SELECT q.id, q.timestamp FROM posts q")
                    .append(" WHERE q.user_id = :a").append(i).append(before == null ? "" : BEFORE)
                    .append(" ORDER BY q.timestamp DESC, q.id DESC LIMIT :perAuthor) t").append(i);
        }
        sql.append(") m ORDER BY timestamp DESC, id DESC LIMIT :perAuthor");
        Query query = entities.createNativeQuery(sql.toString()).setParameter("perAuthor", perAuthor);
        for (int i = 0; i < authors.size(); i++) {
            query.setParameter("a" + i, authors.get(i));
        }
        return rows(bind(query, before));
    }

    private static Query bind(Query query, @Nullable Cursor before) {
        return before == null ? query : query.setParameter("ts", before.timestamp()).setParameter("id", before.id());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.unwrap(NativeQuery.class).addScalar("id", StandardBasicTypes.LONG)
                .addScalar("timestamp", StandardBasicTypes.INSTANT).getResultList();
    }

    private static List<Long> ids(List<Object[]> rows) {
        return rows.stream().map(row -> (Long) row[0]).toList();
    }
}
