package org.microblog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shell}: Java (JShell) with the application running on the database of DATABASE_URL
 * and its services in variables, the {@code flask shell} of this project.
 */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = {"An interactive Java shell (JShell) with the application started on the database of DATABASE_URL "
                + "and its services ready: users, posts, follows, messages, notifications, jdbc, ctx, and sql(\"…\").",
                "Without a terminal it runs the snippets on standard input; with -c, the given ones. Each expression's "
                        + "value is printed; the first snippet that fails ends it with exit code 1."})
class ShellCommand implements Callable<Integer> {

    static final String JSHELL_MODULE = "jdk.jshell";

    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-c", "--command"}, paramLabel = "SNIPPETS", description = "Java snippets to run instead of reading them")
    private @Nullable String snippets;

    ShellCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (ModuleLayer.boot().findModule(JSHELL_MODULE).isEmpty()) {
            // Checked before any JShell class is touched: on a runtime without them that would be a NoClassDefFoundError.
            throw new CommandFailedException("the shell needs the " + JSHELL_MODULE + " module, which this Java runtime ("
                    + System.getProperty("java.home") + ") does not have; run it with a full JDK 17 or newer");
        }
        boolean interactive = snippets == null && Terminals.interactive();
        String source = snippets != null ? snippets : interactive ? "" : readStandardInput();
        try (ConfigurableApplicationContext context = ApplicationContexts.start(environment)) {
            ShellContext.open(context);
            String classPath = ShellClassPath.resolve();
            if (interactive) {
                out.print(ShellStartup.banner());
                out.flush();
                return ShellRepl.run(classPath, System.in, System.out, System.err, true);
            }
            try (ShellScript script = new ShellScript(classPath, out, err)) {
                return script.runAll(source) ? 0 : 1;
            }
        } finally {
            ShellContext.open(null);
        }
    }

    private static String readStandardInput() throws IOException {
        return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
