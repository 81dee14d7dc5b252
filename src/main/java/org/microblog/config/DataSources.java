package org.microblog.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.Closeable;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Connection pools for a {@link DatabaseUrl}. PostgreSQL and MariaDB get one ordinary pool.
 * SQLite allows one writer at a time, so it gets a single-connection pool for writes and a
 * pool of readers (WAL mode lets them read while the writer writes): concurrent writers
 * queue for the write connection instead of failing with "database is locked", and
 * read-only transactions never wait for them.
 */
public final class DataSources {

    private static final int SQLITE_READERS = 8;

    private DataSources() {
    }

    /** A pooled DataSource for the URL; close it with {@link #close(DataSource)}. */
    public static DataSource create(DatabaseUrl url, String poolName) {
        return create(url, poolName, 16);
    }

    /**
     * The same with at most {@code serverConnections} connections to a database server, for a
     * command that needs one or two: a server's pool otherwise opens all 16 at once.
     */
    public static DataSource create(DatabaseUrl url, String poolName, int serverConnections) {
        if (url.kind() != DatabaseUrl.Kind.SQLITE) {
            HikariConfig config = base(url, poolName);
            config.setMaximumPoolSize(serverConnections);
            // PostgreSQL's default; MariaDB's REPEATABLE READ would keep a locked writer reading a stale snapshot.
            config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
            return new HikariDataSource(config);
        }
        createParentDirectory(url);
        HikariDataSource writer = new HikariDataSource(sqlite(url, poolName + "-writer", 1));
        HikariDataSource readers = new HikariDataSource(sqlite(url, poolName + "-readers", SQLITE_READERS));
        return new SqliteDataSource(writer, readers);
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

    private static HikariConfig base(DatabaseUrl url, String poolName) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setDriverClassName(url.kind().driverClassName());
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(url.username());
        config.setPassword(url.password());
        return config;
    }

    private static HikariConfig sqlite(DatabaseUrl url, String poolName, int size) {
        HikariConfig config = base(url, poolName);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(size, 2));
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "NORMAL");
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
