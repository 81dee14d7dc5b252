package org.microblog.search;

import java.util.function.LongConsumer;
import org.microblog.config.DatabaseUrl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Rebuilds the posts' search index from the posts, for a database restored from elsewhere (the
 * triggers keep it in step from then on). Works through the posts in id ranges, each range in a
 * transaction of its own, reporting the posts done.
 */
@Component
public class SearchIndex {

    static final int BATCH = 20_000;

    private final JdbcTemplate jdbc;
    private final DatabaseUrl.Kind kind;
    private final TransactionTemplate transaction;

    SearchIndex(JdbcTemplate jdbc, DatabaseUrl database, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.kind = database.kind();
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** How many posts there are to index. */
    public long posts() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM posts", Long.class);
        return count == null ? 0 : count;
    }

    /** Empties the index and writes every post into it; the number of posts indexed. */
    public long rebuild(LongConsumer done) {
        if (kind == DatabaseUrl.Kind.SQLITE) {
            // FTS5 rebuilds an external-content table from the posts in one statement.
            jdbc.update("INSERT INTO post_search (post_search) VALUES ('rebuild')");
            long posts = posts();
            done.accept(posts);
            return posts;
        }
        transaction.executeWithoutResult(status -> jdbc.update("DELETE FROM post_search"));
        Long highest = jdbc.queryForObject("SELECT MAX(id) FROM posts", Long.class);
        long indexed = 0;
        String insert = kind == DatabaseUrl.Kind.POSTGRESQL
                ? "INSERT INTO post_search (post_id, document) SELECT id, to_tsvector(post_search_config(language), body)"
                        + " FROM posts WHERE id > ? AND id <= ? ON CONFLICT (post_id) DO NOTHING"
                : "INSERT IGNORE INTO post_search (post_id, body) SELECT id, body FROM posts WHERE id > ? AND id <= ?";
        for (long from = 0; highest != null && from < highest; from += BATCH) {
            long start = from;
            Integer rows = transaction.execute(status -> jdbc.update(insert, start, start + BATCH));
            indexed += rows == null ? 0 : rows;
            done.accept(rows == null ? 0 : rows);
        }
        return indexed;
    }
}
