package org.microblog.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.Closeable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Connection pools for a {@link DatabaseUrl}. PostgreSQL and MariaDB get one ordinary pool.
 * SQLite allows one writer at a time, so it gets a single-connection pool for writes and a
 * pool of readers (WAL mode lets them read while the writer writes): concurrent writers
 * queue for the write connection instead of failing with "database is locked", and
 * read-only transactions never wait for them.
 *
 * <p>When the database is out of reach, a request waits at most the connection timeout
 * ({@code DATABASE_CONNECT_TIMEOUT}, default 3 s) and is then answered 503. Connections are
 * checked before use when idle over Hikari's half second (and kept alive every 30 s), so dead ones
 * are dropped rather than handed out, and the first request after the database returns gets a
 * fresh one. SQLite commits are durable ({@code synchronous=FULL}; see docs/decisions.md).
 */
public final class DataSources {

    private static final int SQLITE_READERS = 8;

    private DataSources() {
    }

    /** A pooled DataSource for the URL; close it with {@link #close(DataSource)}. */
    public static DataSource create(DatabaseUrl url, String poolName) {
        return create(new DatabaseSettings(url), poolName, 16);
    }

    /** A pooled DataSource for the database settings (URL and connection timeout). */
    public static DataSource create(DatabaseSettings settings, String poolName) {
        return create(settings, poolName, 16);
    }

    /**
     * The same with at most {@code serverConnections} connections to a database server, for a
     * command that needs one or two: a server's pool otherwise opens all 16 at once.
     */
    public static DataSource create(DatabaseUrl url, String poolName, int serverConnections) {
        return create(new DatabaseSettings(url), poolName, serverConnections);
    }

    private static DataSource create(DatabaseSettings settings, String poolName, int serverConnections) {
        DatabaseUrl url = settings.url();
        Duration timeout = settings.connectTimeout();
        if (url.kind() != DatabaseUrl.Kind.SQLITE) {
            HikariConfig config = base(url, poolName, timeout);
            config.setMaximumPoolSize(serverConnections);
            // PostgreSQL's default; MariaDB's REPEATABLE READ would keep a locked writer reading a stale snapshot.
            config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
            return new ServerDataSource(config);
        }
        createParentDirectory(url);
        HikariConfig writing = sqlite(url, poolName + "-writer", 1, timeout);
        // The write lock at BEGIN, waiting up to busy_timeout for it: the background jobs' own
        // connections (jobsPool) write to the same file, and a transaction that read first and then
        // wrote would get SQLITE_BUSY at once, without waiting, when another connection wrote meanwhile.
        writing.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        HikariDataSource writer = new HikariDataSource(writing);
        HikariDataSource readers = new HikariDataSource(sqlite(url, poolName + "-readers", SQLITE_READERS, timeout));
        return new SqliteDataSource(writer, readers);
    }

    /**
     * The background jobs' own connections to a SQLite file (JobRunr polls and updates its tables
     * beside the site's single writer, which it must not hold up): {@code size} connections, each
     * transaction taking the write lock at its start.
     */
    public static DataSource sqliteJobsPool(DatabaseSettings settings, int size) {
        HikariConfig config = sqlite(settings.url(), "microblog-jobs", size, settings.connectTimeout());
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        return new HikariDataSource(config);
    }

    public static void close(DataSource dataSource) {
        if (dataSource instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static HikariConfig base(DatabaseUrl url, String poolName, Duration connectTimeout) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setConnectionTimeout(connectTimeout.toMillis());
        // Checking a connection must not take longer than waiting for one (Hikari requires less).
        config.setValidationTimeout(Math.min(1000, Math.max(250, connectTimeout.toMillis() / 2)));
        config.setKeepaliveTime(Duration.ofSeconds(30).toMillis());
        config.setDriverClassName(url.kind().driverClassName());
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(url.username());
        config.setPassword(url.password());
        return config;
    }

    private static HikariConfig sqlite(DatabaseUrl url, String poolName, int size, Duration connectTimeout) {
        HikariConfig config = base(url, poolName, connectTimeout);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(size, 2));
        config.addDataSourceProperty("journal_mode", "WAL");
        // FULL: a commit is on disk before it is acknowledged, power loss included (NORMAL may lose the last ones).
        config.addDataSourceProperty("synchronous", "FULL");
        config.addDataSourceProperty("foreign_keys", "true");
        config.addDataSourceProperty("busy_timeout", "10000");
        return config;
    }

    private static void createParentDirectory(DatabaseUrl url) {
        var parent = url.sqliteFile().toAbsolutePath().getParent();
        try {
            java.nio.file.Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new InvalidSettingException(DatabaseUrl.VARIABLE, "cannot create the directory " + parent + ": " + e.getMessage());
        }
    }

    /**
     * A database server's pool that can be renewed after an outage. Hikari retries a server that
     * went away with a growing pause (up to 5 s), so the pool itself may notice the server's
     * return seconds late; {@link #renewIfBack()} (asked by the outage's probe) connects directly
     * and, once the server answers, swaps in a fresh pool and closes the old one.
     */
    public static final class ServerDataSource extends DelegatingDataSource implements Closeable {

        private final HikariConfig config;
        private final AtomicReference<HikariDataSource> pool;

        ServerDataSource(HikariConfig config) {
            this.config = config;
            this.pool = new AtomicReference<>(new HikariDataSource(config));
            setTargetDataSource(pool.get());
        }

        @Override
        protected DataSource obtainTargetDataSource() {
            return pool.get();
        }

        /** The connection timeout of the pool, as configured ({@code DATABASE_CONNECT_TIMEOUT}). */
        public long connectionTimeoutMillis() {
            return pool.get().getConnectionTimeout();
        }

        /**
         * Whether the server answers a connection of its own; if it does, the pool is replaced by
         * a fresh one, so the next request does not wait for the old pool's retry.
         */
        public boolean renewIfBack() {
            DriverManager.setLoginTimeout(Math.max(1, (int) (config.getConnectionTimeout() / 1000)));
            try (Connection probe = DriverManager.getConnection(config.getJdbcUrl(), config.getUsername(), config.getPassword())) {
                if (!probe.isValid(2)) {
                    return false;
                }
            } catch (SQLException stillDown) {
                return false;
            }
            HikariConfig fresh = new HikariConfig();
            config.copyStateTo(fresh);
            HikariDataSource old = pool.getAndSet(new HikariDataSource(fresh));
            // Closing waits for the old pool's retry to wake up (seconds): not on the way back.
            Thread closer = new Thread(old::close, config.getPoolName() + "-retired");
            closer.setDaemon(true);
            closer.start();
            return true;
        }

        @Override
        public void close() {
            pool.get().close();
        }
    }

    /** Routes read-only transactions to the reader pool and everything else to the single writer. */
    static final class SqliteDataSource extends LazyConnectionDataSourceProxy implements Closeable {

        private final HikariDataSource writer;
        private final HikariDataSource readers;

        SqliteDataSource(HikariDataSource writer, HikariDataSource readers) {
            super(writer);
            this.writer = writer;
            this.readers = readers;
            setReadOnlyDataSource(readers);
        }

        @Override
        public void close() {
            readers.close();
            writer.close();
        }
    }
}
