package org.microblog.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.microblog.config.DatabaseUrl;
import org.microblog.config.Migrations.MigrationException;

/**
 * An empty database of the same engine as the real one, for Hibernate to create the entities'
 * schema in: a temporary file for SQLite, a database {@code microblog_migrate_<random>} on the
 * same server (and with the same user) for PostgreSQL and MariaDB. Closing drops it.
 */
final class ScratchDatabase implements AutoCloseable {

    private static final Pattern SERVER_JDBC_URL = Pattern.compile("(jdbc:[a-z]+://[^/]+/)([^?;]*)(.*)");

    private final DatabaseUrl real;
    private final DatabaseUrl url;
    private final String name;

    private ScratchDatabase(DatabaseUrl real, DatabaseUrl url, String name) {
        this.real = real;
        this.url = url;
        this.name = name;
    }

    static ScratchDatabase createBeside(DatabaseUrl real) {
        String name = "microblog_migrate_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        if (real.kind() == DatabaseUrl.Kind.SQLITE) {
            try {
                Path file = Files.createTempFile(name, ".db");
                return new ScratchDatabase(real, new DatabaseUrl(real.kind(), "jdbc:sqlite:" + file, null, null), name);
            } catch (IOException e) {
                throw new MigrationException("cannot create a scratch SQLite file: " + e.getMessage(), e);
            }
        }
        Matcher m = SERVER_JDBC_URL.matcher(real.jdbcUrl());
        if (!m.matches()) {
            throw new MigrationException("cannot tell the database name in " + real);
        }
        String create = real.kind() == DatabaseUrl.Kind.POSTGRESQL ? "CREATE DATABASE " + name
                : "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci";
        execute(real, create, "cannot create the scratch database " + name
                + " (the user of DATABASE_URL needs the right to create databases)");
        return new ScratchDatabase(real, new DatabaseUrl(real.kind(), m.group(1) + name + m.group(3), real.username(),
                real.password()), name);
    }

    DatabaseUrl url() {
        return url;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url.jdbcUrl(), url.username(), url.password());
    }

    @Override
    public void close() {
        if (url.kind() == DatabaseUrl.Kind.SQLITE) {
            Path file = Path.of(url.jdbcUrl().substring("jdbc:sqlite:".length()));
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                try {
                    Files.deleteIfExists(Path.of(file + suffix));
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
            return;
        }
        String drop = url.kind() == DatabaseUrl.Kind.POSTGRESQL ? "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"
                : "DROP DATABASE IF EXISTS " + name;
        execute(real, drop, "cannot drop the scratch database " + name + "; drop it by hand");
    }

    private static void execute(DatabaseUrl on, String sql, String failure) {
        try (Connection connection = DriverManager.getConnection(on.jdbcUrl(), on.username(), on.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new MigrationException(failure + ": " + e.getMessage().lines().findFirst().orElse("")
                    .strip(), e);
        }
    }
}
