package org.microblog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell from the executable jar, as operators run it: {@code java -jar target/microblog.jar
 * shell}. Here the application's classes are nested in the jar, which is where a shell that
 * hands the compiler the wrong class path, or loads snippets beside the application instead
 * of below it, breaks. Runs in {@code verify} after {@code package} (failsafe), on the JDK
 * that runs the build.
 */
class ShellJarIT {

    static final Path JAR = Path.of("target", "microblog.jar");

    @TempDir
    Path directory;

    record Run(int exit, String out, String err) {
    }

    Run shell(String stdin, String... javaOptions) throws IOException, InterruptedException {
        assumeTrue(Files.isRegularFile(JAR), "target/microblog.jar is built by 'package'");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(javaOptions));
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString(), "shell"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(directory.resolve("out.txt").toFile()).redirectError(directory.resolve("err.txt").toFile());
        builder.environment().put("DATABASE_URL", "sqlite:///" + directory.resolve("shell.db"));
        builder.environment().put("SECRET_KEY", "shell-test-secret-key-1234");
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the shell did not finish");
        }
        return new Run(process.exitValue(), Files.readString(directory.resolve("out.txt")),
                Files.readString(directory.resolve("err.txt")));
    }

    @Test
    void aScriptOnStandardInputRunsOnTheApplicationAndItsFirstFailureEndsIt() throws Exception {
        Run run = shell("""
                users.register("alice", "alice@example.com", "secret").getUsername()
                posts.publish(users.getByUsername("alice").getId(), "hello from the jar", "en").body()
                sql("select username from users")
                org.microblog.cli.ShellContext.class.getClassLoader() == org.microblog.user.UserService.class.getClassLoader()
                Integer.parseInt("not a number")
                "never printed"
                """);

        assertThat(run.exit()).as(run::err).isEqualTo(1);
        assertThat(run.out()).isEqualTo("""
                "alice"
                "hello from the jar"
                username
                --------
                alice
                (1 row)
                true
                """);
        assertThat(run.err()).contains("error: java.lang.NumberFormatException: For input string: \"not a number\"");
    }

    @Test
    void aRuntimeWithoutJshellGetsAClearMessage() throws Exception {
        Run run = shell("1", "--limit-modules", "java.se,jdk.unsupported,jdk.zipfs");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("error: the shell needs the jdk.jshell module, which this Java runtime (")
                .endsWith("does not have; run it with a full JDK 17 or newer").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }
}
