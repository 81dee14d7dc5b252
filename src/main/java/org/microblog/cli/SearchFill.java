package org.microblog.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * PostgreSQL's search index for posts a bulk load wrote with its trigger off: one set-based
 * {@code INSERT … SELECT to_tsvector(…)} per range of {@link #RANGE} ids, each committed, run by
 * the seed's own connection and one more in parallel (to_tsvector is most of the cost, and it
 * runs on a core of the server per connection).
 */
final class SearchFill {

    static final long RANGE = 25_000;
    static final String FILL = "INSERT INTO post_search (post_id, document) "
            + "SELECT id, to_tsvector(post_search_config(language), body) FROM posts WHERE id BETWEEN ? AND ?";

    private final DataSource dataSource;
    private final SeedProgress progress;

    SearchFill(DataSource dataSource, SeedProgress progress) {
        this.dataSource = dataSource;
        this.progress = progress;
    }

    /** Indexes the posts with ids {@code first} to {@code last}; the connection is the seed's (not autocommit). */
    void fill(Connection connection, long first, long last) {
        if (last < first) {
            return;
        }
        AtomicLong next = new AtomicLong(first);
        ExecutorService other = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "seed-search-fill");
            thread.setDaemon(true);
            return thread;
        });
        try (SeedProgress.Stage stage = progress.start("search", last - first + 1)) {
            Future<Long> helper = other.submit(() -> {
                try (Connection second = dataSource.getConnection()) {
                    second.setAutoCommit(false);
                    return ranges(second, next, last);
                }
            });
            long done = ranges(connection, next, last);
            done += helper.get();
            stage.advance(done);
        } catch (SQLException e) {
            throw failed(e);
        } catch (ExecutionException e) {
            throw failed(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(e);
        } finally {
            other.shutdownNow();
        }
    }

    /** Takes ranges of ids until none are left; returns how many posts it indexed. */
    private static long ranges(Connection connection, AtomicLong next, long last) throws SQLException {
        long indexed = 0;
        try (PreparedStatement insert = connection.prepareStatement(FILL)) {
            for (long from = next.getAndAdd(RANGE); from <= last; from = next.getAndAdd(RANGE)) {
                insert.setLong(1, from);
                insert.setLong(2, Math.min(from + RANGE - 1, last));
                indexed += insert.executeUpdate();
                connection.commit();
            }
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
        return indexed;
    }

    private static CommandFailedException failed(Throwable cause) {
        return new CommandFailedException("the seeded rows are written, but filling the search index stopped ("
                + cause.getMessage() + "); run `search reindex` to index every post");
    }
}
