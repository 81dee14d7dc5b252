package org.microblog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microblog.testsupport.Members;
import org.microblog.testsupport.TestApplication;
import org.microblog.testsupport.TestDatabase;
import org.microblog.user.UserService;

/**
 * The shell's snippets on the running application (SQLite), from the build's class path. The
 * executable jar, whose classes are nested, is {@code ShellJarIT}'s.
 */
class ShellTests {

    static String classPath;
    static ShellScript script;
    static StringWriter out = new StringWriter();
    static StringWriter err = new StringWriter();

    TestApplication app;

    @BeforeAll
    static void startShell() {
        ShellContext.open(TestApplication.on(TestDatabase.SQLITE).context());
        classPath = ShellClassPath.resolve();
        script = new ShellScript(classPath, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @AfterAll
    static void closeShell() {
        script.close();
        ShellContext.open(null);
    }

    @BeforeEach
    void setUp() {
        app = TestApplication.on(TestDatabase.SQLITE);
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    @Test
    void expressionsPrintTheirValuesOnePerLine() {
        assertThat(script.runAll("1 + 2\n\"a\" + \"b\"\nint hidden = 4;\nhidden * 2\n")).isTrue();

        assertThat(out.toString()).isEqualTo("3\n\"ab\"\n8\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theVariablesAreTheApplicationsServices() {
        new Members(app).john();

        assertThat(script.runAll("""
                users.findByUsername("john").isPresent()
                users == ctx.getBean(UserService.class)
                posts.publish(users.getByUsername("john").getId(), "from the shell", "en").body()
                follows != null && messages != null && notifications != null && jdbc != null
                """)).as(err::toString).isTrue();

        assertThat(out.toString()).isEqualTo("true\ntrue\n\"from the shell\"\ntrue\n");
        assertThat(app.jdbc().queryForObject("SELECT body FROM posts", String.class)).isEqualTo("from the shell");
        assertThat(app.bean(UserService.class).findByUsername("john")).isPresent();
    }

    @Test
    void sqlPrintsTheRowsOfAQueryAndTheCountOfAChange() {
        new Members(app).john();
        new Members(app).susan();
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThat(script.runAll("sql(\"select username, email from users order by username\")\n"
                    + "sql(\"update users set about_me = ? where username = ?\", \"hi\", \"john\")")).as(err::toString).isTrue();
        } finally {
            System.setOut(original);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("""
                username | email
                ----------------------------
                john     | john@example.com
                susan    | susan@example.com
                (2 rows)
                1 row(s) changed
                """);
    }

    @Test
    void theFirstFailingSnippetEndsTheRunWithItsReason() {
        assertThat(script.runAll("1\nint wrong = \"text\";\n2\n")).isFalse();
        assertThat(out.toString()).isEqualTo("1\n");
        assertThat(err.toString()).startsWith("error: incompatible types").contains("in: int wrong = \"text\";");

        err.getBuffer().setLength(0);
        assertThat(script.runAll("Integer.parseInt(\"seven\")")).isFalse();
        assertThat(err.toString()).startsWith("error: java.lang.NumberFormatException: For input string: \"seven\"");

        err.getBuffer().setLength(0);
        assertThat(script.runAll("void m() {")).isFalse();
        assertThat(err.toString()).startsWith("error: the input ends inside a snippet: void m() {");
    }

    @Test
    void snippetsSpanLinesAndDeclareMethodsAndClasses() {
        assertThat(script.runAll("""
                record Pair(int a, int b) {}
                int sum(Pair p) {
                    return p.a() + p.b();
                }
                sum(new Pair(20,
                        22))
                """)).as(err::toString).isTrue();

        assertThat(out.toString()).isEqualTo("42\n");
    }

    @Test
    void theInteractiveShellIsTheJshellToolOnTheSameApplication() throws Exception {
        new Members(app).john();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(printed, true, StandardCharsets.UTF_8);
        var in = new ByteArrayInputStream("users.findByUsername(\"john\").get().getUsername()\n/exit\n"
                .getBytes(StandardCharsets.UTF_8));

        int exit = ShellRepl.run(classPath, in, stream, stream, false);

        assertThat(exit).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("==> \"john\"");
    }
}
