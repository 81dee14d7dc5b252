package org.microblog.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.microblog.config.InvalidSettingException;
import org.microblog.config.Migrations;
import org.microblog.importer.ImportException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar microblog.jar [command]}: with no command it serves the site; the
 * commands operators need (database migrations, …) come as subcommands with {@code --help}.
 */
@Command(name = "microblog", mixinStandardHelpOptions = true, versionProvider = MicroblogCommand.Version.class,
        description = "Microblog: a self-hostable microblogging social network. With no command, serves the site.",
        subcommands = {ServeCommand.class, DbCommand.class, ShellCommand.class, SeedCommand.class, SearchCommand.class,
                ImportFlaskCommand.class, CommandLine.HelpCommand.class})
public class MicroblogCommand implements Callable<Integer> {

    /** Returned by {@code serve} when the server is up: the process must not exit. */
    public static final int SERVING = Integer.MIN_VALUE;

    private final Map<String, String> environment;

    /** With no command, Spring Boot options such as {@code --server.port=9000} go to the server. */
    @CommandLine.Unmatched
    private String[] springArguments = new String[0];

    MicroblogCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    Map<String, String> environment() {
        return environment;
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (String argument : springArguments) {
            if (!argument.startsWith("--")) {
                spec.commandLine().getErr().println("Unknown command '" + argument + "'; 'microblog --help' lists them");
                return 2;
            }
        }
        return new ServeCommand(springArguments).call();
    }

    /** Runs the command line and returns the exit code, or {@link #SERVING}. */
    public static int execute(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new MicroblogCommand(environment), new Factory(environment));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (e instanceof Migrations.MigrationException || e instanceof InvalidSettingException
                    || e instanceof CommandFailedException || e instanceof ImportException) {
                cmd.getErr().println("error: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return commandLine.execute(args);
    }

    /** Creates subcommands with the environment they read their settings from. */
    private record Factory(Map<String, String> environment) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == DbCommand.class) {
                return type.cast(new DbCommand(environment));
            }
            if (type == ShellCommand.class) {
                return type.cast(new ShellCommand(environment));
            }
            if (type == SeedCommand.class) {
                return type.cast(new SeedCommand(environment));
            }
            if (type == SearchCommand.class) {
                return type.cast(new SearchCommand(environment));
            }
            if (type == ImportFlaskCommand.class) {
                return type.cast(new ImportFlaskCommand(environment));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = MicroblogCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Microblog " + (version == null ? "(development build)" : version)};
        }
    }
}
