package org.microblog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.microblog.config.DataSources;
import org.microblog.config.DatabaseUrl;
import org.microblog.config.Migrations;
import org.microblog.config.Settings;
import org.microblog.user.MemberCounts;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code db upgrade|downgrade|current|history|migrate|recount}: the schema versions of the database in DATABASE_URL. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Database schema versions (the database comes from DATABASE_URL).",
        subcommands = {picocli.CommandLine.HelpCommand.class, DbMigrateCommand.class})
class DbCommand {

    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    /** Inherited by every db command: a source tree's changelog instead of the one in the jar. */
    @Option(names = "--changelog-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Use the changelog in DIR (ending in db/changelog, e.g. src/main/resources/db/changelog)"
                    + " instead of the one in the jar.")
    private @Nullable Path changelogDirectory;

    DbCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Command(name = "upgrade", mixinStandardHelpOptions = true,
            description = "Apply pending versions, up to VERSION (default: all).")
    int upgrade(@Parameters(arity = "0..1", paramLabel = "VERSION", description = "e.g. 0005 or 0005-add-language-to-posts")
            String version) {
        try (Migrations migrations = open()) {
            int applied = migrations.upgrade(version);
            out().println("Applied " + applied + " version(s); now at " + migrations.current().orElse(Migrations.BASE) + ".");
        }
        return 0;
    }

    @Command(name = "downgrade", mixinStandardHelpOptions = true,
            description = "Undo versions: down to VERSION, the last N with -N (default -1), or all with 'base'.")
    int downgrade(@Parameters(arity = "0..1", paramLabel = "VERSION|-N|base", defaultValue = "-1") String target) {
        try (Migrations migrations = open()) {
            int undone = migrations.downgrade(target);
            out().println("Undid " + undone + " version(s); now at " + migrations.current().orElse(Migrations.BASE) + ".");
        }
        return 0;
    }

    @Command(name = "current", mixinStandardHelpOptions = true, description = "Show the database's version.")
    int current() {
        try (Migrations migrations = open()) {
            String current = migrations.current().orElse(Migrations.BASE);
            out().println(current + (current.equals(migrations.head()) ? " (head)" : ""));
        }
        return 0;
    }

    @Command(name = "history", mixinStandardHelpOptions = true,
            description = "List every version, oldest first; [x] marks those applied.")
    int history() {
        try (Migrations migrations = open()) {
            for (Migrations.Version version : migrations.history()) {
                out().printf("[%s] %-32s %s%n", version.applied() ? "x" : " ", version.id(), version.description());
            }
        }
        return 0;
    }

    @Command(name = "recount", mixinStandardHelpOptions = true,
            description = "Set every member's stored post, follower and following counts from the posts and "
                    + "follows there are (after a restore or an edit by hand); says how many were off.")
    int recount() {
        DataSource dataSource = DataSources.create(databaseUrl(), "recount", 1);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            long drifted;
            try (ResultSet row = statement.executeQuery(MemberCounts.DRIFTED)) {
                row.next();
                drifted = row.getLong(1);
            }
            int members = statement.executeUpdate(MemberCounts.RECOUNT);
            connection.commit();
            out().println("Recounted " + members + " member(s); " + drifted + " had counts that were off.");
            return 0;
        } catch (SQLException e) {
            throw new CommandFailedException("cannot recount (is the database at the newest version? try db upgrade): "
                    + e.getMessage());
        } finally {
            DataSources.close(dataSource);
        }
    }

    private Migrations open() {
        DatabaseUrl url = databaseUrl();
        return changelogDirectory == null ? Migrations.open(url) : Migrations.open(url, changelogDirectory);
    }

    /** The database of DATABASE_URL, with the libraries' logging quieted for a command line. */
    DatabaseUrl databaseUrl() {
        quietLibraries();
        return Settings.database(environment).url();
    }

    @Nullable Path changelogDirectory() {
        return changelogDirectory;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Outside the server there is no logging configuration: keep libraries to warnings. */
    static void quietLibraries() {
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
