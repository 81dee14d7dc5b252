package org.microblog.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The databases every integration test runs on. SQLite and the embedded PostgreSQL are always
 * there; the PostgreSQL and MariaDB servers of the machine are used when they answer (CI has
 * them), and tests on them are skipped with a message naming the server when they do not.
 * Each {@link #createDatabase()} makes a new, empty database that is dropped when the JVM ends.
 */
public enum TestDatabase {

    SQLITE("SQLite file") {
        @Override
        String create(String name) throws Exception {
            Path dir = Files.createDirectories(Path.of("target", "test-databases").toAbsolutePath());
            Path file = dir.resolve(name + ".db");
            onExit(() -> deleteSqlite(file));
            return "sqlite:///" + file;
        }
    },

    EMBEDDED_POSTGRES("embedded PostgreSQL") {
        @Override
        String create(String name) {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
            server.createDatabase(name);
            return "postgresql://" + server.user() + "@127.0.0.1:" + server.port() + "/" + name;
        }
    },

    POSTGRES_SERVER("PostgreSQL server") {
        @Override
        String create(String name) throws SQLException {
            execute(adminJdbcUrl(), "postgres", "CREATE DATABASE " + name);
            onExit(() -> execute(adminJdbcUrl(), "postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
            return "postgresql://postgres@" + host(POSTGRES_HOST) + "/" + name;
        }

        @Override
        String adminJdbcUrl() {
            return "jdbc:postgresql://" + host(POSTGRES_HOST) + "/test";
        }
    },

    MARIADB_SERVER("MariaDB server") {
        @Override
        String create(String name) throws SQLException {
            execute(adminJdbcUrl(), "root", "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            onExit(() -> execute(adminJdbcUrl(), "root", "DROP DATABASE IF EXISTS " + name));
            return "mariadb://root@" + host(MARIADB_HOST) + "/" + name;
        }

        @Override
        String adminJdbcUrl() {
            return "jdbc:mariadb://" + host(MARIADB_HOST) + "/test";
        }
    };

    /** Where the servers are: {@code host:port}, overridable for machines that differ. */
    static final String POSTGRES_HOST = "TEST_POSTGRES_HOST";
    static final String MARIADB_HOST = "TEST_MARIADB_HOST";

    private final String displayName;
    private volatile @Nullable Optional<String> unavailability;

    TestDatabase(String displayName) {
        this.displayName = displayName;
    }

    abstract String create(String name) throws Exception;

    /** JDBC URL of a database on the server that may create others; servers only. */
    String adminJdbcUrl() {
        throw new UnsupportedOperationException(displayName + " has no admin database");
    }

    /** Creates a fresh database and returns its {@code DATABASE_URL}. */
    public String createDatabase() {
        String name = "microblog_test_" + UUID.randomUUID().toString().substring(0, 8);
        try {
            return create(name);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create a test database on " + displayName + ": " + e.getMessage(), e);
        }
    }

    /** Why this database cannot be used here, or empty when it can. */
    public synchronized Optional<String> unavailability() {
        if (unavailability == null) {
            unavailability = probe();
        }
        return unavailability;
    }

    private Optional<String> probe() {
        if (this == SQLITE || this == EMBEDDED_POSTGRES) {
            return Optional.empty();
        }
        String user = this == POSTGRES_SERVER ? "postgres" : "root";
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(adminJdbcUrl(), user, "")) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("skipped: no " + displayName + " reachable at " + adminJdbcUrl() + " (" + e.getMessage()
                    + "); start it to run these tests");
        }
    }

    @Override
    public String toString() {
        return displayName;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static String host(String variable) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return variable.equals(POSTGRES_HOST) ? "127.0.0.1:5432" : "127.0.0.1:3306";
    }

    static void execute(String jdbcUrl, String user, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void deleteSqlite(Path file) throws Exception {
        for (String suffix : new String[] {"", "-wal", "-shm", ".secret-key"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    /** Cleanup run when the JVM ends, after the application contexts are closed. */
    interface Cleanup {
        void run() throws Exception;
    }

    static void onExit(Cleanup cleanup) {
        TestApplication.afterAllContextsClosed(cleanup);
    }
}
