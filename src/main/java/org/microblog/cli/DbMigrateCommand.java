package org.microblog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.microblog.schema.Autogenerate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code db migrate -m MESSAGE}: writes the next change set from what the entities have and the
 * database lacks (or the reverse), printing what it detected as Alembic does.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Compare the entities with the database (which must be up to date) and write the difference"
                + " as a new change set, with its rollback, into the changelog folder; nothing when in sync.",
            "Read the file before committing it; 'db upgrade --changelog-dir DIR' tries it."})
class DbMigrateCommand implements java.util.concurrent.Callable<Integer> {

    static final String SOURCE_CHANGELOG = "src/main/resources/db/changelog";

    @ParentCommand
    private DbCommand db;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MESSAGE",
            description = "What the change does; names the file (e.g. \"add edited_at to posts\").")
    private String message = "";

    @Override
    public Integer call() {
        Path directory = db.changelogDirectory() == null ? Path.of(SOURCE_CHANGELOG) : db.changelogDirectory();
        Autogenerate.Result result = Autogenerate.run(db.databaseUrl(), directory, message);
        PrintWriter out = spec.commandLine().getOut();
        if (result.file().isEmpty()) {
            out.println("No changes detected");
            return 0;
        }
        result.detected().forEach(out::println);
        result.warnings().forEach(warning -> out.println("Warning: " + warning));
        out.println("Generated " + result.file().orElseThrow() + " ; read it, then 'db upgrade'");
        return 0;
    }
}
