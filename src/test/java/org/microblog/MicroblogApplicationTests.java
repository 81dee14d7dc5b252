package org.microblog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.microblog.config.InvalidSettingException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

@ExtendWith(OutputCaptureExtension.class)
class MicroblogApplicationTests {

    @TempDir
    Path directory;

    @Test
    void servesOnAFreshSqliteFileItCreatesAndMigrates() {
        Path database = directory.resolve("fresh.db");
        try (ConfigurableApplicationContext context = SpringApplication.run(MicroblogApplication.class,
                "--DATABASE_URL=sqlite:///" + database, "--server.port=0")) {
            assertThat(Files.exists(database)).isTrue();
            assertThat(((WebServerApplicationContext) context).getWebServer().getPort()).isPositive();
            assertThat(Files.exists(directory.resolve("fresh.db.secret-key"))).as("generated SECRET_KEY kept").isTrue();
        }
    }

    @Test
    void aMalformedDatabaseUrlStopsStartupNamingTheVariable(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(MicroblogApplication.class, "--DATABASE_URL=nonsense",
                "--server.port=0")).hasRootCauseInstanceOf(InvalidSettingException.class);

        assertThat(output.getAll()).contains("Invalid value for the environment variable DATABASE_URL: cannot use 'nonsense'")
                .contains("Set DATABASE_URL to one of the accepted forms");
    }

    @Test
    void aMalformedPortStopsStartupNamingTheVariable(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(MicroblogApplication.class,
                "--DATABASE_URL=sqlite:///" + directory.resolve("port.db"), "--PORT=eighty"))
                .isInstanceOf(InvalidSettingException.class);

        assertThat(output.getAll()).contains("Invalid value for the environment variable PORT: 'eighty' is not a port");
    }

    @Test
    void aMalformedPostsPerPageStopsStartupNamingTheVariable(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(MicroblogApplication.class,
                "--DATABASE_URL=sqlite:///" + directory.resolve("p.db"), "--POSTS_PER_PAGE=0", "--server.port=0"))
                .hasRootCauseInstanceOf(InvalidSettingException.class);

        assertThat(output.getAll()).contains("Invalid value for the environment variable POSTS_PER_PAGE: 0 is out of range");
    }

    /** Reported by our analyzer, not Spring Boot's "failed to bind microblog.mail": the variable is what the operator set. */
    @Test
    void aMalformedMailPortStopsStartupNamingTheVariable(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(MicroblogApplication.class,
                "--DATABASE_URL=sqlite:///" + directory.resolve("m.db"), "--MAIL_PORT=smtp", "--server.port=0"))
                .hasRootCauseInstanceOf(InvalidSettingException.class);

        assertThat(output.getAll()).contains("Invalid value for the environment variable MAIL_PORT: 'smtp' is not a whole number")
                .contains("Set MAIL_PORT to one of the accepted forms")
                .doesNotContain("Failed to bind properties");
    }
}
