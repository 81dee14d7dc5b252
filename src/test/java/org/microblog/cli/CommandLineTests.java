package org.microblog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTests {

    @TempDir
    Path directory;

    Map<String, String> environment;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void setUp() {
        environment = Map.of("DATABASE_URL", "sqlite:///" + directory.resolve("cli.db"));
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return MicroblogCommand.execute(args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void historyListsEveryVersionInOrder() {
        assertThat(run("db", "history")).isZero();

        assertThat(out.toString().lines()).hasSize(11);
        assertThat(out.toString().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
                .startsWith("[ ] 0001-create-users"));
        assertThat(out.toString()).contains("0009-add-api-token-to-users");
    }

    @Test
    void upgradeCurrentAndDowngradeRoundTrip() {
        assertThat(run("db", "current")).isZero();
        assertThat(out.toString().strip()).isEqualTo("base");

        assertThat(run("db", "upgrade")).isZero();
        assertThat(out.toString()).contains("Applied 11 version(s); now at 0011-add-id-to-post-indexes.");
        assertThat(run("db", "current")).isZero();
        assertThat(out.toString().strip()).isEqualTo("0011-add-id-to-post-indexes (head)");

        assertThat(run("db", "downgrade")).isZero();
        assertThat(out.toString()).contains("now at 0010-create-persistent-logins.");
        assertThat(run("db", "downgrade", "0003")).isZero();
        assertThat(run("db", "current")).isZero();
        assertThat(out.toString().strip()).isEqualTo("0003-add-profile-fields-to-users");

        assertThat(run("db", "downgrade", "base")).isZero();
        assertThat(out.toString()).contains("Undid 3 version(s); now at base.");
        assertThat(run("db", "upgrade", "0011-add-id-to-post-indexes")).isZero();
        assertThat(run("db", "history")).isZero();
        assertThat(out.toString().lines()).allMatch(line -> line.startsWith("[x] "));
    }

    @Test
    void failuresExitNonZeroWithAOneLineReason() {
        assertThat(run("db", "upgrade", "0042")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("error: no version '0042'; 'db history' lists them");

        environment = Map.of("DATABASE_URL", "nonsense");
        assertThat(run("db", "current")).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: DATABASE_URL: cannot use 'nonsense'").hasLineCount(1);
    }

    @Test
    void unknownCommandsAreUsageErrors() {
        assertThat(run("db", "sideways")).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: microblog db");
    }

    @Test
    void aMistypedCommandIsAUsageErrorNotAServer() {
        assertThat(run("dbb", "upgrade")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown command 'dbb'");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : new String[][] {{"--help"}, {"db", "--help"}, {"db", "upgrade", "--help"},
                {"db", "downgrade", "--help"}, {"db", "current", "--help"}, {"db", "history", "--help"},
                {"serve", "--help"}}) {
            assertThat(run(command)).isZero();
            assertThat(out.toString()).startsWith("Usage: microblog");
        }
    }
}
