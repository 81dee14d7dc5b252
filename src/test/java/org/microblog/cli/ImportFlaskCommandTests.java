package org.microblog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microblog.importer.FlaskDatabase;
import org.microblog.importer.FlaskMicroblogFixture;

/** {@code import-flask} as an operator runs it: SQLite to SQLite, its output, its refusals and exit codes. */
class ImportFlaskCommandTests {

    @TempDir
    Path directory;

    Map<String, String> environment;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void setUp() {
        environment = Map.of("DATABASE_URL", "sqlite:///" + directory.resolve("microblog.db"));
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return MicroblogCommand.execute(args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void importsAndPrintsALinePerTableTheCountsAndEveryRowNotTakenAsItWas() throws Exception {
        try (FlaskDatabase flask = FlaskDatabase.create(FlaskDatabase.Engine.SQLITE, "chapter-23")) {
            FlaskMicroblogFixture.fill(flask);

            assertThat(run("import-flask", flask.url())).as(err.toString()).isZero();

            assertThat(out.toString()).contains("Copying user (5 rows)... 5 copied\n", "Copying task (2 rows)... 1 copied\n",
                    "Imported into SQLITE jdbc:sqlite:", "\n  user          5 of 5\n", "\n  task          1 of 2\n",
                    "Changed (2):\n  user 4: its name 'mary' differs only in case",
                    "Left out (1):\n  task " + FlaskMicroblogFixture.UNFINISHED_TASK + ": unfinished",
                    "Notes (1):\n  user 5: its name 'david '");
            assertThat(err.toString()).isEmpty();

            assertThat(run("import-flask", flask.url())).isEqualTo(1);
            assertThat(err.toString()).startsWith("error: the database SQLITE jdbc:sqlite:")
                    .endsWith("is not empty (users has 5 rows); import-flask copies into an empty database only\n");
        }
    }

    @Test
    void refusesWhatIsNotAFlaskMicroblogDatabase() throws Exception {
        assertThat(run("import-flask", "sqlite:///" + directory.resolve("missing.db"))).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: there is no SQLite database at ").hasLineCount(1);
        assertThat(Files.exists(directory.resolve("missing.db"))).as("not created by reading it").isFalse();

        Path other = directory.resolve("other.db");
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other)) {
            connection.createStatement().execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)");
        }
        assertThat(run("import-flask", "sqlite:///" + other)).isEqualTo(1);
        assertThat(err.toString()).contains("has no table 'user': it is not a Flask Microblog database").hasLineCount(1);
    }

    @Test
    void aSourceUrlThatCannotBeReadIsAUsageError() {
        assertThat(run("import-flask", "oracle://scott@tiger/db")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Invalid value for DATABASE_URL: cannot use 'oracle://scott@tiger/db'")
                .contains("Usage: microblog import-flask");
        assertThat(run("import-flask")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: 'DATABASE_URL'");
    }

    @Test
    void hasHelpWithAnExample() {
        assertThat(run("import-flask", "--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: microblog import-flask [-hV] DATABASE_URL")
                .contains("must be empty", "import-flask sqlite:////srv/flask-microblog/app.db");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("import-flask");
    }

    @Test
    void drawsAProgressBarPerTableOnATerminal() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        ImportProgressBar bar = new ImportProgressBar(new PrintStream(terminal, true, StandardCharsets.UTF_8));
        bar.start("post", 3);
        bar.step();
        bar.step();
        bar.finish("post", 2);

        assertThat(terminal.toString(StandardCharsets.UTF_8)).contains("post", "100%", "3/3", "2 copied");
        assertThat(ImportProgressBar.isTerminal(null)).isFalse();
    }
}
