package org.microblog.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTests {

    @Test
    void defaultsToMicroblogDbInTheWorkingDirectory() {
        DatabaseUrl url = DatabaseUrl.parse(null);

        assertThat(url.kind()).isEqualTo(DatabaseUrl.Kind.SQLITE);
        assertThat(url.sqliteFile()).isEqualTo(Path.of("microblog.db").toAbsolutePath());
        assertThat(DatabaseUrl.parse("  ")).isEqualTo(url);
    }

    @Test
    void readsRelativeAndAbsoluteSqlitePathsAsSqlAlchemyDoes() {
        assertThat(DatabaseUrl.parse("sqlite:///data/app.db").sqliteFile())
                .isEqualTo(Path.of("data/app.db").toAbsolutePath());
        assertThat(DatabaseUrl.parse("sqlite:////var/lib/microblog/app.db").jdbcUrl())
                .isEqualTo("jdbc:sqlite:/var/lib/microblog/app.db");
    }

    @Test
    void readsPostgresqlUrlsWithCredentialsPortAndOptions() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://micro:p%40ss@db.example.com:6543/blog?sslmode=require");

        assertThat(url.kind()).isEqualTo(DatabaseUrl.Kind.POSTGRESQL);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/blog?sslmode=require");
        assertThat(url.username()).isEqualTo("micro");
        assertThat(url.password()).isEqualTo("p@ss");
        assertThat(url.toString()).doesNotContain("p@ss");
    }

    @Test
    void acceptsThePostgresAliasDriverSuffixesAndDefaultPorts() {
        assertThat(DatabaseUrl.parse("postgres://u@localhost/blog").jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost:5432/blog");
        assertThat(DatabaseUrl.parse("postgresql+psycopg2://u:p@localhost/blog").kind())
                .isEqualTo(DatabaseUrl.Kind.POSTGRESQL);
        assertThat(DatabaseUrl.parse("mysql+pymysql://u:p@localhost/blog?charset=utf8mb4").jdbcUrl())
                .isEqualTo("jdbc:mariadb://localhost:3306/blog");
        assertThat(DatabaseUrl.parse("mariadb://root@127.0.0.1:3307/blog").jdbcUrl())
                .isEqualTo("jdbc:mariadb://127.0.0.1:3307/blog");
        assertThat(DatabaseUrl.parse("mysql://u@[::1]:3306/blog").jdbcUrl()).isEqualTo("jdbc:mariadb://[::1]:3306/blog");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nonsense", "sqlite://", "sqlite:///", "sqlite:///:memory:", "oracle://u:p@h/db",
            "postgresql://host", "postgresql://u:p@host:99999/db", "http://example.com/db", "jdbc:h2:mem:x"})
    void refusesMalformedValuesNamingTheVariableAndTheAcceptedForms(String value) {
        assertThatThrownBy(() -> DatabaseUrl.parse(value))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.variable()).isEqualTo("DATABASE_URL"))
                .hasMessageStartingWith("DATABASE_URL: ");
    }

    @Test
    void errorMessagesNeverShowThePassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("oracle://scott:tiger@host/db"))
                .hasMessageNotContaining("tiger").hasMessageContaining("scott:***@");
    }
}
