package org.microblog.schema;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.microblog.config.DatabaseUrl;
import org.microblog.config.Migrations;
import org.microblog.config.Migrations.MigrationException;

/**
 * {@code db migrate -m MESSAGE}: compares the entities with the migrated database and writes the
 * difference as the changelog's next change set, Alembic's {@code revision --autogenerate}.
 */
public final class Autogenerate {

    /**
     * Tables the schema has without an entity, kept by the changelog alone: Liquibase's own and
     * Spring Security's remember-me tokens (written by {@code JdbcTokenRepositoryImpl}), finished
     * tasks' files (written by {@code task.TaskFiles} with JDBC).
     */
    static final Set<String> UNMAPPED_TABLES = Set.of("databasechangelog", "databasechangeloglock", "persistent_logins",
            "task_files");

    /** JobRunr's own tables, which JobRunr creates and upgrades itself. */
    static final String JOB_TABLES = "jobrunr_";

    /**
     * The full-text index of posts ({@code post_search}, and on SQLite the FTS5 tables behind it):
     * its shape differs per database and its triggers are not the entities', so the changelog alone keeps it.
     */
    static final String SEARCH_TABLES = "post_search";

    /** What was detected (Alembic's lines), what needs a human, and the file written (none when in sync). */
    public record Result(List<String> detected, List<String> warnings, Optional<Path> file) {
    }

    private Autogenerate() {
    }

    /**
     * Compares and, when something differs, writes {@code NNNN-<slug of message>.yaml} into
     * {@code changelogDirectory} and includes it in its master file.
     *
     * @throws MigrationException when the database is not at the changelog's head, or cannot be read
     */
    public static Result run(DatabaseUrl url, Path changelogDirectory, String message) {
        ChangelogFolder folder = new ChangelogFolder(changelogDirectory);
        String id = folder.nextId(message);
        try (Migrations migrations = Migrations.open(url, changelogDirectory)) {
            List<Migrations.Version> pending = migrations.history().stream().filter(v -> !v.applied()).toList();
            if (!pending.isEmpty()) {
                throw new MigrationException("the database is not up to date (" + pending.get(0).id()
                        + " is not applied); run 'db upgrade' first");
            }
        }
        Predicate<String> owned = table -> !UNMAPPED_TABLES.contains(table) && !table.startsWith(SEARCH_TABLES)
                && !table.toLowerCase(java.util.Locale.ROOT).startsWith(JOB_TABLES);
        SchemaShape entities = EntitySchema.read(url, owned);
        SchemaShape database = read(url, owned);
        List<SchemaDifference> differences = SchemaDifference.between(entities, database);
        List<String> detected = differences.stream().map(SchemaDifference::detected).toList();
        if (differences.isEmpty()) {
            return new Result(detected, List.of(), Optional.empty());
        }
        ChangeSetPlan plan = ChangeSetPlan.of(differences);
        return new Result(detected, List.copyOf(plan.warnings), Optional.of(folder.write(id, message, plan)));
    }

    private static SchemaShape read(DatabaseUrl url, Predicate<String> owned) {
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.username(), url.password())) {
            return SchemaShape.read(connection, owned);
        } catch (SQLException e) {
            throw new MigrationException("cannot read the database " + url + ": " + e.getMessage(), e);
        }
    }
}
