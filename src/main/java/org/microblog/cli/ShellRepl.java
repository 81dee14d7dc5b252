package org.microblog.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jshell.tool.JavaShellToolBuilder;

/**
 * The interactive shell: the JDK's own jshell tool (public API), so line editing, history
 * (kept between sessions), completion and {@code /help} are the ones Java developers know,
 * running its snippets through {@link ShellExecutionProvider} in this JVM.
 */
final class ShellRepl {

    private ShellRepl() {
    }

    /** Runs the tool until {@code /exit}; returns its exit code. */
    static int run(String classPath, InputStream in, PrintStream out, PrintStream err, boolean terminal) throws Exception {
        Path startup = Files.createTempFile("microblog-shell-", ".jsh");
        try {
            Files.writeString(startup, String.join("\n", ShellStartup.snippets()) + "\n", StandardCharsets.UTF_8);
            return JavaShellToolBuilder.builder().in(in, null).out(out).err(err).interactiveTerminal(terminal)
                    .start("--class-path", classPath, "--execution", ShellExecutionProvider.NAME,
                            "--startup", "DEFAULT", "--startup", startup.toString());
        } finally {
            deleteQuietly(startup);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover startup file in the temporary directory does no harm.
        }
    }
}
