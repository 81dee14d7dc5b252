package org.microblog.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.microblog.config.DatabaseUrl;
import org.microblog.config.InvalidSettingException;
import org.microblog.config.Settings;
import org.microblog.importer.FlaskImporter;
import org.microblog.importer.ImportProgress;
import org.microblog.importer.ImportReport;
import org.microblog.importer.ImportReport.Finding;
import org.microblog.importer.ImportReport.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import-flask <DATABASE_URL>}: copies an original Flask Microblog database into the one in DATABASE_URL. */
@Command(name = "import-flask", mixinStandardHelpOptions = true,
        description = {"Copy an original Flask Microblog database (SQLite, PostgreSQL or MySQL, with the tables of any"
                + " chapter from 4 to 23) into this one (DATABASE_URL), which must be empty: members with their"
                + " passwords, posts, follows, messages with read times, notifications and finished tasks.",
                "The original is only read. Everything is copied in one transaction: on a failure nothing is.",
                "Ids are kept. Prints the counts and every row not taken as it was, with the reason."},
        footer = {"", "Example:", "  DATABASE_URL=postgresql://microblog@localhost/microblog \\",
                "    java -jar microblog.jar import-flask sqlite:////srv/flask-microblog/app.db"})
class ImportFlaskCommand implements Callable<Integer> {

    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DATABASE_URL", description = "the original's database, as its DATABASE_URL spells it:"
            + " sqlite:///app.db, sqlite:////absolute/app.db, postgresql://user:password@host/db, mysql://user:password@host/db")
    private String sourceUrl = "";

    ImportFlaskCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        DatabaseUrl source;
        try {
            source = DatabaseUrl.parse(sourceUrl);
        } catch (InvalidSettingException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for DATABASE_URL: "
                    + e.getMessage().substring(e.variable().length() + 2));
        }
        DatabaseUrl target = Settings.database(environment).url();
        DbCommand.quietLibraries();
        PrintWriter out = spec.commandLine().getOut();
        ImportProgress progress = ImportProgressBar.onTerminal().orElseGet(() -> new ImportProgressLines(out));
        ImportReport report = new FlaskImporter(Clock.systemUTC()).copy(source, target, progress);
        print(report, target, out);
        return 0;
    }

    private static void print(ImportReport report, DatabaseUrl target, PrintWriter out) {
        if (report.schemaVersionsApplied() > 0) {
            out.println("Upgraded the schema first: " + report.schemaVersionsApplied() + " version(s) applied.");
        }
        out.println("Imported into " + target + ":");
        for (ImportReport.TableCount count : report.tables()) {
            out.printf("  %-13s %d of %d%n", count.table(), count.copied(), count.read());
        }
        section(out, "Changed", report.findings(Outcome.CHANGED));
        section(out, "Left out", report.findings(Outcome.LEFT_OUT));
        section(out, "Notes", report.findings(Outcome.NOTE));
        if (report.findings().isEmpty()) {
            out.println("Every row was taken as it was.");
        }
        out.flush();
    }

    private static void section(PrintWriter out, String title, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        out.println(title + " (" + findings.size() + "):");
        for (Finding finding : findings) {
            out.println("  " + finding.table() + " " + finding.row() + ": " + finding.reason());
        }
    }
}
