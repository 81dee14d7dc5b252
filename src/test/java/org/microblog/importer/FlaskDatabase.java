package org.microblog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.UUID;
import org.microblog.config.DatabaseUrl;
import org.microblog.testsupport.TestDatabase;

/**
 * A database in the original Flask Microblog's schema (a DDL file of {@code flask-microblog/}),
 * on SQLite, PostgreSQL or MySQL, with rows written the way SQLAlchemy writes them: naive UTC
 * times as text on SQLite ({@code 2024-05-01 12:00:00.000000}), as {@code TIMESTAMP}/{@code DATETIME} elsewhere.
 */
public final class FlaskDatabase implements AutoCloseable {

    private static final DateTimeFormatter SQLALCHEMY_SQLITE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    public enum Engine { SQLITE, POSTGRESQL, MYSQL }

    private final Engine engine;
    private final String url;
    private final Connection connection;
    private final Path sqliteFile;

    private FlaskDatabase(Engine engine, String url, Path sqliteFile) throws SQLException {
        this.engine = engine;
        this.url = url;
        this.sqliteFile = sqliteFile;
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        this.connection = DriverManager.getConnection(parsed.jdbcUrl(), parsed.username() == null ? "" : parsed.username(),
                parsed.password() == null ? "" : parsed.password());
    }

    /** A new database of {@code engine} with the schema of {@code ddl} (e.g. {@code chapter-23}); empty. */
    public static FlaskDatabase create(Engine engine, String ddl) throws Exception {
        FlaskDatabase db = switch (engine) {
            case SQLITE -> {
                Path file = Files.createDirectories(Path.of("target", "test-databases").toAbsolutePath())
                        .resolve("flask_" + UUID.randomUUID().toString().substring(0, 8) + ".db");
                yield new FlaskDatabase(engine, "sqlite:///" + file, file);
            }
            // The test databases' own, with random names and dropped when the JVM ends.
            case POSTGRESQL -> new FlaskDatabase(engine, TestDatabase.EMBEDDED_POSTGRES.createDatabase(), null);
            case MYSQL -> new FlaskDatabase(engine,
                    TestDatabase.MARIADB_SERVER.createDatabase().replaceFirst("^mariadb:", "mysql:"), null);
        };
        if (engine == Engine.MYSQL) {
            // Case-sensitive, as a server must be for the fixture's names that differ only in case;
            // with the usual *_ci collations the original could not have held them.
            try (Statement statement = db.connection.createStatement()) {
                statement.execute("ALTER DATABASE " + db.connection.getCatalog() + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            }
        }
        db.run("flask-microblog/" + ddl + "." + engine.name().toLowerCase(Locale.ROOT) + ".sql");
        return db;
    }

    /** The original's {@code DATABASE_URL} for it, in SQLAlchemy's form. */
    public String url() {
        return url;
    }

    Engine engine() {
        return engine;
    }

    private void run(String resource) throws IOException, SQLException {
        String script;
        try (InputStream in = FlaskDatabase.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    /** Inserts a row: column names and values alternate; a time is a naive UTC {@link LocalDateTime}. */
    public FlaskDatabase insert(String table, Object... columnsAndValues) throws SQLException {
        String[] columns = new String[columnsAndValues.length / 2];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = (String) columnsAndValues[2 * i];
        }
        String quote = engine == Engine.MYSQL ? "`" : "\"";
        String sql = "INSERT INTO " + quote + table + quote + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < columns.length; i++) {
                Object value = columnsAndValues[2 * i + 1];
                if (value instanceof LocalDateTime time) {
                    if (engine == Engine.SQLITE) {
                        statement.setString(i + 1, SQLALCHEMY_SQLITE.format(time));
                    } else {
                        statement.setObject(i + 1, time);
                    }
                } else if (value instanceof Boolean flag && engine == Engine.SQLITE) {
                    statement.setInt(i + 1, flag ? 1 : 0);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            statement.executeUpdate();
        }
        return this;
    }

    @Override
    public void close() throws Exception {
        connection.close();
        if (sqliteFile != null) {
            for (String suffix : Arrays.asList("", "-wal", "-shm", "-journal")) {
                Files.deleteIfExists(sqliteFile.resolveSibling(sqliteFile.getFileName() + suffix));
            }
        }
    }
}
