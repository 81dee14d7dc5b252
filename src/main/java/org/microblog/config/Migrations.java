package org.microblog.config;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.jspecify.annotations.Nullable;

/**
 * The schema's versions, Alembic-style: each Liquibase change set is one version named by
 * its id ({@code 0003-add-profile-fields-to-users}, or just {@code 0003}); the database can be
 * upgraded or downgraded to any of them, or downgraded to {@code base} (no tables).
 */
public final class Migrations implements AutoCloseable {

    public static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    public static final String BASE = "base";

    /** One version of the schema and whether the database has it. */
    public record Version(String id, String description, boolean applied) {
    }

    private final DataSource dataSource;
    private final Connection connection;
    private final Liquibase liquibase;

    private Migrations(DataSource dataSource, ResourceAccessor changelogs) throws SQLException, LiquibaseException {
        this.dataSource = dataSource;
        this.connection = dataSource.getConnection();
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        this.liquibase = new Liquibase(CHANGELOG, changelogs, database);
    }

    /** Opens the database named by a {@code DATABASE_URL}, with the changelog the jar carries; close it when done. */
    public static Migrations open(DatabaseUrl url) {
        return open(url, new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()));
    }

    /**
     * Opens the database with the changelog of a folder instead, such as the source tree's
     * {@code src/main/resources/db/changelog}. The folder must end in {@code db/changelog}: Liquibase
     * records each applied change set by that path, so the jar's changelog and the folder's agree.
     */
    public static Migrations open(DatabaseUrl url, Path changelogDirectory) {
        Path directory = changelogDirectory.toAbsolutePath().normalize();
        if (!directory.endsWith(Path.of("db", "changelog")) || !Files.isDirectory(directory)) {
            throw new MigrationException("the changelog folder must be an existing folder ending in db/changelog"
                    + " (Liquibase records applied versions by that path): " + changelogDirectory);
        }
        try {
            return open(url, new DirectoryResourceAccessor(directory.getParent().getParent()));
        } catch (FileNotFoundException e) {
            throw new MigrationException("cannot read the changelog folder " + changelogDirectory, e);
        }
    }

    private static Migrations open(DatabaseUrl url, ResourceAccessor changelogs) {
        // Liquibase works on the one connection taken in the constructor.
        DataSource dataSource = DataSources.create(url, "migrations", 1);
        try {
            return new Migrations(dataSource, changelogs);
        } catch (SQLException | LiquibaseException e) {
            DataSources.close(dataSource);
            throw new MigrationException("cannot open the database " + url + ": " + rootMessage(e), e);
        }
    }

    /** Every version, oldest first, each marked applied or not. */
    public List<Version> history() {
        Set<String> pending = pending().stream().map(ChangeSet::getId).collect(Collectors.toSet());
        return all().stream()
                .map(c -> new Version(c.getId(), c.getComments() == null ? "" : c.getComments(), !pending.contains(c.getId())))
                .toList();
    }

    /** The newest applied version, or empty at base. */
    public Optional<String> current() {
        List<Version> history = history();
        return history.stream().filter(Version::applied).reduce((first, second) -> second).map(Version::id);
    }

    public String head() {
        List<ChangeSet> all = all();
        return all.get(all.size() - 1).getId();
    }

    /**
     * Applies the pending versions up to and including {@code target} (all when null).
     *
     * @return how many versions were applied
     */
    public int upgrade(@Nullable String target) {
        List<Version> history = history();
        int applied = (int) history.stream().filter(Version::applied).count();
        int wanted = target == null ? history.size() : indexOf(target, history) + 1;
        if (wanted < applied) {
            throw new MigrationException("the database is already at " + history.get(applied - 1).id()
                    + ", past " + target + "; use 'db downgrade " + target + "'");
        }
        int count = wanted - applied;
        if (count > 0) {
            run(() -> liquibase.update(count, new Contexts(), new LabelExpression()));
        }
        return count;
    }

    /**
     * Undoes applied versions: down to {@code target} (which stays applied), {@code -N} for
     * the last N, or {@code base} for all.
     *
     * @return how many versions were undone
     */
    public int downgrade(String target) {
        List<Version> history = history();
        int applied = (int) history.stream().filter(Version::applied).count();
        int count;
        if (BASE.equalsIgnoreCase(target)) {
            count = applied;
        } else if (target.matches("-\\d{1,4}")) {
            count = Math.min(applied, Integer.parseInt(target.substring(1)));
        } else {
            int keep = indexOf(target, history) + 1;
            if (keep > applied) {
                throw new MigrationException("the database is at " + current().orElse(BASE) + ", before " + target
                        + "; use 'db upgrade " + target + "'");
            }
            count = applied - keep;
        }
        if (count > 0) {
            run(() -> liquibase.rollback(count, (String) null));
        }
        return count;
    }

    private int indexOf(String target, List<Version> history) {
        String wanted = target.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < history.size(); i++) {
            String id = history.get(i).id();
            if (id.equals(wanted) || id.startsWith(wanted + "-") || id.startsWith(pad(wanted) + "-")) {
                return i;
            }
        }
        throw new MigrationException("no version '" + target + "'; 'db history' lists them");
    }

    private static String pad(String number) {
        return number.matches("\\d{1,3}") ? "0".repeat(4 - number.length()) + number : number;
    }

    private List<ChangeSet> all() {
        try {
            return liquibase.getDatabaseChangeLog().getChangeSets();
        } catch (LiquibaseException e) {
            throw new MigrationException("cannot read the changelog: " + rootMessage(e), e);
        }
    }

    private List<ChangeSet> pending() {
        try {
            return liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
        } catch (LiquibaseException e) {
            throw new MigrationException("cannot read the applied versions: " + rootMessage(e), e);
        }
    }

    private interface LiquibaseAction {
        void run() throws LiquibaseException;
    }

    private static void run(LiquibaseAction action) {
        try {
            action.run();
        } catch (LiquibaseException e) {
            throw new MigrationException(rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    @Override
    public void close() {
        try {
            liquibase.close();
        } catch (Exception e) {
            // the connection is closed below either way
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already closed
        }
        DataSources.close(dataSource);
    }

    /** A migration that cannot be done, with a one-line reason. */
    public static class MigrationException extends RuntimeException {
        public MigrationException(String message) {
            super(message);
        }

        public MigrationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
