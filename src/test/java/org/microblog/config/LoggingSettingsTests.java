package org.microblog.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockPropertySource;

/** {@code LOG_TO_STDOUT} and {@code LOG_FORMAT} turned into Spring Boot's logging properties. */
class LoggingSettingsTests {

    private static StandardEnvironment environment(String... pairs) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        MockPropertySource variables = new MockPropertySource("variables");
        for (int i = 0; i < pairs.length; i += 2) {
            variables.setProperty(pairs[i], pairs[i + 1]);
        }
        environment.getPropertySources().addFirst(variables);
        new LoggingSettings().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void withoutLogToStdoutTheLogIsAlsoWrittenToAFileAsTheOriginalDoes() {
        assertThat(environment().getProperty("logging.file.name")).isEqualTo("logs/microblog.log");
        assertThat(environment("LOG_TO_STDOUT", "").getProperty("logging.file.name")).isEqualTo("logs/microblog.log");
    }

    @Test
    void logToStdoutSetToAnythingKeepsTheLogOnStandardOutputOnly() {
        assertThat(environment("LOG_TO_STDOUT", "1").getProperty("logging.file.name")).isNull();
        assertThat(environment("LOG_TO_STDOUT", "false").getProperty("logging.file.name")).isNull();
    }

    @Test
    void jsonFormatWritesEachLineAsAnElasticCommonSchemaObject() {
        StandardEnvironment json = environment("LOG_TO_STDOUT", "1", "LOG_FORMAT", " JSON ");
        assertThat(json.getProperty("logging.structured.format.console")).isEqualTo("ecs");
        assertThat(json.getProperty("logging.structured.format.file")).isEqualTo("ecs");
        assertThat(environment("LOG_FORMAT", "text").getProperty("logging.structured.format.console")).isNull();
    }

    @Test
    void anOperatorsOwnLoggingPropertiesWin() {
        assertThat(environment("logging.file.name", "/var/log/microblog.log").getProperty("logging.file.name"))
                .isEqualTo("/var/log/microblog.log");
    }

    @Test
    void anUnknownFormatStopsStartupNamingTheVariable() {
        assertThatThrownBy(() -> environment("LOG_FORMAT", "xml")).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("LOG_FORMAT").hasMessageContaining("'xml'").hasMessageContaining("text or json");
    }
}
