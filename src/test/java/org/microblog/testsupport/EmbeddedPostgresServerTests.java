package org.microblog.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTests {

    private final EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();

    @Test
    void sharedServerIsStartedOncePerJvm() {
        assertThat(EmbeddedPostgresServer.shared()).isSameAs(server);
        assertThat(server.user()).isEqualTo("postgres");
        assertThat(server.jdbcUrl("blog")).isEqualTo("jdbc:postgresql://127.0.0.1:" + server.port() + "/blog");
    }

    @Test
    void createsUsesAndDropsADatabase() throws SQLException {
        String database = "embedded_pg_test_" + System.nanoTime();
        server.createDatabase(database);
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(database), server.user(), "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (id serial PRIMARY KEY, body text NOT NULL)");
            statement.execute("INSERT INTO note (body) VALUES ('hello'), ('wörld ✓')");
            assertThat(queryStrings(statement, "SELECT body FROM note ORDER BY id")).containsExactly("hello", "wörld ✓");
            assertThat(queryStrings(statement, "SELECT current_database()")).containsExactly(database);

            server.dropDatabase(database); // WITH (FORCE): works although this connection is still open
        }
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), "");
             Statement statement = connection.createStatement()) {
            assertThat(queryStrings(statement, "SELECT datname FROM pg_database")).doesNotContain(database);
        }
    }

    @Test
    void runsPostgres17TunedForTests() throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), "");
             Statement statement = connection.createStatement()) {
            assertThat(queryStrings(statement, "SHOW server_version")).singleElement().asString().startsWith("17.");
            assertThat(queryStrings(statement, "SHOW fsync")).containsExactly("off");
            assertThat(queryStrings(statement, "SHOW synchronous_commit")).containsExactly("off");
            assertThat(queryStrings(statement, "SHOW max_connections")).containsExactly("200");
            assertThat(queryStrings(statement, "SHOW server_encoding")).containsExactly("UTF8");
        }
    }

    @Test
    void serverRunsAsNobodyWhenTheJvmIsRoot() throws SQLException {
        String jvmUser = System.getProperty("user.name");
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE os_user (name text)");
            statement.execute("COPY os_user FROM PROGRAM 'id -un'"); // runs as the server's OS user
            assertThat(queryStrings(statement, "SELECT name FROM os_user"))
                    .containsExactly("root".equals(jvmUser) ? "nobody" : jvmUser);
        }
    }

    private static List<String> queryStrings(Statement statement, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet resultSet = statement.executeQuery(sql)) {
            while (resultSet.next()) {
                values.add(resultSet.getString(1));
            }
        }
        return values;
    }
}
